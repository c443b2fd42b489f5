/**
 * `@chartmogul-kit/node` as bundlers resolve it for edge targets (the `edge-light`, `workerd`,
 * `worker` and `browser` conditions: Vercel Edge and Next.js edge routes, Workers, browsers): the
 * same client sending with the runtime's `fetch`, and no `node:` import anywhere, so the bundle
 * builds and runs where Node's built-ins do not exist.
 * @module @chartmogul-kit/node
 */
import type { ClientOptions } from '@chartmogul-kit/core';
import { brand, ChartMogulClient } from '@chartmogul-kit/core/internal';
import { runtimeSettings } from './runtime-settings.js';

export * from '@chartmogul-kit/core';

/**
 * The ChartMogul client for edge runtimes. Without `apiKey` it reads `CHARTMOGUL_API_KEY` (and
 * `CHARTMOGUL_API_BASE`) from `process.env` where the runtime has one (Vercel's Edge Runtime does).
 *
 * ```ts
 * export const runtime = 'edge';
 * export async function GET() {
 *   return Response.json(await new ChartMogul().ping());
 * }
 * ```
 */
export class ChartMogul extends ChartMogulClient {
  static {
    brand(ChartMogul, '@chartmogul-kit/node:ChartMogul');
  }

  constructor(options?: ClientOptions) {
    super(options, runtimeSettings);
  }
}
