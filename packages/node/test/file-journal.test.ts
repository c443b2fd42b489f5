import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BulkJournalEntry, ConfigurationError, createFileJournal } from '../src/index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chartmogul-journal-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A `sending` entry for batch `n`, as the bulk import writes before it sends. */
const sending = (batch: number): BulkJournalEntry => ({
  state: 'sending',
  externalId: `import-${batch}`,
  batch,
  records: 10,
});
const line = (batch: number) => `${JSON.stringify(sending(batch))}\n`;

const WRITER = fileURLToPath(new URL('./fixtures/journal-writer.mjs', import.meta.url));

describe('createFileJournal', () => {
  it('reads back what it recorded, in order, from a file only its owner can read', async () => {
    const path = join(dir, 'plain.journal');
    const journal = createFileJournal(path);
    expect(await journal.load()).toEqual([]);
    const accepted: BulkJournalEntry = { state: 'accepted', externalId: 'import-0', batch: 0, importId: 'imp_1' };
    await Promise.all([journal.record(sending(0)), journal.record(sending(1))]);
    await journal.record(accepted);
    await journal.close();
    expect(await createFileJournal(path).load()).toEqual([sending(0), sending(1), accepted]);
    expect(await readFile(path, 'utf8')).toBe(`${line(0)}${line(1)}${JSON.stringify(accepted)}\n`);
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('appends to an existing journal (a resumed import) and records again after close', async () => {
    const path = join(dir, 'append.journal');
    await writeFile(path, line(0));
    const journal = createFileJournal(path);
    await journal.record(sending(1));
    await journal.close();
    await journal.record(sending(2));
    await journal.close();
    expect(await journal.load()).toEqual([sending(0), sending(1), sending(2)]);
  });

  it('cuts off a last line torn by a crash, so that the next entry starts on a line of its own', async () => {
    const path = join(dir, 'torn.journal');
    await writeFile(path, `${line(0)}${line(1).slice(0, 30)}`);
    const journal = createFileJournal(path);
    expect(await journal.load()).toEqual([sending(0)]);
    await journal.record(sending(2));
    await journal.close();
    expect(await readFile(path, 'utf8')).toBe(`${line(0)}${line(2)}`);
  });

  it('refuses a file damaged before its last line with a ConfigurationError that names the line', async () => {
    const path = join(dir, 'damaged.journal');
    await writeFile(path, `${line(0)}not json\n${line(1)}`);
    const journal = createFileJournal(path);
    await expect(journal.load()).rejects.toThrow(ConfigurationError);
    await expect(journal.load()).rejects.toThrow(/damaged\.journal is damaged at line 2/);
    await journal.close();
  });

  it('is locked while in use: a second journal on the same file is refused until the first is closed', async () => {
    const path = join(dir, 'locked.journal');
    const first = createFileJournal(path);
    await first.load();
    expect(await readFile(`${path}.lock`, 'utf8')).toBe(String(process.pid));
    const second = createFileJournal(path);
    await expect(second.load()).rejects.toThrow(ConfigurationError);
    await expect(second.record(sending(9))).rejects.toThrow(new RegExp(`in use by process ${process.pid}`));
    await first.record(sending(0));
    await first.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(await second.load()).toEqual([sending(0)]);
    await second.close();
  });

  it('rejects a record whose file cannot be opened, and records again once it can', async () => {
    const folder = join(dir, 'not yet');
    const journal = createFileJournal(join(folder, 'x.journal'));
    await expect(journal.record(sending(0))).rejects.toMatchObject({ code: 'ENOENT' });
    await mkdir(folder);
    await journal.record(sending(1));
    await journal.close();
    await expect(journal.load()).resolves.toEqual([sending(1)]);
  });

  // POSIX only: SIGKILL.
  it.skipIf(process.platform === 'win32')(
    'after a kill -9 mid-write holds every confirmed entry, in order, and loads',
    async () => {
      const path = join(dir, 'killed.journal');
      const child = spawn(process.execPath, [WRITER, path], { stdio: ['ignore', 'pipe', 'inherit'] });
      const confirmed: number[] = [];
      const enough = new Promise<void>((resolve) => {
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          for (const line of chunk.split('\n')) if (line !== '') confirmed.push(Number(line));
          if (confirmed.length >= 300) resolve();
        });
      });
      await enough;
      child.kill('SIGKILL');
      const [, signal] = await once(child, 'exit');
      expect(signal).toBe('SIGKILL');

      const journal = createFileJournal(path);
      const entries = [...(await journal.load())] as unknown as { n: number }[];
      // Appended in the order recorded, and only the tail can be lost: entries 0, 1, 2, ... with no gap.
      expect(entries.map((entry) => entry.n)).toEqual(entries.map((_, index) => index));
      expect(entries.length).toBeGreaterThan(Math.max(...confirmed));
      // The loaded file takes new entries on lines of their own.
      await journal.record(sending(0));
      await journal.close();
      expect([...(await createFileJournal(path).load())].at(-1)).toEqual(sending(0));
    },
  );
});
