/**
 * The ranges settings are checked against, at construction and per call. Each upper bound is where
 * something underneath breaks, not a matter of taste.
 */

/** The longest delay a timer takes: `setTimeout` holds a signed 32-bit count, and beyond it fires after ~1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The largest `maxResponseBytes`: 256 MiB of text stays far from V8's string limit (~512 M characters). */
export const MAX_RESPONSE_BYTES_CEILING = 256 * 1024 * 1024;

/** The largest `rateLimit` value short of `Infinity`: beyond a million a second, a limit is no limit. */
export const MAX_RATE_LIMIT = 1_000_000;

