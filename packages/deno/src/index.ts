/**
 * The ChartMogul client for Deno 2, with everything public of `@chartmogul-kit/core`.
 * @module @chartmogul-kit/deno
 */
import type { ClientOptions } from '@chartmogul-kit/core';
import { ChartMogulClient, createFetchTransport } from '@chartmogul-kit/core/internal';
import { denoFetch } from './deno-fetch.js';

/** The fetch this package uses by default: wrap it (tracing, proxies) rather than the global one, to keep writes unrepeated. */
export { denoFetch };

export * from '@chartmogul-kit/core';

declare const Deno: { env: { get(name: string): string | undefined } } | undefined;

/**
 * Reads a variable through `Deno.env`. Without `--allow-env` Deno refuses; that is treated
 * as "not set", so a client given `apiKey` and `baseURL` needs no env permission at all.
 */
function readEnv(name: string): string | undefined {
  try {
    return typeof Deno === 'undefined' ? undefined : Deno.env.get(name);
  } catch {
    return undefined;
  }
}

/**
 * The ChartMogul client for Deno 2. Without `apiKey` it reads `CHARTMOGUL_API_KEY`
 * (and `CHARTMOGUL_API_BASE`) through `Deno.env`.
 *
 * ```ts
 * const cm = new ChartMogul();
 * await cm.ping(); // { data: 'pong!' }
 * ```
 */
export class ChartMogul extends ChartMogulClient {
  constructor(options?: ClientOptions) {
    super(options, {
      readEnv,
      createTransport: () => createFetchTransport(denoFetch),
      apiKeyHint:
        'Pass { apiKey } to new ChartMogul(), or set CHARTMOGUL_API_KEY and run deno with --allow-env=CHARTMOGUL_API_KEY,CHARTMOGUL_API_BASE.',
    });
  }

  /** `console.log(client)` and `Deno.inspect(client)`: settings only, never the key. */
  [Symbol.for('Deno.customInspect')](): string {
    return this.toString();
  }
}
