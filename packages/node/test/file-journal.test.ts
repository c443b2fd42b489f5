import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, createFileJournal } from '../src/index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chartmogul-journal-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const WRITER = fileURLToPath(new URL('./fixtures/journal-writer.mjs', import.meta.url));

describe('createFileJournal', () => {
  it('reads back what it recorded, in order, from a file only its owner can read', async () => {
    const path = join(dir, 'plain.journal');
    const journal = createFileJournal(path);
    expect(await journal.load()).toEqual([]);
    await Promise.all([journal.record({ batch: 'a' }), journal.record({ batch: 'b' })]);
    await journal.record({ batch: 'c', customers: ['cus_1'] });
    await journal.close();
    expect(await createFileJournal(path).load()).toEqual([
      { batch: 'a' },
      { batch: 'b' },
      { batch: 'c', customers: ['cus_1'] },
    ]);
    expect(await readFile(path, 'utf8')).toBe('{"batch":"a"}\n{"batch":"b"}\n{"batch":"c","customers":["cus_1"]}\n');
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('appends to an existing journal (a resumed import) and records again after close', async () => {
    const path = join(dir, 'append.journal');
    await writeFile(path, '{"batch":"old"}\n');
    const journal = createFileJournal(path);
    await journal.record({ batch: 'new' });
    await journal.close();
    await journal.record({ batch: 'after close' });
    await journal.close();
    expect(await journal.load()).toEqual([{ batch: 'old' }, { batch: 'new' }, { batch: 'after close' }]);
  });

  it('cuts off a last line torn by a crash, so that the next entry starts on a line of its own', async () => {
    const path = join(dir, 'torn.journal');
    await writeFile(path, '{"batch":"a"}\n{"batch":"b","custo');
    const journal = createFileJournal(path);
    expect(await journal.load()).toEqual([{ batch: 'a' }]);
    await journal.record({ batch: 'c' });
    await journal.close();
    expect(await readFile(path, 'utf8')).toBe('{"batch":"a"}\n{"batch":"c"}\n');
  });

  it('refuses a file damaged before its last line with a ConfigurationError that names the line', async () => {
    const path = join(dir, 'damaged.journal');
    await writeFile(path, '{"batch":"a"}\nnot json\n{"batch":"b"}\n');
    const loading = createFileJournal(path).load();
    await expect(loading).rejects.toThrow(ConfigurationError);
    await expect(createFileJournal(path).load()).rejects.toThrow(/damaged\.journal is damaged at line 2/);
  });

  it('rejects a record whose file cannot be opened, and records again once it can', async () => {
    const folder = join(dir, 'not yet');
    const journal = createFileJournal(join(folder, 'x.journal'));
    await expect(journal.record({ batch: 'a' })).rejects.toMatchObject({ code: 'ENOENT' });
    await mkdir(folder);
    await journal.record({ batch: 'b' });
    await journal.close();
    await expect(journal.load()).resolves.toEqual([{ batch: 'b' }]);
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
      const entries = (await journal.load()) as { n: number }[];
      // Appended in the order recorded, and only the tail can be lost: entries 0, 1, 2, ... with no gap.
      expect(entries.map((entry) => entry.n)).toEqual(entries.map((_, index) => index));
      expect(entries.length).toBeGreaterThan(Math.max(...confirmed));
      // The loaded file takes new entries on lines of their own.
      await journal.record({ n: -1 });
      await journal.close();
      expect(((await createFileJournal(path).load()) as { n: number }[]).at(-1)).toEqual({ n: -1 });
    },
  );
});
