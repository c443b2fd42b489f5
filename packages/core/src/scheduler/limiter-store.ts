import type { SchedulerLimits } from './scheduler.js';

/**
 * Where a client's admission is decided when several processes, machines or Workers share one
 * ChartMogul account: a Redis/Valkey server, a Durable Object. The scheduler asks the store once
 * per request (one round trip, atomic on the store's side) and keeps its own queue, order and
 * 429 pauses; the store only says "start now" or "not before N ms".
 *
 * Time is the store's, never the caller's: processes on several machines do not share a clock.
 */
export interface LimiterStore {
  /** Shown in log lines ("redis", "durable-object"); never holds a secret. */
  readonly name: string;
  /**
   * Takes one in-flight slot and one start of the rate window, or neither. The slot is a lease
   * that expires after `leaseMs` unless released, so a process that dies gives its slots back.
   */
  admit(request: AdmissionRequest): Promise<Admission>;
  /** Gives a lease back early (the request ended). Releasing an expired or unknown lease does nothing. */
  release(leaseId: string): Promise<void>;
}

/** One admission asked of a store. */
export interface AdmissionRequest {
  /** The account's limits: in flight at once, and starts per window. */
  readonly limits: SchedulerLimits;
  /** The rate window the store counts starts in, in milliseconds (RATE_WINDOW_MS). */
  readonly windowMs: number;
  /** How long the slot is held if never released, in milliseconds. */
  readonly leaseMs: number;
}

/** A store's answer: a lease to release when the request ends, or how long to wait before asking again. */
export type Admission =
  | { readonly admitted: true; readonly leaseId: string }
  | { readonly admitted: false; readonly retryInMs: number };
