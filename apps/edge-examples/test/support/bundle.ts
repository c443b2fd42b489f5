import { fileURLToPath } from 'node:url';
import { build, type Format } from 'esbuild';

export interface Bundle {
  code: string;
  /** The files the bundle was made of, relative to this app. */
  inputs: string[];
}

/**
 * Bundles an entry (relative to this app) the way an edge platform's bundler resolves packages:
 * for the given export conditions, with no Node built-in available (platform `neutral`: an import
 * of `node:http` fails the build, as it does for Vercel Edge).
 */
export async function bundle(entry: string, conditions: string[], format: Format = 'esm'): Promise<Bundle> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../../${entry}`, import.meta.url))],
    absWorkingDir: fileURLToPath(new URL('../..', import.meta.url)),
    bundle: true,
    write: false,
    metafile: true,
    format,
    platform: 'neutral',
    conditions,
    mainFields: ['browser', 'module', 'main'],
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild made nothing of ${entry}`);
  return { code: output.text, inputs: Object.keys(result.metafile.inputs) };
}

/** The conditions each platform's bundler uses (Next.js for the Edge Runtime; wrangler for workerd). */
export const EDGE_LIGHT = ['edge-light', 'worker', 'browser'];
export const WORKERD = ['workerd', 'worker', 'browser'];
