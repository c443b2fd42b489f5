/** The most start times the pacer keeps, whatever the limit: its memory is constant. */
export const PACER_RING_SIZE = 64;

/**
 * When the next request may start, for at most `limit` starts in any `windowMs`.
 *
 * Two rules. The window: the last starts are kept in a ring, and a start waits until the one
 * `ring size` starts back is `ring size` intervals old (for a limit up to PACER_RING_SIZE, the ring
 * holds `limit` starts and that is exactly "the oldest is `windowMs` old"). Pacing is its shape:
 * starts are spread one `windowMs / limit` apart, because a burst admitted at once reaches the
 * API spread out by the network and the server's own queue, which can pack the tail of one
 * window's burst into the next window as the server counts it. A start may run up to one interval
 * ahead of the even schedule, so a timer that fires late costs no throughput. Above
 * PACER_RING_SIZE per window the pacing alone bounds a window to `limit + 1` starts, which the
 * window's 5 % margin absorbs; the ring never grows with the limit, so a limit of a million
 * costs what a limit of 64 does. Times come from a monotonic clock.
 */
export class RatePacer {
  readonly #starts: number[];
  /** The span the ring's oldest start must be behind `now`: `ring size` intervals. */
  readonly #ringSpanMs: number;
  readonly #interval: number;
  /** Index of the oldest start in the ring, where the next one is written. */
  #oldest = 0;
  /** When the next start is due on the even schedule. */
  #due = Number.NEGATIVE_INFINITY;

  constructor(limit: number, windowMs: number) {
    const size = Math.min(limit, PACER_RING_SIZE);
    this.#starts = new Array<number>(size).fill(Number.NEGATIVE_INFINITY);
    this.#interval = windowMs / limit;
    this.#ringSpanMs = size === limit ? windowMs : size * this.#interval;
  }

  /** Milliseconds from `now` until one more start keeps both rules; 0 when it may start now. */
  waitAt(now: number): number {
    const windowOpens = (this.#starts[this.#oldest] as number) + this.#ringSpanMs;
    return Math.max(0, windowOpens - now, this.#due - this.#interval - now);
  }

  record(now: number): void {
    this.#starts[this.#oldest] = now;
    this.#oldest = (this.#oldest + 1) % this.#starts.length;
    this.#due = Math.max(this.#due, now) + this.#interval;
  }
}
