import { type FileHandle, open } from 'node:fs/promises';
import { UsageError } from '../usage-error.js';

/**
 * Opens `--from` (or `label`: `chartmogul import`'s input) for reading and checks it is something to read lines from, before the import
 * creates anything: a missing, unreadable or directory path is a usage error, not a crash
 * halfway (`EISDIR` on the first read) with an empty failed-records file left behind.
 */
export async function openInputFile(path: string, label = '--from'): Promise<FileHandle> {
  const file = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`${label} ${path}: ${reason(error)}.`);
  });
  const stat = await file.stat().catch(async (error: NodeJS.ErrnoException) => {
    await file.close();
    throw new UsageError(`${label} ${path}: ${reason(error)}.`);
  });
  if (stat.isDirectory()) {
    await file.close();
    throw new UsageError(`${label} ${path} is a directory: give a JSON-lines file (or - for stdin).`);
  }
  return file;
}

function reason(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'not readable (permission denied)';
    case 'EISDIR':
      return 'is a directory: give a JSON-lines file';
    default:
      return `cannot be read (${error.code ?? error.message})`;
  }
}
