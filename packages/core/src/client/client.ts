import type { ClientOptions, RequestOptions, RuntimeDefaults } from '../config/options.js';
import { type ResolvedConfig, resolveConfig } from '../config/resolve-config.js';
import { operationTree } from '../operations/index.js';
import type { OperationSpec } from '../operations/operation.js';
import type { PageBody } from '../paging/page.js';
import { eitherSignal } from '../paging/either-signal.js';
import { emptyOnNotFound } from '../paging/empty-on-not-found.js';
import { PagePromise } from '../paging/page-promise.js';
import { callSettings } from '../config/call-settings.js';
import { execute } from '../pipeline/execute.js';
import { systemTiming } from '../pipeline/timing.js';
import { buildRequest } from '../request/build-request.js';
import { RequestScheduler } from '../scheduler/scheduler.js';
import { createFetchTransport } from '../transport/fetch-transport.js';
import type { Transport } from '../transport/transport.js';
import { brand, isBranded } from '../brand/brand.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { buildMethods } from './attach-methods.js';
import type { ClientMethods } from './client-types.js';

export interface ChartMogulClient extends ClientMethods<typeof operationTree> {}

/**
 * The client, runtime-neutral. Users construct a runtime package's `ChartMogul`, which only
 * supplies `RuntimeDefaults` (where the key comes from, which fetch).
 *
 * The key lives in a private field and is never enumerable, so `JSON.stringify(client)`,
 * `console.log(client)` and error messages cannot show it.
 */
export class ChartMogulClient {
  readonly #config: ResolvedConfig;
  readonly #transport: Transport;
  readonly #scheduler: RequestScheduler | undefined;

  static {
    brand(ChartMogulClient, 'ChartMogulClient');
  }

  /** `instanceof` holds across copies of this package (its ESM and CommonJS builds in one program). */
  static [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of instanceof, often a subclass.
    return isBranded(this, value);
  }

  constructor(options: ClientOptions | undefined, runtime: RuntimeDefaults) {
    this.#config = resolveConfig(options ?? {}, runtime);
    this.#transport = chooseTransport(options, runtime, this.#config.fetch);
    const { rateLimit } = this.#config;
    this.#scheduler = rateLimit ? new RequestScheduler(rateLimit, { now: () => performance.now(), sleep: systemTiming.sleep }) : undefined;
    Object.assign(
      this,
      buildMethods(operationTree, (operation, pathValues, params, requestOptions) =>
        operation.paging
          ? this.#list(operation, operation.paging.items, pathValues, params, requestOptions)
          : this.#request(operation, pathValues, params, requestOptions),
      ),
    );
  }

  /** The API origin this client talks to. */
  get baseURL(): string {
    return this.#config.baseURL;
  }

  #request(operation: OperationSpec, pathValues: unknown[], params: unknown, options: RequestOptions): Promise<unknown> {
    try {
      const request = buildRequest(operation, pathValues, params, {
        baseURL: this.#config.baseURL,
        authorization: this.#config.authorization,
        defaultHeaders: this.#config.defaultHeaders,
        headers: options.headers,
      });
      return execute(request, {
        transport: this.#transport,
        ...callSettings(this.#config, options),
        signal: options.signal,
        log: this.#config.log,
        scheduler: this.#scheduler,
      });
    } catch (error) {
      return Promise.reject(error);
    }
  }

  #list(
    operation: OperationSpec,
    itemsKey: string,
    pathValues: unknown[],
    params: unknown,
    options: RequestOptions,
  ): PagePromise<PageBody, unknown> {
    const base = (params ?? {}) as Record<string, unknown>;
    return new PagePromise((cursor, stop) => {
      const pageParams = cursor === undefined ? params : { ...base, cursor };
      // A page fetched ahead is cancelled when the caller stops iterating, or by the caller's own signal.
      const linked = stop && options.signal ? eitherSignal(options.signal, stop) : undefined;
      const pageOptions = stop ? { ...options, signal: linked?.signal ?? stop } : options;
      const fetched = this.#request(operation, pathValues, pageParams, pageOptions) as Promise<PageBody>;
      const page = emptyOnNotFound(operation, itemsKey, fetched);
      return linked ? page.finally(linked.dispose) : page;
    }, itemsKey);
  }

  /** What `JSON.stringify(client)` shows: settings, never the key. */
  toJSON(): Record<string, unknown> {
    return {
      baseURL: this.#config.baseURL,
      timeout: this.#config.timeout,
      maxRetries: this.#config.maxRetries,
      retryBudget: this.#config.retryBudget,
      rateLimit: this.#config.rateLimit,
      logLevel: this.#config.log.level,
      apiKey: '[redacted]',
    };
  }

  /** `ChartMogul {"baseURL":...,"apiKey":"[redacted]"}`: how every runtime prints the client. */
  toString(): string {
    return `ChartMogul ${JSON.stringify(this.toJSON())}`;
  }

  /** `console.log(client)` on Node, Bun and workerd. Deno's hook is added by @chartmogul-kit/deno. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}

/** The caller's transport, else the caller's fetch (a proxy, a test double), else the runtime's own. */
function chooseTransport(options: ClientOptions | undefined, runtime: RuntimeDefaults, fetchImpl: typeof fetch): Transport {
  const transport = options?.transport;
  if (transport !== undefined) {
    if (typeof transport !== 'function' || options?.fetch !== undefined) {
      throw new ConfigurationError('Pass a transport function or fetch, not both.');
    }
    return transport;
  }
  return options?.fetch === undefined && runtime.createTransport ? runtime.createTransport() : createFetchTransport(fetchImpl);
}
