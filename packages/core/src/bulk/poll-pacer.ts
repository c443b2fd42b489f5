import type { Timing } from '../pipeline/timing.js';
import { onAbort } from '../signal/on-abort.js';
import type { BulkPollInterval } from './types.js';

/**
 * The longest gap the pacer keeps between two status requests of one run: at most 2 a second,
 * 5 % of ChartMogul's 40 requests/s, however many imports are in flight.
 */
export const MAX_POLL_GAP_MS = 500;
/** How much the latest import counts in the estimate of the time per record (the rest is the earlier estimate). */
const WEIGHT = 0.5;
/** A first poll that finds its import done says only that it finished earlier: aim that much earlier next time, so the estimate does not creep up by a round trip per import. */
const EARLIER = 0.85;

interface Waiter {
  readonly due: number;
  readonly go: () => void;
}

/**
 * Times the status requests of one run. Every import asks for its turn at the time it expects to
 * be done; turns go earliest-due first, and no two within `gapMs` of each other, so polling stays
 * a small share of the rate limit whatever the concurrency. It also learns how long an import
 * takes per record from the imports this run saw finish (from acceptance to the status request
 * that found it done), so that the first poll of the next one goes when it should be done rather
 * than after a fixed wait: an import found done late leaves ChartMogul's worker idle.
 */
export class PollPacer {
  readonly #waiters: Waiter[] = [];
  #last = Number.NEGATIVE_INFINITY;
  #wake: AbortController | undefined;
  #pumping = false;
  /** Milliseconds from acceptance to done, per record; undefined until an import is seen done. */
  #msPerRecord: number | undefined;

  constructor(
    readonly timing: Timing,
    readonly poll: Required<BulkPollInterval>,
    /** Tests and fast settings poll more often: never more than `initialMs` apart (a user's setting wins over the default gap). */
    readonly gapMs: number = Math.min(MAX_POLL_GAP_MS, poll.initialMs),
  ) {}

  /** The wait before the first poll of an import of `records` records: the estimate once known, else `initialMs`. */
  firstWait(records: number): number {
    if (this.#msPerRecord === undefined) return this.poll.initialMs;
    return Math.min(this.poll.maxMs, records * this.#msPerRecord);
  }

  /** The first wait after a poll found the import unfinished: a quarter of its estimate, or `initialMs` times `factor` before anything is known. */
  firstBackoff(records: number): number {
    if (this.#msPerRecord === undefined) return Math.min(this.poll.maxMs, this.poll.initialMs * this.poll.factor);
    return Math.min(this.poll.maxMs, Math.max(this.gapMs, (records * this.#msPerRecord) / 4));
  }

  /**
   * An import of `records` records accepted at `acceptedAt` was found done by the status request
   * sent at `seenAt` (after one that found it unfinished at `unfinishedAt`, if any): it finished in
   * between, or, found by its first poll, at some time before.
   */
  observe(records: number, acceptedAt: number, seenAt: number, unfinishedAt: number | undefined): void {
    if (records <= 0) return;
    const took = unfinishedAt === undefined ? (seenAt - acceptedAt) * EARLIER : (unfinishedAt + seenAt) / 2 - acceptedAt;
    const sample = Math.max(0, took) / records;
    this.#msPerRecord = this.#msPerRecord === undefined ? sample : WEIGHT * sample + (1 - WEIGHT) * this.#msPerRecord;
  }

  /** Resolves when this poll may go: at `due` at the earliest, in its turn; at once on abort. */
  turn(due: number, signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      let unsubscribe: (() => void) | undefined;
      const waiter: Waiter = {
        due,
        go: () => {
          unsubscribe?.();
          resolve();
        },
      };
      this.#waiters.push(waiter);
      if (signal !== undefined) {
        unsubscribe = onAbort(signal, () => {
          const at = this.#waiters.indexOf(waiter);
          if (at >= 0) this.#waiters.splice(at, 1);
          // Wake the pump, which may sleep for this waiter: nothing stays scheduled after an abort.
          this.#wake?.abort();
          resolve();
        });
      }
      this.#wake?.abort();
      void this.#pump();
    });
  }

  /** Lets the earliest-due waiter go when its time and the gap allow; sleeps otherwise (woken by a new or leaving waiter). */
  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      while (this.#waiters.length > 0) {
        this.#waiters.sort((a, b) => a.due - b.due);
        const first = this.#waiters[0] as Waiter;
        const now = this.timing.now();
        const at = Math.max(first.due, this.#last + this.gapMs);
        if (at > now) {
          const wake = new AbortController();
          this.#wake = wake;
          await this.timing.sleep(at - now, wake.signal);
          this.#wake = undefined;
          continue;
        }
        this.#waiters.shift();
        this.#last = now;
        first.go();
      }
    } finally {
      this.#pumping = false;
    }
  }
}
