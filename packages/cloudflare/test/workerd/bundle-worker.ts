import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles a test Worker (a file in this folder) with the built @chartmogul-kit/cloudflare the way
 * wrangler resolves it for workerd: ESM, the `workerd`/`worker`/`browser` conditions, no Node.
 */
export async function bundleWorker(file: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`./${file}`, import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}
