import { fileURLToPath } from 'node:url';
import { publishedPackages as findPublished } from '../../../scripts/workspace-packages.mjs';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const suiteDir = fileURLToPath(new URL('../', import.meta.url));
export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
/** wrangler's own entry, to run it with a chosen Node (wrangler 4 needs Node >= 22). */
export const wranglerEntry = fileURLToPath(new URL('../node_modules/wrangler/bin/wrangler.js', import.meta.url));

export interface WorkspacePackage {
  dir: string;
  manifest: {
    name: string;
    version: string;
    private?: boolean;
    [field: string]: unknown;
  };
}

/** Every package that goes to npm (not private), found from pnpm-workspace.yaml: new packages are covered as they appear. */
export function publishedPackages(): WorkspacePackage[] {
  return findPublished(repoRoot) as WorkspacePackage[];
}
