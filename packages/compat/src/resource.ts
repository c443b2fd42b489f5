import type { Config } from './config.js';
import { expandPath } from './path-template.js';
import { send } from './send.js';

/** `(error, body)`: the official callback. When one is given the method returns `undefined`. */
export type Callback<T = unknown> = (error: unknown, body?: T) => void;

/** The JSON object a call resolves with. The kit's own client types each one; see the migration table. */
// biome-ignore lint/suspicious/noExplicitAny: untyped JSON, as chartmogul-node resolves it; the kit's client has the precise types.
export type ApiResult = Record<string, any>;

/**
 * A generated official method: `(config, ...pathValues, data?, callback?)`. It resolves with the
 * body; given a callback it calls `callback(error, body)` and returns `undefined` instead.
 */
// biome-ignore lint/suspicious/noExplicitAny: path values, data and callback, in the order each official method takes them.
export type ResourceMethod = (config: Config, ...args: any[]) => Promise<ApiResult>;

/**
 * chartmogul-node's `Resource`: the base of every resource class, and its generic
 * `Resource.request(config, method, path, data, callback?)` for any endpoint.
 */
export class Resource {
  /** The URI template of the resource; each class sets its own. */
  static get path(): string {
    return '';
  }

  /**
   * Sends one request: GET `data` becomes the query; for other methods `data` is the JSON body,
   * except `data.qs`, which becomes the query. Resolves with the response body, or calls
   * `callback(error, body)` and returns `undefined` when a callback is given.
   */
  static request<Result = ApiResult>(
    config: Config,
    method: string,
    uri: string,
    data?: object | null,
    callback?: Callback<Result>,
  ): Promise<Result> {
    const promise = send(
      this.name,
      config,
      method,
      uri,
      data as Record<string, unknown> | null | undefined,
    ) as Promise<Result>;
    if (typeof callback === 'function') {
      promise.then(callback.bind(null, null), callback);
      return undefined as unknown as Promise<Result>;
    }
    return promise;
  }

  /**
   * The official method maker: `(config, ...pathValues, data?, callback?)`, path values filling the
   * class's template (or `pathOverride`) in order; trailing `undefined` arguments are ignored.
   */
  static _method(verb: string, pathOverride?: string): ResourceMethod {
    return function (this: typeof Resource, config: Config, ...rest: unknown[]) {
      const args = rest.filter((arg) => arg !== undefined);
      let callback: Callback<ApiResult> | undefined;
      let data: object | null | undefined;
      if (typeof args[args.length - 1] === 'function') callback = args.pop() as Callback<ApiResult>;
      if (typeof args[args.length - 1] === 'object') data = args.pop() as object | null;
      const path = expandPath(pathOverride ?? this.path, args);
      return this.request(config, verb, path, data, callback);
    };
  }

  static all: ResourceMethod = Resource._method('GET');
  static create: ResourceMethod = Resource._method('POST');
  static destroy: ResourceMethod = Resource._method('DELETE');
  static cancel: ResourceMethod = Resource._method('PATCH');
  static merge: ResourceMethod = Resource._method('PATCH');
  static retrieve: ResourceMethod = Resource._method('GET');
  static patch: ResourceMethod = Resource._method('PATCH');
  static update: ResourceMethod = Resource._method('PUT');
  static modify: ResourceMethod = Resource._method('PATCH');
  static add: ResourceMethod = Resource._method('POST');
  static remove: ResourceMethod = Resource._method('DELETE');
}
