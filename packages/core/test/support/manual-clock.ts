import type { Timing } from '../../src/pipeline/timing.js';

/**
 * A clock that moves only when told: `sleep` registers a timer, `advance(ms)` fires the due
 * ones in order, letting promise callbacks run between them. Counts pending timers, so a test
 * can check that nothing is left waiting.
 */
export function manualClock(start = 0) {
  let now = start;
  const timers = new Set<{ at: number; seq: number; fire: () => void }>();
  let seq = 0;
  const sleep: Timing['sleep'] = (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = {
        at: now + ms,
        seq: seq++,
        fire: () => {
          timers.delete(timer);
          signal?.removeEventListener('abort', timer.fire);
          resolve();
        },
      };
      timers.add(timer);
      signal?.addEventListener('abort', timer.fire, { once: true });
    });
  const timing: Timing = { now: () => now, sleep, random: () => 0.5 };
  return {
    timing,
    get now() {
      return now;
    },
    get pendingTimers() {
      return timers.size;
    },
    /** Moves time forward by `ms`, firing every timer due on the way. */
    async advance(ms: number) {
      const target = now + ms;
      await flush();
      for (;;) {
        const due = [...timers].filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
        if (!due) break;
        now = due.at;
        due.fire();
        await flush();
      }
      now = target;
      await flush();
    },
  };
}

/** Lets every pending promise callback run. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
