import { fstatSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { UsageError } from '../usage-error.js';

/**
 * `--from -` reads stdin: refused, like a `--from` path, when stdin is a device that is not a
 * terminal (`< /dev/zero` never ends). A terminal (records typed or pasted) and pipes are read.
 */
export function checkStdinInput(stdin: Readable & { fd?: number; isTTY?: boolean }): void {
  if (typeof stdin.fd !== 'number' || stdin.isTTY) return;
  let device: boolean;
  try {
    const stat = fstatSync(stdin.fd);
    device = stat.isCharacterDevice() || stat.isBlockDevice();
  } catch {
    return; // Not something fstat knows: the reads will tell.
  }
  if (device) throw new UsageError('--from -: stdin is a device, not a file: give a JSON-lines file or pipe (e.g. --from - < records.jsonl).');
}

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
  // A device never ends (/dev/zero, /dev/urandom) or is not a file of records: refused. A pipe
  // (`--from <(cmd)`) is read like stdin.
  if (stat.isCharacterDevice() || stat.isBlockDevice()) {
    await file.close();
    throw new UsageError(`${label} ${path} is a device, not a file: give a JSON-lines file (or - for stdin).`);
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
