import type { Log, Logger, LogLevel } from '../logging/logger.js';
import type { ParamCheck } from '../params/param-check.js';
import type { Hooks } from '../pipeline/hooks.js';
import type { LimiterStore } from '../scheduler/limiter-store.js';
import type { Transport } from '../transport/transport.js';
import type { TransportOptions } from './proxy.js';

/** Options of a client, given once at construction. */
export interface ClientOptions {
  /** Your ChartMogul API key. Defaults to `CHARTMOGUL_API_KEY` where the runtime has an environment. */
  apiKey?: string;
  /**
   * @deprecated Older ChartMogul libraries took an account token and a secret key; since 2021 both
   * are the same API key. Pass `apiKey` instead. Accepted only when equal to `secretKey`.
   */
  accountToken?: string;
  /** @deprecated See `accountToken`. */
  secretKey?: string;
  /** Defaults to `CHARTMOGUL_API_BASE`, else `https://api.chartmogul.com`. Must be https, or http to a loopback host. */
  baseURL?: string;
  /** Milliseconds one attempt may take before a `TimeoutError`. Default 30 000; at most 2^31-1 (a timer's limit). */
  timeout?: number;
  /**
   * How many times a failed request may be retried. Default 2. Only faults that cannot duplicate a
   * write are retried (see RELIABILITY.md): a POST that got a 500 is never sent twice.
   */
  maxRetries?: number;
  /**
   * Milliseconds a call may spend, first attempt included, before no further retry is started. Default 60 000;
   * at most 2^31-1.
   * An attempt already under way still runs to its own `timeout`.
   */
  retryBudget?: number;
  /**
   * The largest answer body accepted, in bytes after decompression, counted as it arrives. Past it
   * the request is aborted with a `ResponseTooLargeError` (not retried). Default 32 MiB; at most 256 MiB.
   */
  maxResponseBytes?: number;
  /**
   * How fast this client sends. By default at most 20 requests in flight and 40 started per
   * second: ChartMogul's limits per account, so that `Promise.all` over thousands of calls queues
   * them instead of meeting 429s and 503s. A 429 that still arrives (another program uses the
   * same account) holds every request of this client for its Retry-After, not only the one.
   * Limits count per client: share one client. `false` sends every call at once.
   */
  rateLimit?: RateLimitOptions | false;
  /** Where log lines go. Default `console`. Lines never hold the key or the Authorization header. */
  logger?: Logger;
  /** `off`, `error`, `warn` (default), `info` or `debug`. Defaults to `CHARTMOGUL_LOG` where the runtime has an environment. */
  logLevel?: LogLevel;
  /**
   * A `fetch` to send every request with (a proxy, a test double). Without it the runtime
   * package's transport is used: keep-alive node:http on Node, the runtime's `fetch` elsewhere.
   */
  fetch?: typeof fetch;
  /**
   * What sends each attempt, in place of `fetch`: `createOfetchTransport($fetch)` from
   * `@chartmogul-kit/core/ofetch` sends through an ofetch instance and its interceptors (Nuxt,
   * Nitro). Retries, timeouts, redirects and errors stay the client's. Not together with `fetch`.
   */
  transport?: Transport;
  /**
   * The HTTP(S) proxy to send through, e.g. `http://user:pass@proxy.example.com:3128`, or `false`
   * to go direct. Without it the runtime decides: Node uses the proxy Node itself uses
   * (`NODE_USE_ENV_PROXY=1` or `--use-env-proxy` with `HTTPS_PROXY`/`NO_PROXY`), Deno and Bun read
   * `HTTPS_PROXY` themselves. Applies to the runtime's own transport, so not with `fetch` or
   * `transport`; Cloudflare Workers and edge runtimes have no proxy. See docs/proxy.md.
   */
  proxy?: string | false;
  /** Headers sent with every request. `Authorization` cannot be overridden here. */
  defaultHeaders?: Record<string, string>;
  /**
   * A param name its operation does not declare (`{ emial }`, `{ per_pag: 5 }`: ChartMogul ignores
   * such fields in silence) is logged as a warning, once per operation and name, with the closest
   * known name. `true` makes it an `InvalidParameterError` before anything is sent. TypeScript
   * refuses such names at compile time already. On Node, Bun and Deno; the Workers build leaves
   * the field lists out to stay small, and checks nothing.
   */
  strictParams?: boolean;
  /** Callbacks told of every attempt, for tracing and metrics (see docs/opentelemetry.md). */
  hooks?: Hooks;
  /** The key opens the whole account: a browser page must not hold it. Set only if you know why. */
  dangerouslyAllowBrowser?: boolean;
}

