import type { ClientOptions, DerivedOptions, RequestOptions, RuntimeDefaults } from '../config/options.js';
import { type ResolvedConfig, resolveConfig } from '../config/resolve-config.js';
import { operationTree } from '../operations/index.js';
import type { PageBody } from '../paging/page.js';
import { eitherSignal } from '../paging/either-signal.js';
import { emptyOnNotFound } from '../paging/empty-on-not-found.js';
import { PagePromise } from '../paging/page-promise.js';
import { callSettings } from '../config/call-settings.js';
import { type APIPromise, apiPromise, type WithResponse } from '../pipeline/api-promise.js';
import { execute } from '../pipeline/execute.js';
import type { Hooks } from '../pipeline/hooks.js';
import type { ParsedResponse } from '../pipeline/parse-response.js';
import { systemTiming } from '../pipeline/timing.js';
import { buildRequest } from '../request/build-request.js';
import { RequestScheduler } from '../scheduler/scheduler.js';
import { createFetchTransport } from '../transport/fetch-transport.js';
import type { Transport } from '../transport/transport.js';
import { brand, isBranded } from '../brand/brand.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { buildMethods, type Call } from './attach-methods.js';
import { checkOptions, DERIVED_OPTION_NAMES } from './call-shape.js';
import type { ClientNamespaces } from './client-methods.js';
import { type Route, type RouteOptions, routeCall } from './route.js';
import { userAgent } from './user-agent.js';
import type { ParamCheck } from '../params/param-check.js';

/** The methods, declared by the generated `ClientNamespaces` (named parameters, summaries), made at run time from the table. */
export interface ChartMogulClient extends ClientNamespaces {}

/** What a client derived by `withOptions` shares with its parent. */
interface Shared {
  readonly transport: Transport;
  readonly scheduler: RequestScheduler | undefined;
  readonly hooks: readonly Hooks[];
}

/** Set by `withOptions` only while it constructs the derived client: no constructor argument shows it. */
let sharing: Shared | undefined;

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
  readonly #userAgent: string;
  readonly #hooks: readonly Hooks[];
  readonly #options: ClientOptions;
  readonly #runtime: RuntimeDefaults;
  readonly #checkParams: ParamCheck | undefined;

  static {
    brand(ChartMogulClient, 'ChartMogulClient');
  }

  /** `instanceof` holds across copies of this package (its ESM and CommonJS builds in one program). */
  static [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of instanceof, often a subclass.
    return isBranded(this, value);
  }

  constructor(options: ClientOptions | undefined, runtime: RuntimeDefaults) {
    const shared = sharing;
    sharing = undefined;
    this.#options = options ?? {};
    this.#runtime = runtime;
    this.#config = resolveConfig(this.#options, runtime);
    this.#userAgent = userAgent(runtime.userAgent);
    this.#checkParams = runtime.paramCheck?.(this.#config.log, this.#options.strictParams === true);
    if (shared) {
      ({ transport: this.#transport, scheduler: this.#scheduler, hooks: this.#hooks } = shared);
    } else {
      this.#hooks = options?.hooks ? [options.hooks] : [];
      this.#transport = chooseTransport(options, runtime, this.#config.fetch);
      const { rateLimit } = this.#config;
      this.#scheduler = rateLimit
        ? new RequestScheduler(rateLimit, { now: () => performance.now(), sleep: systemTiming.sleep }, this.#config.log)
        : undefined;
    }
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
  request<Result = unknown>(route: Route, params?: Record<string, unknown>, options?: RequestOptions): APIPromise<Result>;
  request(route: Route, params?: Record<string, unknown>, options?: RouteOptions): unknown {
    return this.#start(typeof options?.items === 'string', () => routeCall(route, params, options));
  }

  /**
   * A client for some of your calls with other settings: `cm.withOptions({ timeout: 5000, hooks })`.
   * It shares this client's limits (ChartMogul counts them per account, not per client object),
   * connections and key. Headers are added to this client's; hooks are told after this client's.
   */
  withOptions(options: DerivedOptions): this {
    const { headers, hooks, ...settings } = checkOptions('withOptions', options, false, DERIVED_OPTION_NAMES) as DerivedOptions;
    const derived: ClientOptions = { ...this.#options, ...settings, defaultHeaders: { ...this.#options.defaultHeaders, ...headers } };
    sharing = { transport: this.#transport, scheduler: this.#scheduler, hooks: hooks ? [...this.#hooks, hooks] : this.#hooks };
    try {
      // The runtime package's class, made without its constructor: it only supplies the runtime.
      return Reflect.construct(ChartMogulClient, [derived, this.#runtime], this.constructor) as this;
    } finally {
      sharing = undefined;
    }
  }

  /** Every call starts here, methods and `request()` alike: one way to send. */
  #start(paged: boolean, sort: () => Call): unknown {
    let call: Call;
    try {
      call = sort();
      this.#checkParams?.(call.operation.id, call.params);
    } catch (error) {
      return paged ? new PagePromise(() => Promise.reject(error), '') : apiPromise(Promise.reject(error));
    }
    return call.operation.paging ? this.#list(call, call.operation.paging.items) : apiPromise(this.#send(call));
  }

  /** The API origin this client talks to. */
  get baseURL(): string {
    return this.#config.baseURL;
  }

  #send({ operation, pathValues, params, options }: Call): Promise<ParsedResponse> {
    try {
      // The config carries the base URL, the authorization and the default headers.
      const request = buildRequest(operation, pathValues, params, { ...this.#config, userAgent: this.#userAgent, headers: options.headers });
      return execute(request, {
        transport: this.#transport,
        ...callSettings(this.#config, options),
        signal: options.signal,
        log: this.#config.log,
        scheduler: this.#scheduler,
        hooks: options.hooks ? [...this.#hooks, options.hooks] : this.#hooks,
        operation: operation.id,
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
      const fetched = this.#send({ ...call, params: pageParams, options: pageOptions }) as Promise<WithResponse<PageBody>>;
      const page = emptyOnNotFound(call.operation, itemsKey, fetched);
      return linked ? page.finally(linked.dispose) : page;
    }, itemsKey, `${call.operation.method} ${call.operation.path}`);
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
  // Core only routes `proxy` to the runtime's own transport, which checks the value (checkProxy).
  const proxy = options?.proxy;
  if (proxy && (transport ?? options.fetch ?? !runtime.createTransport)) {
    throw new ConfigurationError('proxy does not apply with fetch, transport, Workers or edge runtimes.');
  }
  if (transport !== undefined) {
    if (typeof transport !== 'function' || options?.fetch !== undefined) {
      throw new ConfigurationError('Pass a transport function or fetch, not both.');
    }
    return transport;
  }
  return options?.fetch === undefined && runtime.createTransport ? runtime.createTransport({ proxy }) : createFetchTransport(fetchImpl);
}
