import { type Log, silentLog } from '../logging/logger.js';
import type { Timing } from '../pipeline/timing.js';
import { onAbort } from '../signal/on-abort.js';
import { RatePacer } from './rate-pacer.js';
import { LEASE_MARGIN_MS, StoreAdmission, type StoreSettings } from './store-admission.js';

/** Ends a request's hold on its slot; calling it again does nothing. */
export type Release = () => void;

export interface SchedulerLimits {
  /** Requests in flight at once. `Infinity`: no limit. */
  readonly maxConcurrency: number;
  /** Requests started in any one second. `Infinity`: no limit. */
  readonly maxRequestsPerSecond: number;
}

/** The scheduler's time: a monotonic clock and a cancellable wait. Injected by tests. */
export type SchedulerClock = Pick<Timing, 'now' | 'sleep'>;

/**
 * A second as the rate limit counts it, with a margin: the API counts arrivals, and the way
 * there can bring two starts 1 000 ms apart closer together. 5 % of throughput buys 50 ms of
 * tolerance.
 */
export const RATE_WINDOW_MS = 1_050;

interface Waiter {
  readonly resolve: (release: Release | undefined) => void;
  /** The lease asked of a shared store for this request, in ms. */
  readonly leaseMs: number;
  /** Stops listening to the caller's signal. */
  unsubscribe?: () => void;
}

/**
 * Admits a client's requests under its limits: at most `maxConcurrency` in flight and
 * `maxRequestsPerSecond` started per second, first come first served, retries ahead of new
 * calls (their time budget is running). `pause(ms)` holds every start, as when the API
 * answered 429. A timer exists only while requests wait for the clock; none is left when idle.
 *
 * With a shared store (`rateLimit.store`), the request at the head of the queue, once this
 * client's own limits let it start, is also admitted by the store: one question at a time, and
 * when the store says "in N ms", one timer. The store can only hold requests back, never let more
 * through than this client's own limits.
 */
export class RequestScheduler {
  readonly #maxConcurrency: number;
  readonly #pacer: RatePacer | undefined;
  readonly #clock: SchedulerClock;
  readonly #limits: SchedulerLimits;
  readonly #shared: StoreAdmission | undefined;
  readonly #leaseMs: number | undefined;
  /** A question to the store is under way. */
  #asking = false;
  readonly #retries = new Set<Waiter>();
  readonly #fresh = new Set<Waiter>();
  #inFlight = 0;
  #resumeAt = Number.NEGATIVE_INFINITY;
  #timer: AbortController | undefined;
  /** The end of the last wait that ran its course: the scheduler's time is never before it. */
  #waitedUntil = Number.NEGATIVE_INFINITY;

  constructor(limits: SchedulerLimits & { readonly shared?: StoreSettings }, clock: SchedulerClock, log?: Log) {
    const { shared, ...own } = limits;
    this.#limits = own;
    this.#shared = shared ? new StoreAdmission(shared, clock, log ?? silentLog) : undefined;
    this.#leaseMs = shared?.leaseMs;
    this.#maxConcurrency = limits.maxConcurrency;
    const perSecond = limits.maxRequestsPerSecond;
    this.#pacer = Number.isFinite(perSecond) ? new RatePacer(perSecond, RATE_WINDOW_MS) : undefined;
    this.#clock = clock;
  }

  /** Requests holding a slot. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** Requests waiting for a slot. */
  get queued(): number {
    return this.#retries.size + this.#fresh.size;
  }

  /** Whether a timer is pending (only while requests wait for the clock). */
  get timerPending(): boolean {
    return this.#timer !== undefined;
  }

