import { FAULT_HEADER, type Fault, type FaultSpec, formatFault, parseFault } from './fault.js';
import { seededRandom } from './prng.js';

/** ChartMogul's documented limits: 40 requests per second and 20 parallel connections per account. */
export const CHARTMOGUL_LIMITS: Readonly<Limits> = { requestsPerSecond: 40, maxConnections: 20 };

/** Per account: requests accepted in any second, requests in flight at once. */
export interface Limits {
  requestsPerSecond: number;
  maxConnections: number;
}

/** The faults a `rate` picks from by default: the transient faults a client should survive. */
export const DEFAULT_RANDOM_FAULTS: readonly string[] = [
  '429',
  '429;retry-after=0',
  '500',
  '502',
  '503',
  '504',
  'reset-before-response',
  'reset-during-body',
  'html=502',
  'latency=50',
];

export interface FaultOptions {
  /** The chance, 0 to 1, that a request gets a random fault from `modes`. Default 0. */
  rate?: number;
  /** The faults `rate` picks from, uniformly. Default `DEFAULT_RANDOM_FAULTS`. */
  modes?: readonly FaultSpec[];
  /** Seed of the generator behind `rate`, so a run can be replayed. Default 1. */
  seed?: number;
  /** Enforce ChartMogul's limits per account (429 beyond 40 requests/s, 503 beyond 20 parallel). Default off. */
  limits?: boolean | Partial<Limits>;
  /** The clock of the rate limit (tests pass a fixed one). Default `Date.now`. */
  now?: () => number;
}

export interface FaultStats {
  /** Requests seen by the fault layer. */
  requests: number;
  /** How many times each fault was injected, by spec (`503`, `reset-during-body`, `limit:429`, ...). */
  injected: Record<string, number>;
}

/** Where a request's fault came from, in order of precedence. */
export type FaultSource = 'header' | 'queue' | 'limit' | 'rate';

export interface Admission {
  readonly fault: Fault | undefined;
  readonly source: FaultSource | undefined;
  /** Call when the request is answered: it no longer counts as a parallel connection. */
  release(): void;
}

/**
 * Decides which requests misbehave, and how: a fault named by the request's `x-mock-fault` header,
 * else the next queued one (`next()`), else ChartMogul's limits when enabled, else chance (`rate`).
 */
export class FaultController {
  readonly #queue: Fault[] = [];
  readonly #random: () => number;
  readonly #rate: number;
  readonly #modes: readonly Fault[];
  readonly #limits: Readonly<Limits> | undefined;
  readonly #now: () => number;
  readonly #recent = new Map<string, number[]>();
  readonly #inFlight = new Map<string, number>();
  #stats: FaultStats = { requests: 0, injected: {} };

  constructor(options: FaultOptions = {}) {
    const rate = options.rate ?? 0;
    if (!(rate >= 0 && rate <= 1)) throw new Error(`Mock faults: rate must be between 0 and 1, not ${rate}.`);
    this.#rate = rate;
    this.#modes = (options.modes ?? DEFAULT_RANDOM_FAULTS).map(parseFault);
    this.#random = seededRandom(options.seed ?? 1);
    this.#limits = options.limits ? { ...CHARTMOGUL_LIMITS, ...(options.limits === true ? {} : options.limits) } : undefined;
    this.#now = options.now ?? Date.now;
  }

  /** Queues faults for the next requests, one each, in order: `faults.next('503', '503')` fails two requests. */
  next(...faults: FaultSpec[]): this {
    this.#queue.push(...faults.map(parseFault));
    return this;
  }

  /** Empties the queue and the statistics (the limits' counters too). */
  clear(): this {
    this.#queue.length = 0;
    this.#recent.clear();
    this.#stats = { requests: 0, injected: {} };
    return this;
  }

  /** The controller's clock (the rate limit's, and the base of Retry-After dates). */
  now(): number {
    return this.#now();
  }

  get queued(): number {
    return this.#queue.length;
  }

  get stats(): FaultStats {
    return { requests: this.#stats.requests, injected: { ...this.#stats.injected } };
  }

  /** Chooses the fault for a request and counts it as a parallel connection until `release()`. */
  admit(request: Request): Admission {
    this.#stats.requests += 1;
    const account = request.headers.get('authorization') ?? '';
    const header = request.headers.get(FAULT_HEADER);
    let chosen: { fault: Fault; source: FaultSource } | undefined;
    if (header) chosen = { fault: parseFault(header), source: 'header' };
    else if (this.#queue.length > 0) chosen = { fault: this.#queue.shift() as Fault, source: 'queue' };
    else chosen = this.#overLimit(account) ?? this.#byChance();
    if (chosen) {
      const key = `${chosen.source === 'limit' ? 'limit:' : ''}${formatFault(chosen.fault)}`;
      this.#stats.injected[key] = (this.#stats.injected[key] ?? 0) + 1;
    }
    let released = chosen?.source === 'limit';
    if (!released) this.#inFlight.set(account, (this.#inFlight.get(account) ?? 0) + 1);
    return {
      fault: chosen?.fault,
      source: chosen?.source,
      release: () => {
        if (released) return;
        released = true;
        const count = (this.#inFlight.get(account) ?? 1) - 1;
        if (count === 0) this.#inFlight.delete(account);
        else this.#inFlight.set(account, count);
      },
    };
  }

  /** 503 beyond the parallel connections, 429 beyond the requests in the last second (only accepted ones count). */
  #overLimit(account: string): { fault: Fault; source: 'limit' } | undefined {
    if (!this.#limits) return undefined;
    if ((this.#inFlight.get(account) ?? 0) >= this.#limits.maxConnections) {
      return { fault: { kind: 'status', status: 503, retryAfter: 1 }, source: 'limit' };
    }
    const now = this.#now();
    const window = (this.#recent.get(account) ?? []).filter((at) => at > now - 1000);
    if (window.length >= this.#limits.requestsPerSecond) {
      this.#recent.set(account, window);
      const wait = Math.max(1, Math.ceil(((window[0] as number) + 1000 - now) / 1000));
      return { fault: { kind: 'status', status: 429, retryAfter: wait }, source: 'limit' };
    }
    window.push(now);
    this.#recent.set(account, window);
    return undefined;
  }

  #byChance(): { fault: Fault; source: 'rate' } | undefined {
    if (this.#rate === 0 || this.#modes.length === 0) return undefined;
    if (this.#random() >= this.#rate) return undefined;
    const fault = this.#modes[Math.floor(this.#random() * this.#modes.length)] as Fault;
    return { fault, source: 'rate' };
  }
}
