import { describe, expect, it } from 'vitest';
import { resolveRateLimit } from '../../src/config/rate-limit.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { createLog } from '../../src/logging/logger.js';
import type { Admission, AdmissionRequest, LimiterStore } from '../../src/scheduler/limiter-store.js';
import { RATE_WINDOW_MS, type Release, RequestScheduler } from '../../src/scheduler/scheduler.js';
import { LEASE_MARGIN_MS, STORE_PROBE_MS } from '../../src/scheduler/store-admission.js';
import { flush, manualClock } from '../support/manual-clock.js';

/** A store whose answers the test decides: `decide` is asked for each admission. */
function fakeStore(decide: (request: AdmissionRequest, n: number) => Admission | Promise<Admission>) {
  const asked: AdmissionRequest[] = [];
  const released: string[] = [];
  const store: LimiterStore = {
    name: 'fake',
    admit: async (request) => {
      asked.push(request);
      return decide(request, asked.length);
    },
    release: async (leaseId) => {
      released.push(leaseId);
    },
  };
  return { store, asked, released };
}

const admitAll = (_: AdmissionRequest, n: number): Admission => ({ admitted: true, leaseId: `lease-${n}` });

function setup(
  store: LimiterStore,
  options: { maxConcurrency?: number; maxRequestsPerSecond?: number; onStoreFailure?: 'local' | 'wait'; leaseMs?: number; storeTimeout?: number } = {},
) {
  const clock = manualClock();
  const lines: { level: string; message: string }[] = [];
  const record = (level: string) => (message: string) => lines.push({ level, message });
  const log = createLog({ debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') }, 'info');
  const limits = resolveRateLimit({ maxConcurrency: 20, maxRequestsPerSecond: Infinity, ...options, store });
  if (!limits) throw new Error('unreachable');
  const scheduler = new RequestScheduler(limits, clock.timing, log);
  const started: { id: number; at: number; release: Release }[] = [];
  const ask = (id: number, more: { signal?: AbortSignal; retry?: boolean; timeoutMs?: number } = {}) =>
    scheduler.acquire(more).then((release) => {
      if (release) started.push({ id, at: clock.now, release });
      return release;
    });
  return { clock, scheduler, started, ask, lines };
}

describe('RequestScheduler with a LimiterStore', () => {
  it('asks the store once per start, with the limits, the window and the lease, and releases the lease it got', async () => {
    const { store, asked, released } = fakeStore(admitAll);
    const { started, ask } = setup(store, { maxConcurrency: 3, maxRequestsPerSecond: 7 });
    void ask(1, { timeoutMs: 10_000 });
    void ask(2, { timeoutMs: 10_000 });
    await flush();
    expect(started.map((s) => s.id)).toEqual([1, 2]);
    expect(asked).toEqual([
      { limits: { maxConcurrency: 3, maxRequestsPerSecond: 7 }, windowMs: RATE_WINDOW_MS, leaseMs: 10_000 + LEASE_MARGIN_MS },
      { limits: { maxConcurrency: 3, maxRequestsPerSecond: 7 }, windowMs: RATE_WINDOW_MS, leaseMs: 10_000 + LEASE_MARGIN_MS },
    ]);
    started[1]?.release();
    started[1]?.release();
    await flush();
    expect(released).toEqual(['lease-2']);
  });

  it('takes a fixed lease from rateLimit.leaseMs', async () => {
    const { store, asked } = fakeStore(admitAll);
    const { ask } = setup(store, { leaseMs: 4_000 });
    await ask(1, { timeoutMs: 10_000 });
    expect(asked[0]?.leaseMs).toBe(4_000);
  });

  it('waits as long as the store says, with one timer, then asks again', async () => {
    const { store, asked } = fakeStore((_, n) => (n === 1 ? { admitted: false, retryInMs: 300 } : { admitted: true, leaseId: `l${n}` }));
    const { started, ask, clock } = setup(store);
    void ask(1);
    void ask(2);
    await flush();
    expect(started).toEqual([]);
    expect(asked).toHaveLength(1);
    expect(clock.pendingTimers).toBe(1);
    await clock.advance(299);
    expect(asked).toHaveLength(1);
    await clock.advance(1);
    expect(started.map((s) => [s.id, s.at])).toEqual([
      [1, 300],
      [2, 300],
    ]);
    expect(clock.pendingTimers).toBe(0);
  });

  it("never has more in flight than this client's own maxConcurrency, even when the store admits everything", async () => {
    const { store, asked } = fakeStore(admitAll);
    const { started, ask, scheduler } = setup(store, { maxConcurrency: 2 });
    for (let id = 1; id <= 5; id++) void ask(id);
    await flush();
    expect(started.map((s) => s.id)).toEqual([1, 2]);
    expect(asked).toHaveLength(2);
    expect(scheduler.queued).toBe(3);
    started[0]?.release();
    await flush();
    expect(started.map((s) => s.id)).toEqual([1, 2, 3]);
  });

  it("never starts faster than this client's own rate, even when the store admits everything", async () => {
    const { store } = fakeStore(admitAll);
    const { started, ask, clock } = setup(store, { maxRequestsPerSecond: 2 });
    for (let id = 1; id <= 6; id++) void ask(id);
    await clock.advance(RATE_WINDOW_MS - 1);
    expect(started).toHaveLength(2);
  });

  it('starts retries ahead of new calls, and gives a lease back when the request it was asked for is gone', async () => {
    let answer: (admission: Admission) => void = () => {};
    const { store, released } = fakeStore(() => new Promise<Admission>((resolve) => (answer = resolve)));
    const { started, ask } = setup(store);
    const controller = new AbortController();
    const first = ask(1, { signal: controller.signal });
    await flush();
    controller.abort();
    expect(await first).toBeUndefined();
    answer({ admitted: true, leaseId: 'orphan' });
    await flush();
    expect(released).toEqual(['orphan']);
    expect(started).toEqual([]);
    void ask(2);
    await flush();
    void ask(3, { retry: true });
    answer({ admitted: true, leaseId: 'a' });
    await flush();
    answer({ admitted: true, leaseId: 'b' });
    await flush();
    // The lease goes to the head of the queue when it comes: the retry that queued meanwhile.
    expect(started.map((s) => s.id)).toEqual([3, 2]);
  });

  it("falls back to this client's own limits when the store fails, with one warning, and goes back to it when it answers", async () => {
    let down = true;
    const { store, asked, released } = fakeStore((_, n) => {
      if (down) throw new Error('ECONNREFUSED');
      return { admitted: true, leaseId: `l${n}` };
    });
    const { started, ask, clock, lines } = setup(store, { maxConcurrency: 2 });
    for (let id = 1; id <= 6; id++) void ask(id);
    await flush();
    // The local limit holds: 2 in flight, not 6.
    expect(started.map((s) => s.id)).toEqual([1, 2]);
    for (const s of started.slice()) s.release();
    await flush();
    expect(started).toHaveLength(4);
    // Not asked again before the probe time: one question, one warning.
    expect(asked).toHaveLength(1);
    expect(lines.filter((l) => l.level === 'warn')).toEqual([{ level: 'warn', message: expect.stringMatching(/store \(fake\) failed \(ECONNREFUSED\); going on under this process's own limits/) }]);
    down = false;
    await clock.advance(STORE_PROBE_MS);
    // Probe time: the store is asked aside (its lease goes back), the request starts under the local limits.
    started[2]?.release();
    await flush();
    expect(asked).toHaveLength(2);
    expect(released).toEqual(['l2']);
    expect(started).toHaveLength(5);
    expect(lines.filter((l) => l.level === 'warn')).toHaveLength(1);
    expect(lines.some((l) => l.level === 'info' && /answers again/.test(l.message))).toBe(true);
    // The store admits again.
    started[3]?.release();
    await flush();
    expect(asked).toHaveLength(3);
    expect(started).toHaveLength(6);
  });

  it("holds every request while the store fails with onStoreFailure: 'wait', and starts them when it answers", async () => {
    let down = true;
    const { store } = fakeStore((_, n) => {
      if (down) throw new Error('down');
      return { admitted: true, leaseId: `l${n}` };
    });
    const { started, ask, clock, lines } = setup(store, { onStoreFailure: 'wait' });
    void ask(1);
    void ask(2);
    await clock.advance(STORE_PROBE_MS * 3);
    expect(started).toEqual([]);
    expect(lines.filter((l) => l.level === 'warn')).toEqual([{ level: 'warn', message: expect.stringMatching(/requests wait/) }]);
    down = false;
    await clock.advance(STORE_PROBE_MS);
    expect(started.map((s) => s.id)).toEqual([1, 2]);
  });

  it('counts a store that does not answer within storeTimeout as failed', async () => {
    const { store } = fakeStore(() => new Promise<Admission>(() => {}));
    const { started, ask, clock, lines } = setup(store, { storeTimeout: 100 });
    void ask(1);
    await clock.advance(99);
    expect(started).toEqual([]);
    await clock.advance(1);
    expect(started.map((s) => s.id)).toEqual([1]);
    expect(lines[0]?.message).toMatch(/no answer in 100 ms/);
  });

  it('gives back a lease granted after its timeout: nobody uses it', async () => {
    let answer: (admission: Admission) => void = () => {};
    const { store, released } = fakeStore(() => new Promise<Admission>((resolve) => (answer = resolve)));
    const { started, ask, clock } = setup(store, { storeTimeout: 100 });
    void ask(1);
    await clock.advance(100);
    expect(started.map((s) => s.id)).toEqual([1]);
    answer({ admitted: true, leaseId: 'late' });
    await flush();
    expect(released).toEqual(['late']);
  });

  it('counts an answer that is not an admission as a failure, not as a start', async () => {
    const { store } = fakeStore(() => ({ admitted: 'yes' }) as unknown as Admission);
    const { started, ask, lines } = setup(store, { onStoreFailure: 'wait' });
    void ask(1);
    await flush();
    expect(started).toEqual([]);
    expect(lines[0]?.message).toMatch(/not an admission/);
  });
});

describe('rateLimit.store options', () => {
  const store = fakeStore(admitAll).store;
  it('refuses what is not a store, and bad failure modes and timeouts', () => {
    expect(() => resolveRateLimit({ store: {} as LimiterStore })).toThrow(ConfigurationError);
    expect(() => resolveRateLimit({ store, onStoreFailure: 'open' as 'local' })).toThrow(/'local' or 'wait'/);
    expect(() => resolveRateLimit({ store, storeTimeout: 0 })).toThrow(/storeTimeout/);
    expect(() => resolveRateLimit({ store, leaseMs: 1.5 })).toThrow(/leaseMs/);
  });
  it("defaults to the local fallback and a 250 ms store timeout; without a store, the limits are today's", () => {
    expect(resolveRateLimit({ store })).toEqual({
      maxConcurrency: 20,
      maxRequestsPerSecond: 40,
      shared: { store, timeoutMs: 250, onFailure: 'local', leaseMs: undefined },
    });
    expect(resolveRateLimit({})).toEqual({ maxConcurrency: 20, maxRequestsPerSecond: 40 });
  });
});
