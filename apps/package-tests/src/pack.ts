import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runOrThrow } from './run.js';
import type { WorkspacePackage } from './workspace.js';

export interface PackedPackage {
  name: string;
  version: string;
  tarball: string;
}

/**
 * `pnpm pack` of each package into `destination`, in parallel: exactly what `pnpm publish`
 * would upload (workspace:* ranges already replaced by versions, `files` applied).
 */
export async function packAll(packages: readonly WorkspacePackage[], destination: string): Promise<PackedPackage[]> {
  return Promise.all(
    packages.map(async ({ dir, manifest }) => {
      const own = join(destination, manifest.name.replace(/^@/, '').replace('/', '__'));
      await runOrThrow('pnpm', ['pack', '--pack-destination', own], { cwd: dir });
      const [file] = (await readdir(own)).filter((name) => name.endsWith('.tgz'));
      if (!file) throw new Error(`pnpm pack wrote no tarball for ${manifest.name}`);
      return { name: manifest.name, version: manifest.version, tarball: join(own, file) };
    }),
  );
}
