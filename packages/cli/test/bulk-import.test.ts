import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { ChartMogul } from '@chartmogul-kit/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli } from './support/run-cli.js';
import { API_KEY } from './support/test-api.js';

// chartmogul import over real HTTP against the local ChartMogul, whose bulk imports are queued and
// processed over time (at `recordsPerSecond`), as ChartMogul's are.

let api: MockServer;
let client: ChartMogul;
let dir: string;
const env = { CHARTMOGUL_API_KEY: API_KEY };

beforeAll(async () => {
  api = await startMockServer({ apiKeys: [API_KEY], port: 0, jsonImports: { recordsPerSecond: 2_000 } });
  client = new ChartMogul({ apiKey: API_KEY, baseURL: api.url });
  dir = await mkdtemp(join(tmpdir(), 'chartmogul-cli-bulk-'));
});
afterAll(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

const plan = { plan: { external_id: 'gold', name: 'Gold', interval_count: 1, interval_unit: 'month' } };

/** Customer `id` with one paid invoice on the gold plan: 4 records. */
function customerLines(id: string): object[] {
  const invoice = `inv-${id}`;
  return [
    { customer: { external_id: id, name: `Customer ${id}` } },
    { invoice: { external_id: invoice, customer_external_id: id, date: '2025-01-01T00:00:00Z', currency: 'USD' } },
    {
      line_item: {
        invoice_external_id: invoice,
        type: 'subscription',
        subscription_external_id: `sub-${id}`,
        plan_external_id: 'gold',
        service_period_start: '2025-01-01T00:00:00Z',
        service_period_end: '2025-02-01T00:00:00Z',
        amount_in_cents: 1_000,
      },
    },
    { transaction: { invoice_external_id: invoice, type: 'payment', result: 'successful', date: '2025-01-01T00:00:00Z' } },
  ];
}

async function dataSource(name: string): Promise<string> {
  return (await client.dataSources.create({ name })).uuid;
}

async function customerIds(uuid: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const customer of client.customers.list({ data_source_uuid: uuid })) ids.push(customer.external_id);
  return ids.sort();
}

async function jsonImportStats(): Promise<{ created: number; duplicateExternalIds: number; orderingViolations: number }> {
  const response = await fetch(`${api.url}/__mock/json_imports`, { headers: { authorization: `Basic ${btoa(`${API_KEY}:`)}` } });
  return (await response.json()) as { created: number; duplicateExternalIds: number; orderingViolations: number };
}

const setProcessingRate = (recordsPerSecond: number) =>
  fetch(`${api.url}/__mock/json_imports`, { method: 'POST', headers: { authorization: `Basic ${btoa(`${API_KEY}:`)}` }, body: JSON.stringify({ recordsPerSecond }) });

/**
 * Runs the import with processing slowed down, and sends `signal` once its journal shows three
 * accepted imports (whichever they are: no timing). Resolves with the exit code, or the signal
 * that ended it.
 */
