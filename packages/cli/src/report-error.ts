import { APIError, ConfigurationError, ConnectionError, InvalidParameterError } from '@chartmogul-kit/node';
import { UsageError } from './usage-error.js';

export const EXIT_OK = 0;
/** The API answered with an error, or could not be reached. */
export const EXIT_API_ERROR = 1;
/** The command line was wrong; nothing was sent. */
export const EXIT_USAGE = 2;
/** Stopped by Ctrl-C (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;
/** An import stopped because its output was closed (128 + SIGPIPE, as shells report a writer a pipe ended). */
export const EXIT_OUTPUT_CLOSED = 141;

/**
 * Prints an error for a person and says which exit code it earns. `print` is stderr's print
 * view (see main.ts), which cuts the key out of every message whatever produced it; a usage
 * error, which quotes what was typed, also goes through `hideArguments`, which hides the
 * arguments that may be a key typed in the wrong place.
 */
export function reportError(error: unknown, helpCommand: string, print: (text: string) => void, hideArguments: (text: string) => string): number {
  const say = (text: string) => print(`${text}\n`);
  if (error instanceof UsageError) {
    say(hideArguments(`chartmogul: ${error.message}\nRun "${helpCommand} --help" for usage.`));
    return EXIT_USAGE;
  }
  if (error instanceof ConfigurationError || error instanceof InvalidParameterError) {
    say(hideArguments(`chartmogul: ${error.message}`));
    return EXIT_USAGE;
  }
  if (error instanceof APIError) {
    const hint =
      error.status === 401 ? '\nCheck the API key (CHARTMOGUL_API_KEY): it is missing a character, revoked, or of another account.' : '';
    const request = error.requestId ? ` (request id ${error.requestId})` : '';
    say(`chartmogul: error ${error.status}: ${error.message}${request}${hint}`);
    return EXIT_API_ERROR;
  }
  if (error instanceof ConnectionError) {
    say(`chartmogul: ${error.name}: ${error.message}\nIs the API reachable at the base URL (--base-url, CHARTMOGUL_API_BASE)?`);
    return EXIT_API_ERROR;
  }
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  say(`chartmogul: unexpected error: ${text}`);
  return EXIT_API_ERROR;
}
