import { describe, expect, it } from 'vitest';
import {
  APIError,
  BadRequestError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
  UserAbortError,
} from '../../src/index.js';
import {
  BACKOFF_BASE_MS,
  BACKOFF_MAX_MS,
  backoffDelay,
  decideRetry,
  RETRY_AFTER_CAP_MS,
  type RetryContext,
} from '../../src/pipeline/retry-policy.js';
import { apiErrorClassFor } from '../../src/errors/status-errors.js';

const METHODS = ['GET', 'PUT', 'DELETE', 'POST', 'PATCH'] as const;
type Method = (typeof METHODS)[number];

function statusError(status: number, method: Method, headers: Record<string, string> = {}): APIError {
  const ErrorClass = apiErrorClassFor(status);
  return new ErrorClass({ status, headers: new Headers(headers), body: { message: 'x' }, method, path: '/v1/x' });
}

/**
 * The rule of RELIABILITY.md, written out independently of the implementation: for each fault,
 * the methods that may be sent again. Every cell is a test.
 */
const RULE: { fault: string; error: (method: Method) => unknown; retried: readonly Method[] }[] = [
  { fault: '429', error: (m) => statusError(429, m), retried: METHODS },
  { fault: '429 with Retry-After', error: (m) => statusError(429, m, { 'retry-after': '1' }), retried: METHODS },
  { fault: '503 with Retry-After', error: (m) => statusError(503, m, { 'retry-after': '1' }), retried: METHODS },
  { fault: '503 without Retry-After', error: (m) => statusError(503, m), retried: ['GET', 'PUT', 'DELETE'] },
  { fault: '503 with Retry-After as a date', error: (m) => statusError(503, m, { 'retry-after': new Date(30_000).toUTCString() }), retried: METHODS },
  // Only a Retry-After that can be read says "come back then": present but unreadable is a bare 503.
  ...['', ' ', 'soon', '-1', '1e3', 'Thursday', '12abc'].flatMap((value) => [
    { fault: `503 with Retry-After ${JSON.stringify(value)}`, error: (m: Method) => statusError(503, m, { 'retry-after': value }), retried: ['GET', 'PUT', 'DELETE'] as const },
    { fault: `429 with Retry-After ${JSON.stringify(value)}`, error: (m: Method) => statusError(429, m, { 'retry-after': value }), retried: METHODS },
  ]),
  ...[500, 502, 504, 520, 524].map((status) => ({
    fault: String(status),
    error: (m: Method) => statusError(status, m),
    retried: ['GET', 'PUT', 'DELETE'] as const,
  })),
  {
    fault: 'connection refused (nothing sent)',
    error: () => new ConnectionError('refused', { code: 'ECONNREFUSED', requestSent: false }),
    retried: METHODS,
  },
  {
    fault: 'connection reset (maybe sent)',
    error: () => new ConnectionError('reset', { code: 'ECONNRESET', requestSent: true }),
    retried: ['GET', 'PUT', 'DELETE'],
  },
  { fault: 'timeout', error: () => new TimeoutError('slow'), retried: ['GET', 'PUT', 'DELETE'] },
  { fault: 'user abort', error: () => new UserAbortError('stop'), retried: [] },
  ...[301, 302, 400, 401, 403, 404, 409, 422, 501, 505].map((status) => ({
    fault: String(status),
    error: (m: Method) => statusError(status, m),
    retried: [] as const,
  })),
  {
    fault: '200 with a body that is not JSON',
    error: (m: Method) => new APIError({ status: 200, headers: new Headers(), body: '{"da', method: m, path: '/v1/x', invalidBody: true }),
    retried: [],
  },
  { fault: 'a non-SDK error', error: () => new TypeError('bug'), retried: [] },
];

function context(error: unknown, method: Method, overrides: Partial<RetryContext> = {}): RetryContext {
  return { method, error, retries: 0, maxRetries: 2, elapsedMs: 0, budgetMs: 60_000, now: 0, random: () => 0.5, ...overrides };
}

describe('which faults are retried, per method', () => {
  for (const row of RULE) {
    for (const method of METHODS) {
      const expected = row.retried.includes(method);
      it(`${row.fault} after ${method}: ${expected ? 'retried' : 'not retried'}`, () => {
        const decision = decideRetry(context(row.error(method), method));
        expect(decision.retry).toBe(expected);
        if (!decision.retry) {
          const reason = row.fault === 'user abort' ? 'aborted' : row.retried.length > 0 ? 'unsafe' : 'final';
          expect(decision.reason).toBe(reason);
        }
      });
    }
  }
});

