import type { ClientOptions, RequestOptions, RuntimeDefaults } from '../config/options.js';
import { type ResolvedConfig, resolveConfig } from '../config/resolve-config.js';
import { operationTree } from '../operations/index.js';
import type { PageBody } from '../paging/page.js';
import { eitherSignal } from '../paging/either-signal.js';
import { PagePromise } from '../paging/page-promise.js';
import { callSettings } from '../config/call-settings.js';
import { execute } from '../pipeline/execute.js';
import { systemTiming } from '../pipeline/timing.js';
import { buildRequest } from '../request/build-request.js';
import { RequestScheduler } from '../scheduler/scheduler.js';
import { createFetchTransport } from '../transport/fetch-transport.js';
import type { Transport } from '../transport/transport.js';
import { buildMethods, type Call } from './attach-methods.js';
import type { ClientMethods } from './client-types.js';
import { type Route, type RouteOptions, routeCall } from './route.js';

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

  constructor(options: ClientOptions | undefined, runtime: RuntimeDefaults) {
    this.#config = resolveConfig(options ?? {}, runtime);
    // A caller's own fetch (a proxy, a test double) always wins over the runtime's transport.
    this.#transport =
      options?.fetch === undefined && runtime.createTransport ? runtime.createTransport() : createFetchTransport(this.#config.fetch);
    const { rateLimit } = this.#config;
    this.#scheduler = rateLimit ? new RequestScheduler(rateLimit, { now: () => performance.now(), sleep: systemTiming.sleep }) : undefined;
    Object.assign(
      this,
      buildMethods(operationTree, (operation, sort) => this.#start(operation.paging !== undefined, sort)),
    );
  }

  /**
   * Calls any endpoint, one the table lacks too, through the same pipeline as the methods (auth,
   * limits, retries by method, typed errors, logging). `{placeholders}` are filled from the params
   * of the same name; the other params go in the query (GET, DELETE) or the JSON body:
   * `cm.request('GET /v1/customers/{uuid}', { uuid })`. With `{ items: 'entries' }` in the options,
   * a list route returns a `PagePromise` that pages by cursor like the table's lists.
   */
  request<Body extends PageBody = PageBody, Item = unknown>(
    route: Route,
    params: Record<string, unknown> | undefined,
    options: RouteOptions & { items: string },
  ): PagePromise<Body, Item>;
  request<Result = unknown>(route: Route, params?: Record<string, unknown>, options?: RequestOptions): Promise<Result>;
  request(route: Route, params?: Record<string, unknown>, options?: RouteOptions): unknown {
    return this.#start(typeof options?.items === 'string', () => routeCall(route, params, options));
  }

  /** Every call starts here, methods and `request()` alike: one way to send. */
  #start(paged: boolean, sort: () => Call): unknown {
    let call: Call;
    try {
      call = sort();
    } catch (error) {
      return paged ? new PagePromise(() => Promise.reject(error), '') : Promise.reject(error);
    }
    return call.operation.paging ? this.#list(call, call.operation.paging.items) : this.#send(call);
  }

  /** The API origin this client talks to. */
  get baseURL(): string {
    return this.#config.baseURL;
  }

  #send({ operation, pathValues, params, options }: Call): Promise<unknown> {
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

  #list(call: Call, itemsKey: string): PagePromise<PageBody, unknown> {
    const { params, options } = call;
    const base = (params ?? {}) as Record<string, unknown>;
    return new PagePromise((cursor, stop) => {
      const pageParams = cursor === undefined ? params : { ...base, cursor };
      // A page fetched ahead is cancelled when the caller stops iterating, or by the caller's own signal.
      const linked = stop && options.signal ? eitherSignal(options.signal, stop) : undefined;
      const pageOptions = stop ? { ...options, signal: linked?.signal ?? stop } : options;
      const page = this.#send({ ...call, params: pageParams, options: pageOptions }) as Promise<PageBody>;
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
