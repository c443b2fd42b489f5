import { ConfigurationError } from '../errors/configuration-error.js';

/** Where log lines go: `console` by default, or any object with these methods (pino, winston, ...). */
export interface Logger {
  debug(message: string, ...data: unknown[]): void;
  info(message: string, ...data: unknown[]): void;
  warn(message: string, ...data: unknown[]): void;
  error(message: string, ...data: unknown[]): void;
}

/**
 * How much the client says. `warn` (the default) is silent while requests succeed, even after
 * retries:
 * - `error`: a write failed in a way that leaves it unknown whether ChartMogul applied it.
 * - `warn`: a request failed on a transient fault and was not (or no longer) retried.
 * - `info`: every attempt (method, path, status, duration) and every retry with its delay.
 * - `debug`: also each request as sent, headers included with credentials redacted.
 */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

export const DEFAULT_LOG_LEVEL: LogLevel = 'warn';
const LEVELS: readonly LogLevel[] = ['off', 'error', 'warn', 'info', 'debug'];

/** A logger with its level applied: calls below the level do nothing. */
export interface Log {
  readonly level: LogLevel;
  error(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  debug(message: string, data?: Record<string, unknown>): void;
}

export function createLog(logger: Logger | undefined, level: LogLevel): Log {
  const rank = LEVELS.indexOf(level);
  // The console is looked up when a line is written, not at construction, so a console patched later is used.
  const target = (): Logger => logger ?? globalThis.console;
  const at =
    (name: Exclude<LogLevel, 'off'>) =>
    (message: string, data?: Record<string, unknown>): void => {
      if (LEVELS.indexOf(name) > rank) return;
      if (data === undefined) target()[name](message);
      else target()[name](message, data);
    };
  return { level, error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}

export const silentLog: Log = createLog(undefined, 'off');

/** Reads a level from the `logLevel` option or the CHARTMOGUL_LOG variable; anything else is a ConfigurationError. */
export function parseLogLevel(value: unknown, source: string): LogLevel {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (LEVELS.includes(text as LogLevel)) return text as LogLevel;
  throw new ConfigurationError(`${source} must be one of ${LEVELS.join(', ')}; got ${JSON.stringify(String(value))}.`);
}

export function checkLogger(logger: unknown): Logger | undefined {
  if (logger === undefined) return undefined;
  const methods = ['debug', 'info', 'warn', 'error'] as const;
  if (logger === null || typeof logger !== 'object' || methods.some((m) => typeof (logger as Logger)[m] !== 'function')) {
    throw new ConfigurationError('logger must be an object with debug, info, warn and error methods (console is one).');
  }
  return logger as Logger;
}