async function interruptOnceAccepted(args: string[], journal: string, signal: NodeJS.Signals, onStderr?: (text: string) => void) {
  await setProcessingRate(100);
  try {
    const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.setEncoding('utf8').on('data', (text: string) => onStderr?.(text));
    const exited = once(child, 'close');
    let gone = false;
    void exited.then(() => (gone = true));
    for (;;) {
      if (gone) throw new Error('the import ended before the signal');
      const text = existsSync(journal) ? await readFile(journal, 'utf8') : '';
      if ((text.match(/"state":"accepted"/g) ?? []).length >= 3) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill(signal);
    const [code, by] = (await exited) as [number | null, NodeJS.Signals | null];
    return code ?? by;
  } finally {
    await setProcessingRate(2_000);
  }
}

interface FailedLine {
  _error: string;
  _line: number;
  [type: string]: unknown;
}

async function failedLines(path: string): Promise<FailedLine[]> {
  const text = await readFile(path, 'utf8');
  return text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as FailedLine)
    .sort((a, b) => a._line - b._line);
}

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}-${String(index).padStart(3, '0')}`);
const jsonl = (lines: readonly (object | string)[]) => `${lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n')}\n`;
/** "chartmogul import: 40 imported, 5 failed, 0 skipped, of 45 records ..." as numbers. */
function summaryOf(stderr: string) {
  const match = /chartmogul import: ([\d,]+) imported.*?, ([\d,]+) failed, ([\d,]+) skipped, of ([\d,]+) records/.exec(stderr);
  if (match === null) throw new Error(`no summary in: ${stderr}`);
  const [imported, failed, skipped, read] = match.slice(1).map((text) => Number(text.replace(/,/g, ''))) as [number, number, number, number];
  return { imported, failed, skipped, read };
}

describe('chartmogul import file.jsonl', () => {
  it('imports the good lines, writes every bad one with its line and reason, and the failed file imports again in place', async () => {
    const uuid = await dataSource('bulk good and bad');
    const good = ids('gb', 30);
    const lines: (object | string)[] = [plan, ...good.flatMap(customerLines)];
    // 1-based line numbers of the bad ones, after the plan (1) and 120 good lines (2-121).
    lines.push('{"customer": {"external_id": "broken"', ''); // 122 (not JSON), 123 (blank: skipped, not counted)
    lines.push({ custmer: { external_id: 'typo' } }); // 124: unknown type
    lines.push({ customer: { external_id: 'two' }, plan: { external_id: 'keys' } }); // 125: two keys
    lines.push({ customer: { name: 'No external id' } }); // 126: refused by the import
    const input = join(dir, 'good-and-bad.jsonl');
    await writeFile(input, jsonl(lines));

    const run = await runCli(['import', input, '--data-source-uuid', uuid, '--base-url', api.url, '--customers-per-import', '7'], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const summary = summaryOf(run.stderr);
    expect(summary).toEqual({ imported: 121, failed: 4, skipped: 0, read: 125 });
    expect(summary.imported + summary.failed + summary.skipped).toBe(summary.read);
    expect(await customerIds(uuid)).toEqual(good);

    const failedPath = `${input}.failed.jsonl`;
    if (process.platform !== 'win32') expect((await stat(failedPath)).mode & 0o777).toBe(0o600);
    const failed = await failedLines(failedPath);
    expect(failed.map((line) => line._line)).toEqual([122, 124, 125, 126]);
    expect(failed[0]).toMatchObject({ _raw: '{"customer": {"external_id": "broken"', _error: expect.stringMatching(/^Line 122 is not JSON/) });
    expect(failed[1]?._error).toMatch(/unknown record type "custmer".*Did you mean "customer"/);
    expect(failed[2]?._error).toMatch(/2 keys \("customer", "plan"\)/);
    expect(failed[3]).toMatchObject({ customer: { name: 'No external id' }, _error: expect.stringContaining('external_id') });

    // Fix two of them in the failed file and import it: the fixed ones go in, the others stay in
    // that same file with their first line numbers; no x.failed.jsonl.failed.jsonl appears.
    const fixed = failed.map((line) => {
      if (line._line === 122) return { ...line, _raw: '{"customer": {"external_id": "gb-fixed-1"}}' };
      if (line._line === 126) return { customer: { external_id: 'gb-fixed-2' }, _error: line._error, _line: 126 };
      return line;
    });
    await writeFile(failedPath, jsonl(fixed));
    const retry = await runCli(['import', failedPath, '--data-source-uuid', uuid, '--base-url', api.url], { env });
    expect(retry.code).toBe(1);
    expect(summaryOf(retry.stderr)).toEqual({ imported: 2, failed: 2, skipped: 0, read: 4 });
    expect(existsSync(`${failedPath}.failed.jsonl`)).toBe(false);
    expect(existsSync(`${failedPath}.partial`)).toBe(false);
    expect((await failedLines(failedPath)).map((line) => line._line)).toEqual([124, 125]);
    expect(await customerIds(uuid)).toEqual([...good, 'gb-fixed-1', 'gb-fixed-2'].sort());

    // Everything fixed: exit 0, and the failed file is gone.
    await writeFile(failedPath, jsonl([{ customer: { external_id: 'gb-fixed-3' }, _line: 124 }, { customer: { external_id: 'gb-fixed-4' }, _line: 125 }]));
    const last = await runCli(['import', failedPath, '--data-source-uuid', uuid, '--base-url', api.url], { env });
    expect(last.code).toBe(0);
    expect(summaryOf(last.stderr)).toEqual({ imported: 2, failed: 0, skipped: 0, read: 2 });
    expect(existsSync(failedPath)).toBe(false);
  });

  it('reads stdin for -, shows progress when asked, and exits 0 with no failed file when every record is imported', async () => {
    const uuid = await dataSource('bulk stdin');
    const run = await runCli(['import', '-', '--data-source-uuid', uuid, '--base-url', api.url, '--progress'], {
      env,
      input: jsonl([plan, ...ids('in', 5).flatMap(customerLines)]),
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(summaryOf(run.stderr)).toEqual({ imported: 21, failed: 0, skipped: 0, read: 21 });
    // --progress forces the progress line off a terminal (a line a second there).
    expect(run.stderr).toMatch(/\d+ read · \d+ sent · \d+ imported · \d+ failed · \d+ imports in flight · [\d,]+\/s/);
    expect(existsSync(join(dir, 'chartmogul-import.failed.jsonl'))).toBe(false);
    expect(await customerIds(uuid)).toEqual(ids('in', 5));
  });

  it('refuses a missing --data-source-uuid or input before sending anything (exit 2)', async () => {
    const input = join(dir, 'unused.jsonl');
    await writeFile(input, jsonl([plan]));
    const noSource = await runCli(['import', input, '--base-url', api.url], { env });
    expect(noSource.code).toBe(2);
    expect(noSource.stderr).toContain('needs --data-source-uuid');
    const noFile = await runCli(['import', join(dir, 'nowhere.jsonl'), '--data-source-uuid', 'ds_x', '--base-url', api.url], { env });
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('no such file');
    const sameFile = await runCli(['import', input, '--failed', input, '--data-source-uuid', 'ds_x', '--base-url', api.url], { env });
    expect(sameFile.code).toBe(2);
    expect(sameFile.stderr).toContain('--failed must name another file than the input');
    expect(existsSync(join(dir, 'nowhere.jsonl.failed.jsonl'))).toBe(false);
  });

    it.skipIf(process.platform === 'win32')('stops on Ctrl-C (exit 130, the skipped records counted) and a rerun with the journal completes', async () => {
    const uuid = await dataSource('bulk interrupt');
    const customers = ids('ci', 40);
    const input = join(dir, 'interrupt.jsonl');
    await writeFile(input, jsonl([plan, ...customers.flatMap(customerLines)]));
    const journal = join(dir, 'interrupt.journal');
    const args = ['import', input, '--data-source-uuid', uuid, '--base-url', api.url, '--customers-per-import', '5', '--resume', journal];
    let stderr = '';
    const code = await interruptOnceAccepted(args, journal, 'SIGINT', (text) => (stderr += text));
    expect(code).toBe(130);
    expect(stderr).toContain('Interrupted');
    const { imported, failed, skipped, read } = summaryOf(stderr);
    expect(skipped).toBeGreaterThan(0);
    expect(imported + failed + skipped).toBe(read);

    const rerun = await runCli(args, { env });
    expect(rerun.code).toBe(0);
    expect(summaryOf(rerun.stderr)).toEqual({ imported: 161, failed: 0, skipped: 0, read: 161 });
    expect(await customerIds(uuid)).toEqual(customers);
  });

  // POSIX only: SIGKILL.
  it.skipIf(process.platform === 'win32')('resumes after the process is killed (kill -9) mid-import: no batch sent twice, every customer imported once', async () => {
    const uuid = await dataSource('bulk resume');
    const customers = ids('rs', 60);
    const input = join(dir, 'resume.jsonl');
    await writeFile(input, jsonl([plan, ...customers.flatMap(customerLines)]));
    const journal = join(dir, 'resume.journal');
    const args = ['import', input, '--data-source-uuid', uuid, '--base-url', api.url, '--customers-per-import', '5', '--resume', journal];
    const before = await jsonImportStats();
    expect(await interruptOnceAccepted(args, journal, 'SIGKILL')).toBe('SIGKILL');

    const rerun = await runCli(args, { env });
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toMatch(/of them sent by an earlier run/);
    expect(summaryOf(rerun.stderr)).toEqual({ imported: 241, failed: 0, skipped: 0, read: 241 });
    expect(await customerIds(uuid)).toEqual(customers);
    const after = await jsonImportStats();
    const sentIds = new Set([...(await readFile(journal, 'utf8')).matchAll(/"state":"sending","externalId":"([^"]+)"/g)].map((match) => match[1]));
    // Each batch was accepted once: as many imports created as batches written down, none refused as a duplicate.
    expect(after.created - before.created).toBe(sentIds.size);
    expect(after.duplicateExternalIds - before.duplicateExternalIds).toBe(0);
    expect(after.orderingViolations - before.orderingViolations).toBe(0);
  });
});
