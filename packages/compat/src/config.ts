import { envApiBase } from './env-api-base.js';
import { configurationError } from './errors.js';
import { VERSION } from './version.js';

const API_BASE = 'https://api.chartmogul.com';

/** A second argument that reads as a URL is the API base; anything else is the legacy secret key. */
const LOOKS_LIKE_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * `new Config(apiKey)`, `new Config(apiKey, apiBase)`, or the legacy `new Config(accountToken, secretKey)`
 * that ChartMogul's docs still show. chartmogul-node 3.12.3 silently takes that secret key as the
 * API base URL; here, when both halves are the same key (as ChartMogul tells users since 2021) it is
 * the key, and when they differ construction fails with a `ConfigurationError` saying why. Without
 * an `apiBase`, `CHARTMOGUL_API_BASE` from the environment is used when set, else https://api.chartmogul.com.
 */
export class Config {
  /**
   * The key, in a private field: no property holds it, so neither `JSON.stringify(config)` nor
   * `util.inspect(config, { showHidden: true })` can show it. `apiKey` is an accessor for it.
   */
  #apiKey: string;
  apiBase: string;
  /**
   * How many times a failed request may be retried: the kit's bounded, write-safe retries (see the
   * README), with this as the maximum count. `undefined` keeps the kit's default (2).
   */
  retries?: number;

  constructor(apiKey: string, apiBase?: string) {
    this.#apiKey = apiKey;
    this.apiBase = envApiBase() ?? API_BASE;
    if (apiBase === undefined || apiBase === null || apiBase === '') return;
    if (LOOKS_LIKE_URL.test(apiBase)) {
      this.apiBase = apiBase;
    } else if (apiBase !== apiKey) {
      throw configurationError(
        'new Config(accountToken, secretKey) got two different values. Since October 2021 ChartMogul uses one API key ' +
          'for both: pass it as new Config(apiKey) (find it under Profile > API keys in ChartMogul). ' +
          'A second argument is otherwise the API base URL, e.g. https://api.chartmogul.com.',
      );
    }
  }

  get apiKey(): string {
    return this.#apiKey;
  }

  set apiKey(apiKey: string) {
    this.#apiKey = apiKey;
  }

  getApiKey(): string {
    return this.#apiKey;
  }

  /** What `util.inspect` and `console.log` show in Node (Deno and Bun read the same symbol): the base, never the key. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    const retries = this.retries === undefined ? '' : `, retries: ${this.retries}`;
    return `Config { apiBase: ${JSON.stringify(this.apiBase)}${retries}, apiKey: '[redacted]' }`;
  }

  /** The version of chartmogul-node whose API this package keeps. */
  get VERSION(): string {
    return VERSION;
  }

  get API_BASE(): string {
    return this.apiBase;
  }
}
