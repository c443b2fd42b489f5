import { basicAuthorization } from '../auth/basic-auth.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { checkLogger, createLog, DEFAULT_LOG_LEVEL, type Log, parseLogLevel } from '../logging/logger.js';
import { DEFAULT_BASE_URL, normalizeBaseURL } from './base-url.js';
import type { ClientOptions, RuntimeDefaults } from './options.js';
import { checkSetting } from './ranges.js';
import { checkedHeaders } from '../request/headers.js';
import { type ResolvedRateLimit, resolveRateLimit } from './rate-limit.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../errors/response-too-large-error.js';

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
  readonly rateLimit: ResolvedRateLimit | false;
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
    timeout: checkSetting('timeout', options.timeout ?? DEFAULT_TIMEOUT_MS),
    maxRetries: checkSetting('maxRetries', options.maxRetries ?? DEFAULT_MAX_RETRIES),
    retryBudget: checkSetting('retryBudget', options.retryBudget ?? DEFAULT_RETRY_BUDGET_MS),
    maxResponseBytes: checkSetting('maxResponseBytes', options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES),
    rateLimit: resolveRateLimit(options.rateLimit),
    log: createLog(checkLogger(options.logger), resolveLogLevel(options, runtime)),
    fetch: options.fetch ?? globalFetch,
    // Checked once here: a header that cannot be sent fails the constructor, not every call.
    defaultHeaders: checkedHeaders(options.defaultHeaders, (message) => new ConfigurationError(`defaultHeaders: ${message}`)),
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
      throw new ConfigurationError('Pass apiKey or the legacy accountToken/secretKey, not both.');
    }
    if (accountToken !== secretKey) {
      throw new ConfigurationError('accountToken and secretKey differ: ChartMogul has one API key for both now; pass it as { apiKey }.');
    }
    return checkKey(accountToken);
  }
  const key = apiKey ?? nonEmpty(runtime.readEnv('CHARTMOGUL_API_KEY'));
  if (key === undefined || key === '') {
    throw new ConfigurationError(`No ChartMogul API key. ${runtime.apiKeyHint} (It is under Profile > API keys in ChartMogul.)`);
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
    throw new ConfigurationError('The API key holds a lone surrogate; check how it was copied.');
  }
  return key;
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
      'The API key opens your whole account: call ChartMogul from a server, not a browser (or pass { dangerouslyAllowBrowser: true }).',
    );
  }
}
