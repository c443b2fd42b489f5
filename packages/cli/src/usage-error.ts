/**
 * The command line was used wrongly: unknown command or flag, a missing path parameter, a value
 * of the wrong type. Exit code 2, with the message (and where to find help) on stderr; no request
 * was made.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
