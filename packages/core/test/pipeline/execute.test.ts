import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  ConnectionError,
  InternalServerError,
  RateLimitError,
  TimeoutError,
  UserAbortError,
} from '../../src/index.js';
import { execute, type ExecuteOptions } from '../../src/pipeline/execute.js';
import { systemTiming } from '../../src/pipeline/timing.js';
import { instantTiming, request, scriptedTransport, type Step } from '../support/scripted.js';

function run(method: Parameters<typeof request>[0], steps: Step[], options: Partial<ExecuteOptions> = {}) {
  const transport = scriptedTransport(steps);
  const clock = instantTiming();
  const promise = execute(request(method), {
    transport,
    timeout: 1_000,
    maxRetries: 2,
    retryBudget: 60_000,
    timing: clock.timing,
    ...options,
  }).then((parsed) => parsed.data);
  return { promise, transport, sleeps: clock.sleeps };
}

describe('execute: attempts and retries', () => {
  it('returns the parsed body of the first success', async () => {
    const { promise, transport, sleeps } = run('GET', [{ status: 200, body: { data: 'pong!' } }]);
    await expect(promise).resolves.toEqual({ data: 'pong!' });
    expect(transport.calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('retries a GET after 503 and 502, backing off, and returns the success', async () => {
    const { promise, transport, sleeps } = run('GET', [{ status: 503 }, { status: 502 }, { status: 200, body: { ok: 1 } }]);
    await expect(promise).resolves.toEqual({ ok: 1 });
    expect(transport.calls).toHaveLength(3);
    expect(sleeps).toEqual([250, 500]); // random 0.5 of ceilings 500 and 1000
  });

  it('sends the same request again: same method, URL, headers and body', async () => {
    const { promise, transport } = run('POST', [{ status: 429, headers: { 'retry-after': '1' } }, { status: 201, body: {} }]);
    await promise;
    const [first, second] = transport.calls;
    expect({ ...second, signal: undefined }).toEqual({ ...first, signal: undefined });
  });

  it('rejects with the last error when retries run out', async () => {
    const { promise, transport } = run('GET', [{ status: 500 }, { status: 500 }, { status: 503, body: { message: 'down' } }]);
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(503);
    expect(transport.calls).toHaveLength(3);
  });

  it('never repeats a POST after a 500', async () => {
    const { promise, transport } = run('POST', [{ status: 500, body: { message: 'boom' } }, { status: 201 }]);
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toMatch(/may have been applied, so it was not retried/);
    expect(transport.calls).toHaveLength(1);
  });

  it('repeats a POST whose connection was refused (nothing was sent), and not one that was reset', async () => {
    const refused = run('POST', [{ fail: 'refused' }, { status: 201, body: { id: 1 } }]);
    await expect(refused.promise).resolves.toEqual({ id: 1 });
    const reset = run('POST', [{ fail: 'reset' }, { status: 201 }]);
    const error = await reset.promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ code: 'UND_ERR_SOCKET', requestSent: true });
    expect(reset.transport.calls).toHaveLength(1);
  });

  it('honours maxRetries 0', async () => {
    const { promise, transport } = run('GET', [{ status: 503 }, { status: 200 }], { maxRetries: 0 });
    await expect(promise).rejects.toBeInstanceOf(InternalServerError);
    expect(transport.calls).toHaveLength(1);
  });

  it('gives up with the RateLimitError, without waiting, when Retry-After exceeds the cap', async () => {
    const { promise, transport, sleeps } = run('GET', [{ status: 429, headers: { 'retry-after': '3600' } }, { status: 200 }]);
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(3_600_000);
    expect(transport.calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('stops retrying when the next wait would exceed the budget', async () => {
    const steps: Step[] = [
      { status: 429, headers: { 'retry-after': '2' } },
      { status: 429, headers: { 'retry-after': '2' } },
      { status: 200 },
    ];
    const { promise, transport, sleeps } = run('GET', steps, { retryBudget: 3_000 });
    await expect(promise).rejects.toBeInstanceOf(RateLimitError);
    expect(sleeps).toEqual([2000]);
    expect(transport.calls).toHaveLength(2);
  });
});

describe('execute: timeouts and the caller signal', () => {
  it('times an attempt out with TimeoutError, retries a GET, and not a POST', async () => {
    const get = run('GET', ['hang', { status: 200, body: { ok: true } }], { timeout: 20 });
    await expect(get.promise).resolves.toEqual({ ok: true });
    expect(get.transport.calls).toHaveLength(2);

    const post = run('POST', ['hang', { status: 201 }], { timeout: 20 });
    const error = await post.promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/timed out after 20 ms.*may have been applied/);
    expect(post.transport.calls).toHaveLength(1);
  });

  it('rejects with UserAbortError when the caller aborts an attempt, and never retries it', async () => {
    const controller = new AbortController();
    const { promise, transport } = run('GET', ['hang', { status: 200 }], { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user reason')), 5);
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserAbortError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as Error).cause).toEqual(new Error('user reason'));
    expect(transport.calls).toHaveLength(1);
  });

  it('does not start a retry when the caller aborts during the backoff', async () => {
    const controller = new AbortController();
    const transport = scriptedTransport([{ status: 503 }, { status: 200 }]);
    const clock = instantTiming({ onSleep: () => controller.abort() });
    const promise = execute(request('GET'), { transport, timeout: 1_000, maxRetries: 2, retryBudget: 60_000, timing: clock.timing, signal: controller.signal });
    await expect(promise).rejects.toBeInstanceOf(UserAbortError);
    expect(transport.calls).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const { promise, transport } = run('GET', [{ status: 200 }], { signal: AbortSignal.abort() });
    await expect(promise).rejects.toBeInstanceOf(UserAbortError);
    expect(transport.calls).toHaveLength(0);
  });

  it('cuts the real backoff sleep short when the caller aborts', async () => {
    const controller = new AbortController();
    const transport = scriptedTransport([{ status: 429, headers: { 'retry-after': '30' } }, { status: 200 }]);
    const promise = execute(request('GET'), { transport, timeout: 1_000, maxRetries: 2, retryBudget: 60_000, timing: systemTiming, signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(promise).rejects.toBeInstanceOf(UserAbortError); // long before 30 s: the test would time out otherwise
    expect(transport.calls).toHaveLength(1);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  describe('leaves no listener on the caller signal', () => {
    const cases: [string, Step[], 'resolves' | 'rejects'][] = [
      ['after a success', [{ status: 200 }], 'resolves'],
      ['after a failure', [{ status: 404 }], 'rejects'],
      ['after retries', [{ status: 503 }, { fail: 'reset' }, { status: 200 }], 'resolves'],
      ['after a timeout', ['hang', 'hang', 'hang'], 'rejects'],
    ];
    for (const [name, steps, outcome] of cases) {
      it(name, async () => {
        const controller = new AbortController();
        const transport = scriptedTransport(steps);
        const promise = execute(request('GET'), {
          transport,
          timeout: 10,
          maxRetries: 2,
          retryBudget: 60_000,
          timing: { ...systemTiming, random: () => 0 },
          signal: controller.signal,
        });
        if (outcome === 'resolves') await expect(promise).resolves.toMatchObject({ data: undefined, response: { status: 200 } });
        else await expect(promise).rejects.toThrow();
        expect(transport.calls).toHaveLength(steps.length === 3 ? 3 : 1);
        expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
      });
    }

    it('after an abort', async () => {
      const controller = new AbortController();
      const { promise } = run('GET', ['hang'], { signal: controller.signal });
      queueMicrotask(() => controller.abort());
      await expect(promise).rejects.toBeInstanceOf(UserAbortError);
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    });
  });
});
