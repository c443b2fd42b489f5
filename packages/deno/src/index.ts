/**
 * The ChartMogul client for Deno 2, with everything public of `@chartmogul-kit/core`.
 * @module @chartmogul-kit/deno
 */
import type { ClientOptions } from '@chartmogul-kit/core';
import {
  brand,
  ChartMogulClient,
  checkProxy,
  createFetchTransport,
  createParamCheck,
} from '@chartmogul-kit/core/internal';
import { createDenoFetch, denoFetch } from './deno-fetch.js';

/** The fetch this package uses by default: wrap it (tracing, proxies) rather than the global one, to keep writes unrepeated. */
export { denoFetch };

export * from '@chartmogul-kit/core';

interface DenoEnv {
  env: { get(name: string): string | undefined };
  permissions?: { querySync?(descriptor: { name: 'env'; variable: string }): { state: string } };
}
declare const Deno: DenoEnv | undefined;

/** What the client cannot run without: reading it may prompt, as Deno does for whatever a program needs. */
const REQUIRED = 'CHARTMOGUL_API_KEY';

/**
 * Reads a variable through `Deno.env`. An optional one (CHARTMOGUL_API_BASE, CHARTMOGUL_LOG) is
 * read only where env access to it is granted already: reading it otherwise makes an interactive
 * run prompt for a setting the program may never use. Where Deno refuses (no `--allow-env`,
 * `--no-prompt`) the variable counts as not set, so a client given `apiKey` and `baseURL` needs no
 * env permission at all. Platforms without the permissions API (they grant everything) read directly.
 */
function readEnv(name: string): string | undefined {
  if (typeof Deno === 'undefined') return undefined;
  try {
    const state = name === REQUIRED ? undefined : Deno.permissions?.querySync?.({ name: 'env', variable: name }).state;
    return state === undefined || state === 'granted' ? Deno.env.get(name) : undefined;
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
  static {
    brand(ChartMogul, '@chartmogul-kit/deno:ChartMogul');
  }

  constructor(options?: ClientOptions) {
    super(options, {
      readEnv,
      // A `proxy` goes to Deno.createHttpClient; without one, Deno's own HTTPS_PROXY/NO_PROXY apply.
      createTransport: ({ proxy }) => {
        const url = checkProxy(proxy);
        return createFetchTransport(typeof url === 'string' ? createDenoFetch(url) : denoFetch);
      },
      paramCheck: createParamCheck,
      apiKeyHint:
        'Pass { apiKey } to new ChartMogul(), or set CHARTMOGUL_API_KEY and run deno with --allow-env=CHARTMOGUL_API_KEY.',
    });
  }

  /** `console.log(client)` and `Deno.inspect(client)`: settings only, never the key. */
  [Symbol.for('Deno.customInspect')](): string {
    return this.toString();
  }
}
