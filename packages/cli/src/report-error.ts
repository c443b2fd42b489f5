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

const MIN_REDACTED_LENGTH = 8;

/**
 * Prints an error for a person (stderr) and says which exit code it earns. The key is cut out
 * of every message, whatever produced it.
 */
export function reportError(error: unknown, helpCommand: string, apiKey: string | undefined, print: (text: string) => void): number {
  // Belt and braces: core never puts the key in a message. A key too short to be real (a test's
  // "k") is left alone, or every "k" of the message would go.
  const redact = (text: string) => (apiKey && apiKey.length >= MIN_REDACTED_LENGTH ? text.split(apiKey).join('[redacted]') : text);
  const say = (text: string) => print(`${redact(text)}\n`);
  if (error instanceof UsageError) {
    say(`chartmogul: ${error.message}\nRun "${helpCommand} --help" for usage.`);
    return EXIT_USAGE;
  }
  if (error instanceof ConfigurationError || error instanceof InvalidParameterError) {
    say(`chartmogul: ${error.message}`);
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
