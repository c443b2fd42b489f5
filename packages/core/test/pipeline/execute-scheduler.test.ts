// The pipeline with the client's scheduler: retries go through it, a 429 holds the whole client,
// and a call aborted while queued leaves without sending anything.
import { describe, expect, it } from 'vitest';
import { UserAbortError } from '../../src/index.js';
import { execute } from '../../src/pipeline/execute.js';
import { RequestScheduler } from '../../src/scheduler/scheduler.js';
import type { Transport, TransportRequest } from '../../src/transport/transport.js';
import { flush, manualClock } from '../support/manual-clock.js';
import { request } from '../support/scripted.js';

/** A transport whose answers the test gives one by one, in the order the requests arrive. */
function heldTransport() {
  const pending: { request: TransportRequest; answer: (status: number, headers?: Record<string, string>) => void }[] = [];
  const transport: Transport = (r) =>
    new Promise((resolve) => {
      pending.push({ request: r, answer: (status, headers) => resolve({ status, headers: new Headers(headers), body: '{}' }) });
    });
  return { transport, pending };
}

function setup(limits: { maxConcurrency: number; maxRequestsPerSecond: number }, retryBudget = 60_000) {
  const clock = manualClock(Date.UTC(2026, 0, 1));
  const scheduler = new RequestScheduler(limits, clock.timing);
  const held = heldTransport();
  const call = (path: string, signal?: AbortSignal) =>
    execute(request('POST', path), { transport: held.transport, timeout: 60_000, maxRetries: 2, retryBudget, timing: clock.timing, scheduler, signal });
  const paths = () => held.pending.map((p) => new URL(p.request.url).pathname);
  return { clock, scheduler, held, call, paths };
}

describe('execute with the scheduler', () => {
  it('holds every call of the client after a 429, until its Retry-After', async () => {
    const { clock, held, call, paths } = setup({ maxConcurrency: 10, maxRequestsPerSecond: Infinity });
    const first = call('/v1/a');
    await flush();
    held.pending[0]?.answer(429, { 'retry-after': '2' });
    await flush();
    const second = call('/v1/b');
    const third = call('/v1/c');
    await clock.advance(1_999);
    expect(paths()).toEqual(['/v1/a']);
    await clock.advance(1);
    expect(paths().sort()).toEqual(['/v1/a', '/v1/a', '/v1/b', '/v1/c']);
    for (const p of held.pending.slice(1)) p.answer(200);
    await expect(Promise.all([first, second, third])).resolves.toHaveLength(3);
  });

  it('does not hold other calls after a failure that concerns one request only (500 on a GET)', async () => {
    const clock = manualClock();
    const scheduler = new RequestScheduler({ maxConcurrency: 10, maxRequestsPerSecond: 100 }, clock.timing);
    const held = heldTransport();
    const get = (path: string) =>
      execute(request('GET', path), { transport: held.transport, timeout: 60_000, maxRetries: 2, retryBudget: 60_000, timing: clock.timing, scheduler });
    void get('/v1/a');
    await flush();
    held.pending[0]?.answer(500);
    await flush();
    void get('/v1/b');
    await flush();
    expect(held.pending.map((p) => new URL(p.request.url).pathname)).toEqual(['/v1/a', '/v1/b']);
  });

  it('frees the slot while a call waits to retry, and queues the retry for a slot', async () => {
    const { clock, held, call, scheduler, paths } = setup({ maxConcurrency: 1, maxRequestsPerSecond: 100 });
    const first = call('/v1/a');
    await flush();
    held.pending[0]?.answer(429, { 'retry-after': '1' });
    await flush();
    expect(scheduler.inFlight).toBe(0);
    const second = call('/v1/b');
    await clock.advance(1_000);
    // The retry of /v1/a was first in line; /v1/b waits for its slot.
    expect(paths()).toEqual(['/v1/a', '/v1/a']);
    expect(scheduler.queued).toBe(1);
    held.pending[1]?.answer(201);
    await flush();
    expect(paths()).toEqual(['/v1/a', '/v1/a', '/v1/b']);
    held.pending[2]?.answer(201);
    await Promise.all([first, second]);
  });

  it('rejects a call aborted while queued with UserAbortError, sending nothing', async () => {
    const { held, call, scheduler, paths } = setup({ maxConcurrency: 1, maxRequestsPerSecond: 100 });
    const first = call('/v1/a');
    const controller = new AbortController();
    const second = call('/v1/b', controller.signal);
    await flush();
    controller.abort();
    await expect(second).rejects.toBeInstanceOf(UserAbortError);
    expect(scheduler.queued).toBe(0);
    held.pending[0]?.answer(201);
    await first;
    expect(paths()).toEqual(['/v1/a']);
  });

  it('counts the retry budget from the first attempt, not from the time queued', async () => {
    const { clock, held, call, paths } = setup({ maxConcurrency: 1, maxRequestsPerSecond: 100 }, 5_000);
    const first = call('/v1/a');
    const second = call('/v1/b');
    await flush();
    await clock.advance(10_000); // /v1/b waits behind /v1/a far beyond its budget
    held.pending[0]?.answer(201);
    await flush();
    held.pending[1]?.answer(429, { 'retry-after': '1' });
    await clock.advance(1_000);
    expect(paths()).toEqual(['/v1/a', '/v1/b', '/v1/b']);
    held.pending[2]?.answer(201);
    await Promise.all([first, second]);
  });
});
