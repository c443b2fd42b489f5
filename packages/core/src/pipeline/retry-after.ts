/**
 * Reads a `Retry-After` header (RFC 9110 §10.2.3): either delay-seconds (`"2"`) or an HTTP date
 * (`"Wed, 21 Oct 2026 07:28:00 GMT"`). Returns milliseconds from `now`, 0 for a date in the past,
 * or `undefined` when the header is absent or unreadable (then the caller backs off on its own).
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
  // Only a date with a weekday or a month name: Date.parse also accepts "12" or "-1", which are not dates here.
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Whether the answer says when to come back in a form the client can read. Only then does a 503
 * mean "declined, not worked on" (see retry-policy.ts): an empty or garbled `Retry-After` is no
 * such promise, and the 503 counts as a bare one.
 */
export function hasReadableRetryAfter(headers: Headers): boolean {
  return parseRetryAfter(headers.get('retry-after'), 0) !== undefined;
}
