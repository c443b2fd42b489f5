import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Hooks, type HookEvent, InvalidParameterError, NotFoundError } from '../../src/index.js';
import { TEST_API_KEY, TEST_BASE_URL, testClient } from '../support/capture.js';

/** Answers in order: each entry a status (with Retry-After: 0, so retries do not wait). */
let script: number[] = [];
const server = setupServer(
  http.all(`${TEST_BASE_URL}/*`, () => {
    const status = script.shift() ?? 200;
    if (status === 200) return HttpResponse.json({ data: 'pong!', entries: [], has_more: false, cursor: null });
    return HttpResponse.json({ code: status, message: 'nope' }, { status, headers: { 'retry-after': '0' } });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  script = [];
  server.resetHandlers();
});
afterAll(() => server.close());

/** Hooks that record every event as [hook name, event]. */
function recorder(label = '') {
  const seen: Array<[string, HookEvent & Record<string, unknown>]> = [];
  const record = (name: string) => (event: HookEvent) => seen.push([label + name, event as HookEvent & Record<string, unknown>]);
  const hooks: Hooks = { onRequest: record('onRequest'), onResponse: record('onResponse'), onRetry: record('onRetry'), onError: record('onError') };
  return { hooks, seen, names: () => seen.map(([name, event]) => `${name} ${event.attempt}`) };
}

describe('hooks', () => {
  it('are told of each attempt in order: request, retry, request, response', async () => {
    const { hooks, seen, names } = recorder();
    script = [503];
    await testClient({ hooks }).ping();
    expect(names()).toEqual(['onRequest 1', 'onRetry 1', 'onRequest 2', 'onResponse 2']);
    const [, retry] = seen[1] ?? [];
    expect(retry).toMatchObject({ operation: 'ping', method: 'GET', url: `${TEST_BASE_URL}/v1/ping`, status: 503, delayMs: 0 });
    expect(retry?.error).toMatchObject({ status: 503 });
    const [, response] = seen[3] ?? [];
    expect(response).toMatchObject({ status: 200, attempt: 2 });
    expect(typeof response?.durationMs).toBe('number');
    expect(new Set(seen.map(([, event]) => event.callId)).size).toBe(1);
  });

  it('are told of a failed call with onError, its status and typed error', async () => {
    const { hooks, seen, names } = recorder();
    script = [404];
    await expect(testClient({ hooks }).customers.retrieve('cus_1')).rejects.toBeInstanceOf(NotFoundError);
    expect(names()).toEqual(['onRequest 1', 'onError 1']);
    expect(seen[1]?.[1]).toMatchObject({ operation: 'customers.retrieve', status: 404, url: `${TEST_BASE_URL}/v1/customers/cus_1` });
    expect(seen[1]?.[1].error).toBeInstanceOf(NotFoundError);
  });

  it('see redacted headers and no query, never the key', async () => {
    const { hooks, seen } = recorder();
    await testClient({ hooks }).customers.search({ email: 'ada@example.com' }, { headers: { 'x-trace': 't1' } });
    const [, request] = seen[0] ?? [];
    expect(request?.url).toBe(`${TEST_BASE_URL}/v1/customers/search`);
    expect(request?.headers).toMatchObject({ authorization: 'Basic [redacted]', 'x-trace': 't1' });
    const shown = JSON.stringify(seen);
    for (const leak of [TEST_API_KEY, btoa(`${TEST_API_KEY}:`), 'ada@example.com']) expect(shown).not.toContain(leak);
  });

  it("of the call are told after the client's, and a new call gets a new callId", async () => {
    const { hooks, seen } = recorder('client ');
    const call = recorder('call ');
    const cm = testClient({ hooks });
    await cm.ping({ hooks: call.hooks });
    await cm.ping();
    expect(seen.map(([name]) => name)).toEqual(['client onRequest', 'client onResponse', 'client onRequest', 'client onResponse']);
    expect(call.seen.map(([name]) => name)).toEqual(['call onRequest', 'call onResponse']);
    expect(seen[0]?.[1].callId).not.toBe(seen[2]?.[1].callId);
  });

  it('never break the request: a hook that throws, rejects or is no function is logged as a warning', async () => {
    const warnings: string[] = [];
    const logger = { debug() {}, info() {}, error() {}, warn: (message: string) => warnings.push(message) };
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const hooks = {
      onRequest() {
        throw new Error('tracing is down');
      },
      onResponse: async () => Promise.reject(new Error('metrics are down')),
      onRetry: 'not a function',
    } as unknown as Hooks;
    script = [503];
    await expect(testClient({ hooks, logger }).ping()).resolves.toEqual(expect.objectContaining({ data: 'pong!' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
    expect(warnings).toEqual([
      'chartmogul: the onRequest hook threw; the request goes on',
      'chartmogul: the onRetry hook threw; the request goes on',
      'chartmogul: the onRequest hook threw; the request goes on',
      // The rejected promise of onResponse, logged once it settles.
      'chartmogul: the onResponse hook threw; the request goes on',
    ]);
  });
});

describe('withOptions', () => {
  it('shares the parent’s scheduler: their calls count against one limit', async () => {
    let inFlight = 0;
    let most = 0;
    const held: Array<() => void> = [];
    server.use(
      http.get(`${TEST_BASE_URL}/v1/ping`, async () => {
        most = Math.max(most, ++inFlight);
        await new Promise<void>((resolve) => held.push(resolve));
        inFlight--;
        return HttpResponse.json({ data: 'pong!' });
      }),
    );
    const until = async (done: () => boolean) => {
      while (!done()) await new Promise((resolve) => setTimeout(resolve, 1));
    };
    /** Holds the first client's ping on the server, sends the second's, and answers what was in flight at most. */
    const pair = async (first: ReturnType<typeof testClient>, second: ReturnType<typeof testClient>, secondArrives: boolean) => {
      most = 0;
      const calls = [first.ping()];
      await until(() => held.length === 1);
      calls.push(second.ping());
      // Unshared, the second reaches the server while the first is held; shared, it waits for its slot.
      if (secondArrives) await until(() => held.length === 2);
      else for (let tick = 0; tick < 20; tick++) await new Promise((resolve) => setTimeout(resolve, 1));
      while (held.length > 0 || inFlight > 0) {
        held.shift()?.();
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      await Promise.all(calls);
      return most;
    };
    const parent = testClient({ rateLimit: { maxConcurrency: 1 } });
    expect(await pair(parent, parent.withOptions({ timeout: 5000 }), false)).toBe(1);
    // The control: another client has its own limit.
    expect(await pair(parent, testClient({ rateLimit: { maxConcurrency: 1 } }), true)).toBe(2);
  });

  it('applies its settings to every call, adds headers and hooks to the parent’s, and leaves the parent as it was', async () => {
    const parentHooks = recorder('parent ');
    const derivedHooks = recorder('derived ');
    const parent = testClient({ hooks: parentHooks.hooks, defaultHeaders: { 'x-app': 'a' }, maxRetries: 2 });
    const derived = parent.withOptions({ maxRetries: 0, headers: { 'x-job': 'j' }, hooks: derivedHooks.hooks });
    expect(derived).toBeInstanceOf(parent.constructor);
    expect(derived.toJSON()).toMatchObject({ maxRetries: 0 });
    expect(parent.toJSON()).toMatchObject({ maxRetries: 2 });
    script = [503];
    await expect(derived.ping()).rejects.toMatchObject({ status: 503 });
    expect(parentHooks.seen.map(([name]) => name)).toEqual(['parent onRequest', 'parent onError']);
    expect(derivedHooks.seen.map(([name]) => name)).toEqual(['derived onRequest', 'derived onError']);
    expect(derivedHooks.seen[0]?.[1].headers).toMatchObject({ 'x-app': 'a', 'x-job': 'j' });
    parentHooks.seen.length = 0;
    derivedHooks.seen.length = 0;
    script = [503];
    await parent.ping();
    expect(parentHooks.seen.map(([name]) => name)).toEqual(['parent onRequest', 'parent onRetry', 'parent onRequest', 'parent onResponse']);
    expect(parentHooks.seen[0]?.[1].headers).not.toHaveProperty('x-job');
    expect(derivedHooks.seen).toEqual([]);
  });

  it('refuses a signal and unknown settings', () => {
    const parent = testClient();
    expect(() => parent.withOptions({ signal: new AbortController().signal } as never)).toThrow(InvalidParameterError);
    expect(() => parent.withOptions({ apiKey: 'other' } as never)).toThrow(/withOptions has no option "apiKey"/);
  });
});
