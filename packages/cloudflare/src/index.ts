/**
 * The ChartMogul client for Cloudflare Workers, with everything public of `@chartmogul-kit/core`.
 * @module @chartmogul-kit/cloudflare
 */
import type { ClientOptions } from '@chartmogul-kit/core';
import { ChartMogulClient } from '@chartmogul-kit/core/internal';

export * from '@chartmogul-kit/core';

/** The bindings `ChartMogul.fromEnv` reads: set the key with `wrangler secret put CHARTMOGUL_API_KEY`. */
export interface ChartMogulEnv {
  CHARTMOGUL_API_KEY?: string;
  CHARTMOGUL_API_BASE?: string;
}

const apiKeyHint = 'Pass { apiKey }, or bind CHARTMOGUL_API_KEY (wrangler secret put) and use ChartMogul.fromEnv(env).';

/**
 * The ChartMogul client for Cloudflare Workers. A Worker has no process environment, so
 * the key comes from `options.apiKey` or from the Worker's bindings through `fromEnv`:
 *
 * ```ts
 * export default {
 *   async fetch(request: Request, env: ChartMogulEnv) {
 *     const cm = ChartMogul.fromEnv(env);
 *     return Response.json(await cm.ping());
 *   },
 * };
 * ```
 */
export class ChartMogul extends ChartMogulClient {
  /** Prefer `ChartMogul.fromEnv(env)`; `env` is the Worker's bindings. */
  constructor(options?: ClientOptions, env?: ChartMogulEnv) {
    super(options, {
      readEnv: (name) => {
        const value = (env as Record<string, unknown> | undefined)?.[name];
        return typeof value === 'string' ? value : undefined;
      },
      apiKeyHint,
    });
  }

  /** A client configured from the Worker's bindings (`CHARTMOGUL_API_KEY`, `CHARTMOGUL_API_BASE`). */
  static fromEnv(env: ChartMogulEnv, options?: ClientOptions): ChartMogul {
    // `this`, not the class's own name: esbuild renames a class named in its own body (`_ChartMogul`
    // in stacks and util.inspect), and keepNames, which would undo that, costs the bundle its tree-shaking.
    return new this(options, env);
  }
}

export { ChartMogulRateLimiter } from './limiter/rate-limiter-object.js';
export {
  createDurableObjectLimiterStore,
  type DurableObjectLimiterStoreOptions,
  type LimiterNamespace,
} from './limiter/durable-object-store.js';
