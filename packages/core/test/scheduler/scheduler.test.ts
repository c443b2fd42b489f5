import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { RATE_WINDOW_MS, type Release, RequestScheduler } from '../../src/scheduler/scheduler.js';
import { flush, manualClock } from '../support/manual-clock.js';

function setup(maxConcurrency: number, maxRequestsPerSecond: number) {
  const clock = manualClock();
  const scheduler = new RequestScheduler({ maxConcurrency, maxRequestsPerSecond }, clock.timing);
  const started: { id: number; at: number; release: Release }[] = [];
  const ask = (id: number, options: { signal?: AbortSignal; retry?: boolean } = {}) =>
    scheduler.acquire(options).then((release) => {
      if (release) started.push({ id, at: clock.now, release });
      return release;
    });
  return { clock, scheduler, started, ask };
}

describe('RequestScheduler: concurrency', () => {
  it('admits maxConcurrency requests at once and the next when one is released, in order', async () => {
    const { scheduler, started, ask, clock } = setup(2, Infinity);
    for (let id = 1; id <= 5; id++) void ask(id);
    await flush();
    expect(started.map((s) => s.id)).toEqual([1, 2]);
    expect(scheduler.inFlight).toBe(2);
    expect(scheduler.queued).toBe(3);
    started[0]?.release();
    await flush();
    expect(started.map((s) => s.id)).toEqual([1, 2, 3]);
    started[1]?.release();
    started[2]?.release();
    await flush();
    expect(started.map((s) => s.id)).toEqual([1, 2, 3, 4, 5]);
    // Waiting for a slot needs no timer.
    expect(clock.pendingTimers).toBe(0);
  });

  it('counts a release once, however often it is called', async () => {
    const { scheduler, started, ask } = setup(1, Infinity);
    void ask(1);
    void ask(2);
    void ask(3);
    await flush();
    started[0]?.release();
    started[0]?.release();
    await flush();
    expect(started.map((s) => s.id)).toEqual([1, 2]);
    expect(scheduler.inFlight).toBe(1);
  });

  it('starts queued retries ahead of queued new calls', async () => {
    const { started, ask } = setup(1, Infinity);
    void ask(1);
    void ask(2);
    void ask(3, { retry: true });
    await flush();
    started[0]?.release();
    await flush();
    expect(started.map((s) => s.id)).toEqual([1, 3]);
  });
});

