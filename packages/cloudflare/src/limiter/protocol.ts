import type { Admission } from '@chartmogul-kit/core';
import type { LimiterAsk } from './account-limiter.js';

/**
 * What the store and the Durable Object say to each other, one `fetch` each way. JSON has no
 * `Infinity`, so a lifted limit travels as `null`. Both ends check what they receive: the object
 * answers 400 to a malformed ask, and the store rejects a malformed answer instead of guessing.
 */
export const LIMITER_URL = 'https://chartmogul-limiter.invalid';
export const ADMIT_PATH = '/admit';
export const RELEASE_PATH = '/release';

/** The longest a window or a lease may be: the object never holds a slot longer than this. */
const MAX_SPAN_MS = 3_600_000;

export function encodeAsk(ask: LimiterAsk): string {
  const finiteOrNull = (n: number) => (Number.isFinite(n) ? n : null);
  return JSON.stringify({
    maxConcurrency: finiteOrNull(ask.maxConcurrency),
    maxRequestsPerSecond: finiteOrNull(ask.maxRequestsPerSecond),
    windowMs: ask.windowMs,
    leaseMs: ask.leaseMs,
  });
}

/** The ask in `body`, or what is wrong with it. */
export function parseAsk(body: unknown): LimiterAsk | string {
  if (typeof body !== 'object' || body === null) return 'the body must be a JSON object';
  const { maxConcurrency, maxRequestsPerSecond, windowMs, leaseMs } = body as Record<string, unknown>;
  const limit = (name: string, value: unknown): number | string =>
    value === null
      ? Number.POSITIVE_INFINITY
      : Number.isInteger(value) && (value as number) >= 1
        ? (value as number)
        : `${name} must be a whole number from 1, or null`;
  const span = (name: string, value: unknown): number | string =>
    typeof value === 'number' && value > 0 && value <= MAX_SPAN_MS
      ? value
      : `${name} must be a number of milliseconds from 1 to ${MAX_SPAN_MS}`;
  const parsed = {
    maxConcurrency: limit('maxConcurrency', maxConcurrency),
    maxRequestsPerSecond: limit('maxRequestsPerSecond', maxRequestsPerSecond),
    windowMs: span('windowMs', windowMs),
    leaseMs: span('leaseMs', leaseMs),
  };
  const problem = Object.values(parsed).find((value) => typeof value === 'string');
  return typeof problem === 'string' ? problem : (parsed as LimiterAsk);
}

/** The lease id in a release's body, or undefined. */
export function parseRelease(body: unknown): string | undefined {
  const leaseId = (body as { leaseId?: unknown } | null)?.leaseId;
  return typeof leaseId === 'string' && leaseId.length > 0 && leaseId.length <= 100 ? leaseId : undefined;
}

/** The object's answer to an admission, or undefined when it is not one. */
export function parseAnswer(body: unknown): Admission | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { admitted, leaseId, retryInMs } = body as Record<string, unknown>;
  if (admitted === true && typeof leaseId === 'string' && leaseId.length > 0) return { admitted, leaseId };
  if (admitted === false && typeof retryInMs === 'number' && retryInMs >= 0 && retryInMs <= MAX_SPAN_MS)
    return { admitted, retryInMs };
  return undefined;
}
