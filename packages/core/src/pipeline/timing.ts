import { onAbort } from '../signal/on-abort.js';

/** Time and chance as the pipeline sees them; injected by tests so that retries run instantly and deterministically. */
export interface Timing {
  /** Wall-clock milliseconds (also used to read Retry-After dates). */
  now(): number;
  /** Waits `ms`, or less if `signal` fires first (then the caller checks `signal.aborted`). Never rejects. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Uniform in [0, 1). */
  random(): number;
}

export const systemTiming: Timing = {
  now: () => Date.now(),
  random: () => Math.random(),
  sleep(ms, signal) {
    return new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        unsubscribe?.();
        resolve();
      };
      const timer = setTimeout(done, ms);
      const unsubscribe = signal ? onAbort(signal, done) : undefined;
    });
  },
};
