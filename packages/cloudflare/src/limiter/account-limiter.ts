import type { Admission } from '@chartmogul-kit/core';
import { RatePacer } from '@chartmogul-kit/core/internal';

/** What one admission asks of the account's limiter (the store contract's request, Infinity allowed). */
export interface LimiterAsk {
  readonly maxConcurrency: number;
  readonly maxRequestsPerSecond: number;
  readonly windowMs: number;
  readonly leaseMs: number;
}

/**
 * How often a caller refused for want of a slot asks again. A slot comes back when another
 * request ends, which the limiter cannot announce; ChartMogul's answers take 100 ms or more, so
 * asking every 50 ms finds the slot soon without flooding the object.
 */
export const SLOT_RETRY_MS = 50;

/** Different limit settings kept at once; more than one means clients disagree on the account's limits. */
const MAX_PACERS = 8;

/**
 * One account's limiter, in memory: the leases in flight (each with its expiry) and the starts
 * of the rate window, paced by the same `RatePacer` a single client uses, so many Workers sharing
 * it see exactly one client's limits. Not safe to share between concurrent callers: the Durable
 * Object that holds it runs one request at a time, and every method here is synchronous.
 *
 * Expired leases are dropped when the next admission looks at them, the only moment they matter,
 * so no alarm or timer is needed.
 */
export class AccountLimiter {
  readonly #leases = new Map<string, number>();
  readonly #newLeaseId: () => string;
  /**
   * A pacer per limit and window asked with, each recording every start: clients configured with
   * different limits each get "at most my limit, counting everyone's starts". Normally one entry.
   */
  readonly #pacers = new Map<string, RatePacer>();

  constructor(newLeaseId: () => string) {
    this.#newLeaseId = newLeaseId;
  }

  /** Leases held (expired ones included until the next admission drops them). */
  get inFlight(): number {
    return this.#leases.size;
  }

  admit(ask: LimiterAsk, now: number): Admission {
    this.#dropExpired(now);
    if (this.#leases.size >= ask.maxConcurrency) {
      return { admitted: false, retryInMs: Math.max(1, Math.min(SLOT_RETRY_MS, this.#firstExpiry() - now)) };
    }
    const wait = this.#pacerFor(ask)?.waitAt(now) ?? 0;
    if (wait > 0) return { admitted: false, retryInMs: Math.ceil(wait) };
    for (const pacer of this.#pacers.values()) pacer.record(now);
    const leaseId = this.#newLeaseId();
    this.#leases.set(leaseId, now + ask.leaseMs);
    return { admitted: true, leaseId };
  }

  /** Frees a lease's slot; an unknown or expired lease is nothing to free. */
  release(leaseId: string): void {
    this.#leases.delete(leaseId);
  }

  #pacerFor(ask: LimiterAsk): RatePacer | undefined {
    if (!Number.isFinite(ask.maxRequestsPerSecond)) return undefined;
    const key = `${ask.maxRequestsPerSecond}/${ask.windowMs}`;
    let pacer = this.#pacers.get(key);
    if (!pacer) {
      // Bounded memory whatever callers send: the oldest setting goes (its history with it).
      if (this.#pacers.size >= MAX_PACERS) this.#pacers.delete(this.#pacers.keys().next().value as string);
      pacer = new RatePacer(ask.maxRequestsPerSecond, ask.windowMs);
      this.#pacers.set(key, pacer);
    }
    return pacer;
  }

  #dropExpired(now: number): void {
    for (const [leaseId, expiresAt] of this.#leases) if (expiresAt <= now) this.#leases.delete(leaseId);
  }

  #firstExpiry(): number {
    let first = Number.POSITIVE_INFINITY;
    for (const expiresAt of this.#leases.values()) first = Math.min(first, expiresAt);
    return first;
  }
}