describe('how long to wait, and when to stop', () => {
  it('stops after maxRetries', () => {
    const error = statusError(503, 'GET');
    expect(decideRetry(context(error, 'GET', { retries: 1, maxRetries: 2 })).retry).toBe(true);
    expect(decideRetry(context(error, 'GET', { retries: 2, maxRetries: 2 }))).toEqual({ retry: false, reason: 'retries-exhausted' });
    expect(decideRetry(context(error, 'GET', { retries: 0, maxRetries: 0 }))).toEqual({ retry: false, reason: 'retries-exhausted' });
  });

  it('waits what Retry-After says in seconds', () => {
    const decision = decideRetry(context(statusError(429, 'POST', { 'retry-after': '3' }), 'POST'));
    expect(decision).toEqual({ retry: true, delayMs: 3000, fromRetryAfter: true });
  });

  it('waits until the HTTP date of Retry-After', () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    const at = new Date(now + 7000).toUTCString();
    const decision = decideRetry(context(statusError(503, 'GET', { 'retry-after': at }), 'GET', { now }));
    expect(decision).toEqual({ retry: true, delayMs: 7000, fromRetryAfter: true });
  });

  it('retries at once when the Retry-After date has passed, or says 0', () => {
    const now = Date.UTC(2026, 0, 1);
    const past = new Date(now - 5000).toUTCString();
    expect(decideRetry(context(statusError(429, 'GET', { 'retry-after': past }), 'GET', { now }))).toMatchObject({ retry: true, delayMs: 0 });
    expect(decideRetry(context(statusError(429, 'GET', { 'retry-after': '0' }), 'GET'))).toMatchObject({ retry: true, delayMs: 0 });
  });

  it('gives up at once, instead of sleeping, when Retry-After is beyond the cap', () => {
    const seconds = RETRY_AFTER_CAP_MS / 1000 + 1;
    const decision = decideRetry(context(statusError(429, 'GET', { 'retry-after': String(seconds) }), 'GET', { budgetMs: 10 * RETRY_AFTER_CAP_MS }));
    expect(decision).toEqual({ retry: false, reason: 'retry-after-too-long', delayMs: seconds * 1000 });
  });

  it('gives up when the wait would run past the time budget', () => {
    const error = statusError(429, 'GET', { 'retry-after': '5' });
    expect(decideRetry(context(error, 'GET', { elapsedMs: 5_000, budgetMs: 10_000 })).retry).toBe(true);
    expect(decideRetry(context(error, 'GET', { elapsedMs: 5_001, budgetMs: 10_000 }))).toEqual({ retry: false, reason: 'over-budget', delayMs: 5000 });
    const backoff = decideRetry(context(statusError(500, 'GET'), 'GET', { elapsedMs: 1_000, budgetMs: 1_000, random: () => 0.5 }));
    expect(backoff).toEqual({ retry: false, reason: 'over-budget', delayMs: BACKOFF_BASE_MS / 2 });
  });

  it('backs off with full jitter when there is no Retry-After, or an unreadable one', () => {
    for (const headers of [{}, { 'retry-after': 'soon' }, { 'retry-after': '-1' }] as Record<string, string>[]) {
      const decision = decideRetry(context(statusError(502, 'GET', headers), 'GET', { retries: 1, random: () => 0.25 }));
      expect(decision).toEqual({ retry: true, delayMs: (BACKOFF_BASE_MS * 2) / 4, fromRetryAfter: false });
    }
  });

  it('draws the backoff uniformly below a ceiling that doubles per retry up to BACKOFF_MAX_MS', () => {
    const ceilings = [0, 1, 2, 3, 4, 5, 10].map((retries) => backoffDelay(retries, () => 0.999_999) + 1);
    expect(ceilings).toEqual([500, 1000, 2000, 4000, BACKOFF_MAX_MS, BACKOFF_MAX_MS, BACKOFF_MAX_MS]);
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(backoffDelay(2, () => 0.5)).toBe(1000);
  });
});

describe('the error classes the table is read from', () => {
  it('are the status classes', () => {
    expect(statusError(429, 'GET')).toBeInstanceOf(RateLimitError);
    expect(statusError(502, 'GET')).toBeInstanceOf(InternalServerError);
    expect(statusError(404, 'GET')).toBeInstanceOf(NotFoundError);
    expect(statusError(400, 'GET')).toBeInstanceOf(BadRequestError);
  });
});
