import type { Log } from '../logging/logger.js';
import type { Admission, AdmissionRequest, LimiterStore } from './limiter-store.js';
import type { SchedulerClock } from './scheduler.js';

/** How long one call to the store may take before it counts as failed: a store on the same network answers in about a millisecond. */
export const DEFAULT_STORE_TIMEOUT_MS = 250;
/** How often a failed store is asked again. */
export const STORE_PROBE_MS = 1_000;
/**
 * Added to an attempt's timeout to make its lease: the attempt starts a round trip after the
 * store admitted it, and the machines' timers do not run in step.
 */
export const LEASE_MARGIN_MS = 5_000;
/** The longest wait a store may ask for: a store that answers nonsense must not stop the client for good. */
const MAX_STORE_WAIT_MS = 60_000;

/** A shared store, as `rateLimit` resolved it. */
export interface StoreSettings {
  readonly store: LimiterStore;
  /** Milliseconds one store call may take. */
  readonly timeoutMs: number;
  /** While the store fails: this client's own limits alone, or no start at all. */
  readonly onFailure: 'local' | 'wait';
  /** A fixed lease; `undefined`: each attempt's timeout plus LEASE_MARGIN_MS. */
  readonly leaseMs: number | undefined;
}

/** What the scheduler may do now: start with a lease, start under its own limits only (the store failed), or wait. */
export type StoreAnswer = Admission | { readonly admitted: 'local' };

/**
 * Talks to the store for the scheduler, and decides what a failure means: every call has a
 * timeout; a store that fails (rejects, times out, answers nonsense) is left alone for
 * STORE_PROBE_MS, then asked again. Meanwhile the client runs on its own limits (`local`) or
 * holds its requests (`wait`): never unlimited. One warning when the store fails, one line when it
 * answers again, not one per request.
 */
export class StoreAdmission {
  readonly #settings: StoreSettings;
  readonly #clock: SchedulerClock;
  readonly #log: Log;
  /** While failed: when the store is asked again. */
  #probeAt: number | undefined;

  constructor(settings: StoreSettings, clock: SchedulerClock, log: Log) {
    this.#settings = settings;
    this.#clock = clock;
    this.#log = log;
  }

  async admit(request: AdmissionRequest): Promise<StoreAnswer> {
    if (this.#probeAt !== undefined) {
      if (this.#clock.now() < this.#probeAt) return this.#fallback();
      if (this.#settings.onFailure === 'local') {
        // The client goes on under its own limits while the probe runs aside: a store that hangs
        // costs no stall. The probe's lease, if it gets one, goes back at once.
        this.#probeAt = this.#clock.now() + STORE_PROBE_MS;
        void this.#ask(request).then((answer) => answer?.admitted && this.release(answer.leaseId));
        return this.#fallback();
      }
    }
    return (await this.#ask(request)) ?? this.#fallback();
  }

  /** The store's answer, or `undefined` when it failed. */
  async #ask(request: AdmissionRequest): Promise<Admission | undefined> {
    const pending = Promise.resolve().then(() => this.#settings.store.admit(request));
    try {
      const answer = checkAnswer(await this.#call(pending));
      if (this.#probeAt !== undefined) {
        this.#probeAt = undefined;
        this.#log.info(`chartmogul: the rate-limit store (${this.#settings.store.name}) answers again; the account's limits are shared again.`);
      }
      return answer;
    } catch (error) {
      // A lease granted after its timeout is used by nobody: it goes back (a client's offline queue
      // sends the admission when the server returns), or it would hold a slot until it expires.
      pending.then((late) => late?.admitted === true && this.release(late.leaseId), () => {});
      this.#failed(error);
      return undefined;
    }
  }

  /** Fire and forget: the request has ended, whatever the store says; an unreleased lease expires. */
  release(leaseId: string): void {
    this.#call(Promise.resolve().then(() => this.#settings.store.release(leaseId))).catch((error: unknown) => this.#failed(error));
  }

  #fallback(): StoreAnswer {
    if (this.#settings.onFailure === 'local') return { admitted: 'local' };
    return { admitted: false, retryInMs: Math.max(1, (this.#probeAt ?? 0) - this.#clock.now()) };
  }

  #failed(error: unknown): void {
    const first = this.#probeAt === undefined;
    this.#probeAt = this.#clock.now() + STORE_PROBE_MS;
    if (!first) return;
    const { store, onFailure } = this.#settings;
    const reason = error instanceof Error ? error.message : String(error);
    this.#log.warn(
      `chartmogul: the rate-limit store (${store.name}) failed (${reason}); ${
        onFailure === 'local' ? "going on under this process's own limits" : 'requests wait'
      } until it answers again.`,
    );
  }

  /** The store's answer, or a rejection after `timeoutMs`: a store that hangs is a store that fails. */
  #call<T>(pending: Promise<T>): Promise<T> {
    const timer = new AbortController();
    const { timeoutMs } = this.#settings;
    const timeout = this.#clock.sleep(timeoutMs, timer.signal).then(() => {
      if (!timer.signal.aborted) throw new Error(`no answer in ${timeoutMs} ms`);
    }) as Promise<never>;
    return Promise.race([pending, timeout]).finally(() => timer.abort());
  }
}

/** A store is code the user chose: its answer is checked like any input. */
function checkAnswer(answer: Admission): Admission {
  if (answer?.admitted === true && typeof answer.leaseId === 'string') return answer;
  const wait = (answer as { retryInMs?: unknown })?.retryInMs;
  if (answer?.admitted === false && typeof wait === 'number' && wait >= 0) {
    return { admitted: false, retryInMs: Math.min(Math.max(1, wait), MAX_STORE_WAIT_MS) };
  }
  throw new Error('an answer that is not an admission');
}
