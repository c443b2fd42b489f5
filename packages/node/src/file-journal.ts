import { constants } from 'node:fs';
import { type FileHandle, open, readFile, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type BulkImportJournal, type BulkJournalEntry, ConfigurationError } from '@chartmogul-kit/core';
import { lockJournal } from './journal-lock.js';

/** A file-backed journal: `close()` releases its file (and its lock) once the import is over. */
export interface FileJournal extends BulkImportJournal {
  /** Where the journal lives. */
  readonly path: string;
  /** Closes the file and releases the lock; a later `load` or `record` takes them again. */
  close(): Promise<void>;
}

/** Only the owner may read it: a journal names the customers of an import. */
const FILE_MODE = 0o600;

/**
 * A bulk import's journal in a file, for Node and Bun: one JSON line per entry, appended, and
 * on disk (fsync) before `record` resolves, so that after a crash (kill -9, power loss) the
 * journal holds every entry the import was told was recorded; an import writes "about to send
 * batch X" before sending it, so a batch is never sent twice. Entries recorded together share
 * one write and one fsync. `load()` reads the file back; a last line torn by the crash is cut off
 * (it was never confirmed), anything else unreadable is an error: that is not a journal this made.
 * While in use (from the first `load` or `record` to `close`) it is locked (`<path>.lock`): a
 * second import with the same journal is refused with a `ConfigurationError`.
 *
 * ```ts
 * const journal = createFileJournal('customers.journal');
 * await bulkImport(cm, dataSourceUuid, records, { journal });
 * await journal.close();
 * ```
 */
export function createFileJournal(path: string): FileJournal {
  let file: FileHandle | undefined;
  let opening: Promise<FileHandle> | undefined;
  /** Entries waiting for the next write, and the callers waiting for them to be on disk. */
  let pending: { lines: string[]; settle: ((error?: unknown) => void)[] } = { lines: [], settle: [] };
  let flushing: Promise<void> | undefined;
  let locking: Promise<() => Promise<void>> | undefined;

  /** Taken by the first load or record, released by close; a failed attempt is not kept. */
  const lock = () => {
    locking ??= lockJournal(path).catch((error: unknown) => {
      locking = undefined;
      throw error;
    });
    return locking;
  };

  const handle = () => {
    // A failed open is not kept: the next record tries again (the directory may exist by then).
    opening ??= lock()
      .then(() => openForAppend(path))
      .then(
        (opened) => (file = opened),
        (error: unknown) => {
          opening = undefined;
          throw error;
        },
      );
    return opening;
  };

  const flush = async (): Promise<void> => {
    while (pending.lines.length > 0) {
      const batch = pending;
      pending = { lines: [], settle: [] };
      try {
        const target = await handle();
        await target.appendFile(batch.lines.join(''));
        await target.datasync();
        for (const settle of batch.settle) settle();
      } catch (error) {
        for (const settle of batch.settle) settle(error);
      }
    }
    flushing = undefined;
  };

  return {
    path,
    async load() {
      await lock();
      const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return '';
        throw error;
      });
      const end = text.lastIndexOf('\n') + 1;
      // A crash mid-append leaves a line without its end: never confirmed, so never relied on.
      // Cut off, or the next entry would be glued to it.
      if (end < text.length) await truncate(path, Buffer.byteLength(text.slice(0, end)));
      return parseLines(path, text.slice(0, end));
    },
    record(entry: BulkJournalEntry) {
      const line = `${JSON.stringify(entry)}\n`;
      return new Promise<void>((resolve, reject) => {
        pending.lines.push(line);
        pending.settle.push((error) => (error === undefined ? resolve() : reject(error)));
        flushing ??= flush();
      });
    },
    async close() {
      await flushing;
      const closing = file;
      const unlocking = locking;
      file = undefined;
      opening = undefined;
      locking = undefined;
      await closing?.close();
      await (await unlocking?.catch(() => undefined))?.();
    },
  };
}

async function openForAppend(path: string): Promise<FileHandle> {
  let created = true;
  const file = await open(
    path,
    constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_EXCL,
    FILE_MODE,
  ).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
    created = false;
    return open(path, 'a', FILE_MODE);
  });
  // A new file's name is on disk only once its directory is: else a power loss could lose the
  // whole journal while its entries were "on disk".
  if (created) await syncDirectory(dirname(path));
  return file;
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r').catch(() => undefined);
  if (handle === undefined) return;
  // Some systems (Windows) refuse to fsync a directory: the file's own fsync is all there is there.
  await handle.sync().catch(() => undefined);
  await handle.close();
}

function parseLines(path: string, text: string): BulkJournalEntry[] {
  const entries: BulkJournalEntry[] = [];
  let number = 0;
  for (const line of text.split('\n')) {
    number += 1;
    if (line === '') continue;
    try {
      entries.push(JSON.parse(line) as BulkJournalEntry);
    } catch {
      throw new ConfigurationError(
        `The journal ${path} is damaged at line ${number} (not JSON): it is not a journal of a bulk import. Name another file, or delete this one to start the import over.`,
      );
    }
  }
  return entries;
}
