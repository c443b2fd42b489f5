// A bulk import killed with SIGKILL mid-import, then run again with the same journal file: no
// batch reaches ChartMogul twice and every record is imported once. Real processes, real HTTP.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers, MockStore } from '@chartmogul-kit/mock';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChartMogul } from '../src/index.js';

const KEY = 'bulk-resume-key-71c2';
const child = fileURLToPath(new URL('./fixtures/bulk-child.mjs', import.meta.url));
const CUSTOMERS = 200;
const BATCHES = CUSTOMERS / 20;
const store = new MockStore({ jsonImportRecordsPerSecond: 1_500 });
let server: MockServer;
const dir = mkdtempSync(join(tmpdir(), 'bulk-resume-'));
const running = new Set<ChildProcess>();

beforeAll(async () => {
  server = await startMockServer({ apiKeys: [KEY], handlers: createHandlers({ apiKeys: [KEY], store }) });
});
afterAll(async () => {
  for (const proc of running) proc.kill('SIGKILL');
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function start(ds: string, journal: string) {
  const proc = spawn(process.execPath, [child, server.url, KEY, ds, journal, String(CUSTOMERS)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(proc);
  let stdout = '';
  let stderr = '';
  proc.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const closed = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
    (resolve) => {
      proc.on('close', (code, signal) => {
        running.delete(proc);
        resolve({ code, signal, stdout, stderr });
      });
    },
  );
  return { proc, closed };
}

const entries = (journal: string) =>
  existsSync(journal)
    ? readFileSync(journal, 'utf8')
        .split('\n')
        .filter((line) => line.endsWith('}'))
        .map((line) => JSON.parse(line) as { state: string; externalId: string })
    : [];

describe('bulk import resume after kill -9', () => {
  it('sends no batch twice and ends with every record imported once', { timeout: 60_000 }, async () => {
    const cm = new ChartMogul({ apiKey: KEY, baseURL: server.url, logLevel: 'off' });
    const ds = (await cm.dataSources.create({ name: 'resume' })).uuid;
    const journal = join(dir, 'journal.jsonl');
    const stats = store.account(KEY).jsonImportQueue.stats;

    const first = start(ds, journal);
    // Killed once some imports are accepted and others not yet finished.
    for (;;) {
      const states = entries(journal).map((e) => e.state);
      if (states.filter((s) => s === 'accepted').length >= 3) break;
      const ended = await Promise.race([first.closed, new Promise((resolve) => setTimeout(resolve, 5))]);
      if (ended !== undefined) throw new Error(`The first run ended before it was killed: ${JSON.stringify(ended)}`);
    }
    first.proc.kill('SIGKILL');
    const killed = await first.closed;
    expect(killed.signal).toBe('SIGKILL');
    const before = entries(journal);
    const finishedBefore = new Set(before.filter((e) => e.state === 'finished').map((e) => e.externalId));
    expect(finishedBefore.size).toBeLessThan(BATCHES);

    const second = await start(ds, journal).closed;
    expect(second.code, second.stderr).toBe(0);
    const summary = JSON.parse(second.stdout.trim());
    expect(summary).toMatchObject({
      read: 1 + CUSTOMERS * 4,
      imported: 1 + CUSTOMERS * 4,
      failed: 0,
      skipped: 0,
      alreadyImported: 0,
      aborted: false,
      imports: BATCHES,
    });
    expect(summary.resumedImports).toBeGreaterThanOrEqual(before.filter((e) => e.state === 'accepted').length);
    // Each batch reached ChartMogul once, across both processes.
    expect(stats.created).toBe(BATCHES);
    expect(stats.duplicateExternalIds).toBe(0);
    const customers = await cm.customers.list({ data_source_uuid: ds, per_page: 200 });
    expect(customers.entries).toHaveLength(CUSTOMERS);
    expect(customers.has_more).toBe(false);
  });
});