  /**
   * Waits for a slot. Resolves with its `Release`, or with `undefined` when `signal` fires first:
   * the request then leaves the queue at once. `timeoutMs`, the attempt's timeout, sets the lease
   * a shared store holds for it.
   */
  acquire(options: { signal?: AbortSignal; retry?: boolean; timeoutMs?: number } = {}): Promise<Release | undefined> {
    const { signal } = options;
    if (signal?.aborted) return Promise.resolve(undefined);
    if (!this.#shared && this.queued === 0 && this.#inFlight < this.#maxConcurrency && this.#waitMs() === 0) {
      return Promise.resolve(this.#start());
    }
    const queue = options.retry ? this.#retries : this.#fresh;
    // Without a timeout given (tests), the client's default one.
    const leaseMs = this.#leaseMs ?? (options.timeoutMs ?? 30_000) + LEASE_MARGIN_MS;
    return new Promise((resolve) => {
      const waiter: Waiter = { resolve, leaseMs };
      waiter.unsubscribe = signal
        ? onAbort(signal, () => {
            queue.delete(waiter);
            resolve(undefined);
            if (this.queued === 0) this.#cancelTimer();
          })
        : undefined;
      queue.add(waiter);
      this.#pump();
    });
  }

  /** Holds every start for `ms` from now (or longer, if already held longer). */
  pause(ms: number): void {
    this.#resumeAt = Math.max(this.#resumeAt, this.#now() + ms);
  }

  /**
   * The clock, but never earlier than the end of a wait that has run out. A Worker's clock stands
   * still between I/O, so after a timer it may not have moved; and a timer rounded to whole
   * milliseconds can fire a fraction early. Either would otherwise make the wait start again.
   */
  #now(): number {
    return Math.max(this.#clock.now(), this.#waitedUntil);
  }

  #waitMs(): number {
    const now = this.#now();
    return Math.max(this.#resumeAt - now, this.#pacer?.waitAt(now) ?? 0, 0);
  }

  #start(leaseId?: string): Release {
    this.#inFlight += 1;
    this.#pacer?.record(this.#now());
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#inFlight -= 1;
      if (leaseId !== undefined) this.#shared?.release(leaseId);
      this.#pump();
    };
  }

  /** The head of the queue, retries first. */
  #head(): Waiter | undefined {
    return (this.#retries.size > 0 ? this.#retries : this.#fresh).values().next().value;
  }

  #startHead(leaseId?: string): boolean {
    const waiter = this.#head();
    if (!waiter) return false;
    this.#retries.delete(waiter) || this.#fresh.delete(waiter);
    waiter.unsubscribe?.();
    waiter.resolve(this.#start(leaseId));
    return true;
  }

  /** Asks the shared store to admit the head of the queue; its answer starts it, or sets the timer. */
  #ask(shared: StoreAdmission, head: Waiter): void {
    this.#asking = true;
    void shared.admit({ limits: this.#limits, windowMs: RATE_WINDOW_MS, leaseMs: head.leaseMs }).then((answer) => {
      this.#asking = false;
      if (answer.admitted === false) {
        if (this.queued > 0) this.#wakeAfter(answer.retryInMs);
        return;
      }
      const leaseId = answer.admitted === true ? answer.leaseId : undefined;
      // The request asked for was cancelled meanwhile and none waits: the lease goes back.
      if (!this.#startHead(leaseId) && leaseId !== undefined) shared.release(leaseId);
      this.#pump();
    });
  }

  /** Starts waiters while the limits allow; when only time stands in the way, wakes up later. */
  #pump(): void {
    while (this.queued > 0 && this.#inFlight < this.#maxConcurrency) {
      const wait = this.#waitMs();
      if (wait > 0) {
        this.#wakeAfter(wait);
        return;
      }
      if (this.#shared) {
        if (!this.#asking && !this.#timer) this.#ask(this.#shared, this.#head() as Waiter);
        return;
      }
      this.#startHead();
    }
    if (this.queued === 0) this.#cancelTimer();
  }

  /** One timer at a time: a wait only ever grows (starts and pauses push it later), so an earlier wake just re-checks. */
  #wakeAfter(ms: number): void {
    if (this.#timer) return;
    const timer = new AbortController();
    const until = this.#now() + ms;
    this.#timer = timer;
    void this.#clock.sleep(ms, timer.signal).then(() => {
      if (this.#timer !== timer) return;
      this.#timer = undefined;
      this.#waitedUntil = Math.max(this.#waitedUntil, until);
      this.#pump();
    });
  }

  #cancelTimer(): void {
    const timer = this.#timer;
    this.#timer = undefined;
    timer?.abort();
  }
}
