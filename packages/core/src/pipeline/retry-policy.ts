import { APIError } from '../errors/api-error.js';
import { ConnectionError, TimeoutError, UserAbortError } from '../errors/connection-error.js';
import { hasReadableRetryAfter, parseRetryAfter } from './retry-after.js';

/*
 * Which failures are sent again. The rule is that a retry must never duplicate a write: a fault
 * that ChartMogul certainly did not act on may be retried for any method; a fault after which the
 * request may have been applied only for the idempotent methods, where doing it twice is doing it once.
 *
 * | What went wrong                                        | GET, PUT, DELETE | POST, PATCH |
 * |--------------------------------------------------------|------------------|-------------|
 * | 429 Too Many Requests                                  | retry            | retry       |
 * | 503 Service Unavailable with a readable Retry-After    | retry            | retry       |
 * | 503 without Retry-After, or with an unreadable one     | retry            | no          |
 * | 500, 502, 504, 520, 524                                | retry            | no          |
 * | connection refused, DNS failure (nothing was sent)     | retry            | retry       |
 * | TLS certificate refused (nothing was sent)             | no               | no          |
 * | connection reset, body cut short                       | retry            | no          |
 * | the attempt's timeout                                  | retry            | no          |
 * | the caller's AbortSignal                               | never            | never       |
 * | any other status (3xx, 4xx, 501, ...), a 2xx not JSON  | no               | no          |
 *
 * Why: a 429 is refused before any work. A 503 that says when to come back (Retry-After) declines
 * the request (ChartMogul's limit on parallel connections); a bare 503, or one whose Retry-After is
 * empty or cannot be read (no promise that the request was declined), can also come from a gateway
 * that gave up on a request the API was still working on. 500/502/504/520/524 and a dropped
 * connection can arrive after the write was applied. A certificate the TLS handshake refused is
 * refused again on every try. Retries stop at `maxRetries`, and a retry that
 * could not start within the time budget, or that Retry-After delays beyond RETRY_AFTER_CAP_MS,
 * is not made: the caller gets the error at once instead of a long silent wait.
 */

/** The longest `Retry-After` the client waits; a longer one ends the call with the error. */
export const RETRY_AFTER_CAP_MS = 60_000;
/** Backoff without `Retry-After`: full jitter, uniform in [0, min(MAX, BASE * 2^retry)). */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_MAX_MS = 8_000;

/** The statuses that are transient failures: worth another try when safe. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504, 520, 524]);
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** Who may repeat a request after this failure. */
export type Repeatable = 'any-method' | 'idempotent-only' | 'never';

/** What went wrong in one attempt, reduced to what the rule needs. */
export type Fault =
  /** `retryAfter`: the answer carries a Retry-After the client can read (an empty or garbled one is none). */
  | { readonly kind: 'status'; readonly status: number; readonly retryAfter: boolean }
  | { readonly kind: 'connection'; readonly requestSent: boolean; readonly permanent?: boolean }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'abort' }
  | { readonly kind: 'other' };

/** The table above, as code. */
export function repeatable(fault: Fault): Repeatable {
  switch (fault.kind) {
    case 'status':
      if (!RETRYABLE_STATUSES.has(fault.status)) return 'never';
      if (fault.status === 429 || (fault.status === 503 && fault.retryAfter)) return 'any-method';
      return 'idempotent-only';
    case 'connection':
      if (fault.permanent) return 'never';
      return fault.requestSent ? 'idempotent-only' : 'any-method';
    case 'timeout':
      return 'idempotent-only';
    case 'abort':
    case 'other':
      return 'never';
  }
}

/**
 * True when the API turned the request away before any work and said so (429, or 503 with
 * Retry-After): the account is over a limit, so the whole client waits, not only this call.
 */
export function isDeclined(fault: Fault): boolean {
  return fault.kind === 'status' && repeatable(fault) === 'any-method';
}

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/** Whether `method` may be sent again after `fault`, retries and time permitting. */
export function maySendAgain(method: string, fault: Fault): boolean {
  const rule = repeatable(fault);
  return rule === 'any-method' || (rule === 'idempotent-only' && isIdempotent(method));
}

/** True when a write failed in a way that leaves it unknown whether ChartMogul applied it. */
export function mayHaveBeenApplied(method: string, fault: Fault): boolean {
  return repeatable(fault) === 'idempotent-only' && !isIdempotent(method);
}

export function faultOf(error: unknown): Fault {
  if (error instanceof UserAbortError) return { kind: 'abort' };
  if (error instanceof TimeoutError) return { kind: 'timeout' };
  if (error instanceof ConnectionError) return { kind: 'connection', requestSent: error.requestSent, permanent: error.permanent };
  if (error instanceof APIError && (error.status < 200 || error.status >= 300)) {
    return { kind: 'status', status: error.status, retryAfter: hasReadableRetryAfter(error.headers) };
  }
  return { kind: 'other' };
}

export interface RetryContext {
  readonly method: string;
  /** What the failed attempt threw. */
  readonly error: unknown;
  /** Retries already made for this call (0 after the first attempt). */
  readonly retries: number;
  readonly maxRetries: number;
  /** Time since the first attempt began. */
  readonly elapsedMs: number;
  /** The total time a call may spend, retries included; no retry starts beyond it. */
  readonly budgetMs: number;
  /** Wall-clock time, to read a Retry-After date. */
  readonly now: number;
  /** Uniform in [0, 1): the jitter. */
  readonly random: () => number;
}

export type GiveUpReason =
  /** The caller aborted. */
  | 'aborted'
  /** Not a transient failure: retrying cannot help. */
  | 'final'
  /** A write that may have been applied: repeating it could duplicate it. */
  | 'unsafe'
  | 'retries-exhausted'
  | 'retry-after-too-long'
  | 'over-budget';

export type RetryDecision =
  | { readonly retry: true; readonly delayMs: number; readonly fromRetryAfter: boolean }
  | { readonly retry: false; readonly reason: GiveUpReason; readonly delayMs?: number };

/** Decides, after a failed attempt, whether to try again and after how long. Pure: time and randomness come in. */
export function decideRetry(context: RetryContext): RetryDecision {
  const fault = faultOf(context.error);
  if (fault.kind === 'abort') return { retry: false, reason: 'aborted' };
  if (repeatable(fault) === 'never') return { retry: false, reason: 'final' };
  if (!maySendAgain(context.method, fault)) return { retry: false, reason: 'unsafe' };
  if (context.retries >= context.maxRetries) return { retry: false, reason: 'retries-exhausted' };
  const retryAfter =
    context.error instanceof APIError ? parseRetryAfter(context.error.headers.get('retry-after'), context.now) : undefined;
  if (retryAfter !== undefined && retryAfter > RETRY_AFTER_CAP_MS) {
    return { retry: false, reason: 'retry-after-too-long', delayMs: retryAfter };
  }
  const delayMs = retryAfter ?? backoffDelay(context.retries, context.random);
  if (context.elapsedMs + delayMs > context.budgetMs) return { retry: false, reason: 'over-budget', delayMs };
  return { retry: true, delayMs, fromRetryAfter: retryAfter !== undefined };
}

/** Exponential backoff with full jitter (AWS architecture blog, 2015): spreads the retries of many clients apart. */
export function backoffDelay(retries: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** retries);
  return Math.floor(random() * ceiling);
}