describe('RequestScheduler: requests per second', () => {
  it('keeps at most the limit in any window, spreads starts evenly, and starts each as soon as both allow', async () => {
    const { started, ask, clock } = setup(Infinity, 3);
    const W = RATE_WINDOW_MS;
    const I = W / 3;
    for (let id = 1; id <= 10; id++) void ask(id);
    await flush();
    expect(started).toHaveLength(2); // a start may run one interval ahead of the even schedule
    await clock.advance(4 * W);
    expect(started.map((s) => s.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(started.map((s) => s.at)).toEqual([0, 0, I, W, W, W + I, 2 * W, 2 * W, 2 * W + I, 3 * W]);
    for (let i = 3; i < started.length; i++) {
      expect((started[i]?.at ?? 0) - (started[i - 3]?.at ?? 0)).toBeGreaterThanOrEqual(W);
    }
    expect(clock.pendingTimers).toBe(0);
  });

  it('paces a long queue one interval apart: never a burst beyond two', async () => {
    const { started, ask, clock } = setup(Infinity, 40);
    for (let id = 1; id <= 100; id++) void ask(id);
    await clock.advance(3 * RATE_WINDOW_MS);
    expect(started).toHaveLength(100);
    for (let i = 2; i < started.length; i++) {
      expect((started[i]?.at ?? 0) - (started[i - 2]?.at ?? 0)).toBeGreaterThanOrEqual(RATE_WINDOW_MS / 40 - 1e-9);
    }
    for (let i = 40; i < started.length; i++) {
      expect((started[i]?.at ?? 0) - (started[i - 40]?.at ?? 0)).toBeGreaterThanOrEqual(RATE_WINDOW_MS);
    }
  });

  it('slides the window: a start later in a window frees its slot later', async () => {
    const { started, ask, clock } = setup(Infinity, 2);
    void ask(1);
    await clock.advance(400);
    void ask(2);
    void ask(3);
    void ask(4);
    await flush();
    expect(started.map((s) => s.at)).toEqual([0, 400]);
    await clock.advance(RATE_WINDOW_MS);
    expect(started.map((s) => s.at)).toEqual([0, 400, RATE_WINDOW_MS, 400 + RATE_WINDOW_MS]);
  });
});

describe('RequestScheduler: a clock that stands still', () => {
  it("counts a wait that ran its course as time passed (a Worker's clock moves only with I/O)", async () => {
    let sleeps = 0;
    // now() never moves; each sleep ends on the next turn of the event loop.
    const frozen = {
      now: () => 0,
      sleep: () => {
        sleeps += 1;
        return new Promise<void>((resolve) => setImmediate(resolve));
      },
    };
    const scheduler = new RequestScheduler({ maxConcurrency: Infinity, maxRequestsPerSecond: 2 }, frozen);
    const releases = await Promise.all(Array.from({ length: 7 }, () => scheduler.acquire()));
    expect(releases.every((release) => typeof release === 'function')).toBe(true);
    // One wait per start beyond the first two, not an endless run of them.
    expect(sleeps).toBeLessThanOrEqual(7);
  });
});

describe('RequestScheduler: pause', () => {
  it('holds every start until the pause ends, new calls included', async () => {
    const { scheduler, started, ask, clock } = setup(Infinity, Infinity);
    scheduler.pause(2_000);
    void ask(1);
    void ask(2);
    await clock.advance(1_999);
    expect(started).toHaveLength(0);
    await clock.advance(1);
    expect(started.map((s) => s.at)).toEqual([2_000, 2_000]);
  });

  it('keeps the longer of two pauses', async () => {
    const { scheduler, started, ask, clock } = setup(Infinity, Infinity);
    scheduler.pause(3_000);
    scheduler.pause(1_000);
    void ask(1);
    await clock.advance(2_000);
    expect(started).toHaveLength(0);
    scheduler.pause(2_000); // now until 4 000
    await clock.advance(1_500);
    expect(started).toHaveLength(0);
    await clock.advance(500);
    expect(started.map((s) => s.at)).toEqual([4_000]);
  });
});

describe('RequestScheduler: aborts and timers', () => {
  it('takes an aborted call out of the queue at once, with its listener, and leaves no timer behind', async () => {
    const { scheduler, ask, clock, started } = setup(Infinity, 1);
    void ask(1);
    const controller = new AbortController();
    const second = ask(2, { signal: controller.signal });
    await flush();
    expect(scheduler.queued).toBe(1);
    expect(scheduler.timerPending).toBe(true);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort();
    await expect(second).resolves.toBeUndefined();
    expect(scheduler.queued).toBe(0);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(scheduler.timerPending).toBe(false);
    expect(clock.pendingTimers).toBe(0);
    expect(started).toHaveLength(1);
  });

  it('removes the listener from the signal of a call that got its slot after waiting', async () => {
    const { ask, started } = setup(1, Infinity);
    void ask(1);
    const controller = new AbortController();
    void ask(2, { signal: controller.signal });
    await flush();
    started[0]?.release();
    await flush();
    expect(started).toHaveLength(2);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('answers an already aborted signal with undefined and counts nothing', async () => {
    const { scheduler } = setup(1, 1);
    await expect(scheduler.acquire({ signal: AbortSignal.abort() })).resolves.toBeUndefined();
    expect(scheduler.inFlight).toBe(0);
    expect(scheduler.queued).toBe(0);
  });

  it('sets no timer while nothing waits, even paused', async () => {
    const { scheduler, clock, ask } = setup(2, 2);
    scheduler.pause(5_000);
    expect(clock.pendingTimers).toBe(0);
    void ask(1);
    await flush();
    expect(clock.pendingTimers).toBe(1);
    await clock.advance(5_000);
    expect(clock.pendingTimers).toBe(0);
    expect(scheduler.timerPending).toBe(false);
  });
});
