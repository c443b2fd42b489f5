/**
 * The ChartMogul client for Node.js (>= 18) and Bun, with everything public of `@chartmogul-kit/core`.
 * @module @chartmogul-kit/node
 */
import type { ClientOptions } from '@chartmogul-kit/core';
import { brand, ChartMogulClient, createParamCheck } from '@chartmogul-kit/core/internal';
import { createBunTransport } from './bun-transport.js';
import { createHttpTransport } from './http-transport.js';
import { runtimeSettings } from './runtime-settings.js';

export * from '@chartmogul-kit/core';

/**
 * Node sends with keep-alive node:http, cheaper per request than its fetch, and proxies as Node
 * does (see senders.ts). Bun's node:http is built on its fetch, so there fetch is used directly.
 */
const createTransport = (globalThis as { Bun?: unknown }).Bun === undefined ? createHttpTransport : createBunTransport;

/** The runtime part of the User-Agent: `node/20.19.0`, or `bun/1.1.38` under Bun. */
const versions = globalThis.process?.versions as { node?: string; bun?: string } | undefined;
const userAgent = versions?.bun ? `bun/${versions.bun}` : versions?.node ? `node/${versions.node}` : undefined;

/**
 * The ChartMogul client for Node.js (>= 18) and Bun. Without `apiKey` it reads
 * `CHARTMOGUL_API_KEY` (and `CHARTMOGUL_API_BASE`) from `process.env`.
 *
 * ```ts
 * const cm = new ChartMogul();
 * await cm.ping(); // { data: 'pong!' }
 * ```
 */
export class ChartMogul extends ChartMogulClient {
  // The same brand as the edge build's class (edge.ts): one class, whichever build made it.
  static {
    brand(ChartMogul, '@chartmogul-kit/node:ChartMogul');
  }

  constructor(options?: ClientOptions) {
    super(options, { ...runtimeSettings, createTransport, userAgent, paramCheck: createParamCheck });
  }
}
export { createFileJournal, type FileJournal } from './file-journal.js';
