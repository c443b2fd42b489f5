import { basicAuthorization } from '../auth/basic-auth.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { checkLogger, createLog, DEFAULT_LOG_LEVEL, type Log, parseLogLevel } from '../logging/logger.js';
import { DEFAULT_BASE_URL, normalizeBaseURL } from './base-url.js';
import type { ClientOptions, RuntimeDefaults } from './options.js';
import { MAX_RESPONSE_BYTES_CEILING, MAX_TIMER_MS } from './ranges.js';
import { resolveRateLimit } from './rate-limit.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../errors/response-too-large-error.js';
import type { SchedulerLimits } from '../scheduler/scheduler.js';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_RETRY_BUDGET_MS = 60_000;

/** Everything a request needs, settled once. Holds the credentials: never log or serialise it. */
export interface ResolvedConfig {
  readonly authorization: string;
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly retryBudget: number;
  readonly maxResponseBytes: number;
  /** The client-wide limits, or `false` when off. */
  readonly rateLimit: SchedulerLimits | false;
  readonly log: Log;
  readonly fetch: typeof fetch;
  readonly defaultHeaders: Readonly<Record<string, string>>;
}

export function resolveConfig(options: ClientOptions, runtime: RuntimeDefaults): ResolvedConfig {
  refuseBrowser(options);
  const apiKey = resolveApiKey(options, runtime);
  const baseURL = normalizeBaseURL(options.baseURL ?? nonEmpty(runtime.readEnv('CHARTMOGUL_API_BASE')) ?? DEFAULT_BASE_URL);
  return {
    authorization: basicAuthorization(apiKey),
    baseURL,
    timeout: checkCount('timeout', options.timeout ?? DEFAULT_TIMEOUT_MS, 1, MAX_TIMER_MS),
    maxRetries: checkCount('maxRetries', options.maxRetries ?? DEFAULT_MAX_RETRIES, 0),
    retryBudget: checkCount('retryBudget', options.retryBudget ?? DEFAULT_RETRY_BUDGET_MS, 0, MAX_TIMER_MS),
    maxResponseBytes: checkCount('maxResponseBytes', options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, 1, MAX_RESPONSE_BYTES_CEILING),
    rateLimit: resolveRateLimit(options.rateLimit),
    log: createLog(checkLogger(options.logger), resolveLogLevel(options, runtime)),
    fetch: options.fetch ?? globalFetch,
    defaultHeaders: { ...options.defaultHeaders },
  };
}

/**
 * The runtime's own `fetch`, looked up at each call rather than captured: a fetch patched
 * later (msw, a tracing agent) is still used, and workerd never sees `fetch` called
 * with a foreign `this` ("Illegal invocation").
 */
const globalFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

function resolveApiKey(options: ClientOptions, runtime: RuntimeDefaults): string {
  const { apiKey, accountToken, secretKey } = options;
  if (accountToken !== undefined || secretKey !== undefined) {
    if (apiKey !== undefined) {
      throw new ConfigurationError('Pass either apiKey or the legacy accountToken/secretKey pair, not both.');
    }
    if (accountToken !== secretKey) {
      throw new ConfigurationError(
        'accountToken and secretKey differ. Since October 2021 ChartMogul uses one API key for both; ' +
          'pass it as { apiKey } (find it under Profile > API keys in ChartMogul).',
      );
    }
    return checkKey(accountToken);
  }
  const key = apiKey ?? nonEmpty(runtime.readEnv('CHARTMOGUL_API_KEY'));
  if (key === undefined || key === '') {
    throw new ConfigurationError(
      `No ChartMogul API key. ${runtime.apiKeyHint} (Find the key under Profile > API keys in ChartMogul.)`,
    );
  }
  return checkKey(key);
}

function checkKey(key: unknown): string {
  if (typeof key !== 'string' || key === '') {
    throw new ConfigurationError('The API key must be a non-empty string.');
  }
  if (key.trim() !== key) {
    throw new ConfigurationError('The API key starts or ends with white space; check how it was copied.');
  }
  // UTF-8 would turn a lone surrogate into U+FFFD: the header would carry another key than the one given.
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(key)) {
    throw new ConfigurationError('The API key holds a broken character (a lone UTF-16 surrogate); check how it was copied.');
  }
  return key;
}

export function checkCount(name: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new ConfigurationError(`${name} must be a number from ${min} to ${max}, not ${describeValue(value)}.`);
  }
  return value;
}

/** Numbers are shown; anything else only by its type, since a misplaced argument could be the key. */
export function describeValue(value: unknown): string {
  return typeof value === 'number' ? String(value) : value === null ? 'null' : `a ${typeof value}`;
}

function resolveLogLevel(options: ClientOptions, runtime: RuntimeDefaults) {
  if (options.logLevel !== undefined) return parseLogLevel(options.logLevel, 'logLevel');
  const fromEnv = nonEmpty(runtime.readEnv('CHARTMOGUL_LOG'));
  return fromEnv === undefined ? DEFAULT_LOG_LEVEL : parseLogLevel(fromEnv, 'CHARTMOGUL_LOG');
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function refuseBrowser(options: ClientOptions): void {
  const g = globalThis as { window?: unknown; document?: unknown };
  if (g.window !== undefined && g.document !== undefined && !options.dangerouslyAllowBrowser) {
    throw new ConfigurationError(
      'The ChartMogul API key opens your whole account, so this client refuses to run in a browser. ' +
        'Call ChartMogul from your server; if you really must, pass { dangerouslyAllowBrowser: true }.',
    );
  }
}