/** The limits of `rateLimit`; a missing one keeps ChartMogul's default. `Infinity` lifts one. */
export interface RateLimitOptions {
  /** Requests in flight at once. Default 20 (ChartMogul answers 503 beyond 20 parallel connections). */
  maxConcurrency?: number;
  /** Requests started in any one second. Default 40 (ChartMogul answers 429 beyond 40 per second). */
  maxRequestsPerSecond?: number;
  /**
   * Shares these limits with every process, machine or Worker using the same store and key:
   * `createRedisLimiterStore(redis, { key: 'chartmogul:acme' })`, or a Durable Object on
   * Cloudflare. This client's own limits still apply on top. See docs/scaling.md.
   */
  store?: LimiterStore;
  /** Milliseconds each call to the store may take before it counts as failed. Default 250. */
  storeTimeout?: number;
  /**
   * While the store fails: `'local'` (default) goes on under this client's own limits alone, `'wait'`
   * holds every request until the store answers again. Either way one warning is logged, and the
   * store is asked again every second. Never unlimited.
   */
  onStoreFailure?: 'local' | 'wait';
  /**
   * Milliseconds the store holds a slot for a request that is never released (its process died).
   * Default: the attempt's timeout plus 5 000.
   */
  leaseMs?: number;
}

/** Options of one call, the last argument of every method. */
export interface RequestOptions {
  /** Cancels the call; the promise rejects with `UserAbortError`. */
  signal?: AbortSignal;
  /** Overrides the client's `timeout` for this call. */
  timeout?: number;
  /** Overrides the client's `maxRetries` for this call (0: no retry). */
  maxRetries?: number;
  /** Overrides the client's `retryBudget` for this call. */
  retryBudget?: number;
  /** Overrides the client's `maxResponseBytes` for this call. */
  maxResponseBytes?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /** Hooks for this call, told after the client's own. */
  hooks?: Hooks;
}

/** What `withOptions` changes for every call of the derived client: a call's options but `signal`, and the logger. */
export interface DerivedOptions extends Omit<RequestOptions, 'signal'> {
  logger?: Logger;
  logLevel?: LogLevel;
}

/** What a runtime package supplies: where settings come from on that runtime. Core reads no environment itself. */
export interface RuntimeDefaults {
  /** Reads an environment variable, or `undefined` where the runtime has none. */
  readEnv: (name: string) => string | undefined;
  /** How a user of this runtime sets the key; part of the missing-key message. */
  apiKeyHint: string;
  /**
   * The runtime's own transport, when it has one cheaper than `fetch` (Node: keep-alive
   * node:http) or its `fetch` needs a quirk handled (Deno). Used unless the caller passes
   * `fetch`; without it, the fetch transport over the global `fetch`. It is given the checked
   * `proxy` option; a runtime without it cannot use a proxy.
   */
  createTransport?: (options: TransportOptions) => Transport;
  /** The runtime in the `User-Agent`, `name/version` (`node/20.19.0`); without it, read from `navigator.userAgent` where present. */
  userAgent?: string;
  /** Makes the check of unknown param names (`createParamCheck`); without it, names are not checked (the Workers build). */
  paramCheck?: (log: Log, strict: boolean) => ParamCheck;
}
