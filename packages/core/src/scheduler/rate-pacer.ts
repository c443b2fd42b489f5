/**
 * When the next request may start, for at most `limit` starts in any `windowMs`.
 *
 * Two rules. The window is the limit itself: the last `limit` start times are kept (a ring, so
 * memory does not grow with the queue) and a start waits until the oldest is `windowMs` old.
 * Pacing is its shape: starts are spread one `windowMs / limit` apart, because a burst admitted
 * at once reaches the API spread out by the network and the server's own queue, which can pack
 * the tail of one window's burst into the next window as the server counts it. A start may run
 * up to one interval ahead of the even schedule, so a timer that fires late costs no throughput.
 * Times come from a monotonic clock.
 */
export class RatePacer {
  readonly #starts: number[];
  readonly #windowMs: number;
  readonly #interval: number;
  /** Index of the oldest start in the ring, where the next one is written. */
  #oldest = 0;
  /** When the next start is due on the even schedule. */
  #due = Number.NEGATIVE_INFINITY;

  constructor(limit: number, windowMs: number) {
    this.#starts = new Array<number>(limit).fill(Number.NEGATIVE_INFINITY);
    this.#windowMs = windowMs;
    this.#interval = windowMs / limit;
  }

  /** Milliseconds from `now` until one more start keeps both rules; 0 when it may start now. */
  waitAt(now: number): number {
    const windowOpens = (this.#starts[this.#oldest] as number) + this.#windowMs;
    return Math.max(0, windowOpens - now, this.#due - this.#interval - now);
  }

  record(now: number): void {
    this.#starts[this.#oldest] = now;
    this.#oldest = (this.#oldest + 1) % this.#starts.length;
    this.#due = Math.max(this.#due, now) + this.#interval;
  }
}
