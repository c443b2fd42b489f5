import { once } from 'node:events';
import { createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MockServer } from '@chartmogul-kit/mock/server';
import { ChartMogul } from '@chartmogul-kit/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES } from '../src/import/split-lines.js';
import { runCli } from './support/run-cli.js';
import { API_KEY, startTestApi } from './support/test-api.js';

// What the import reads: a line over the limit, a byte-order mark, a path that is not a file.

let api: MockServer;
let client: ChartMogul;
let dir: string;
const env = { CHARTMOGUL_API_KEY: API_KEY };

beforeAll(async () => {
  api = await startTestApi();
  client = new ChartMogul({ apiKey: API_KEY, baseURL: api.url });
  dir = await mkdtemp(join(tmpdir(), 'chartmogul-cli-input-'));
});
afterAll(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

async function listExternalIds(dataSource: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const customer of client.customers.list({ data_source_uuid: dataSource })) ids.push(customer.external_id);
  return ids.sort();
}

/** Writes `lines` to a file; `{ external_id, bytes }` is a record padded to a line of that many bytes, written a MiB at a time. */
async function writeLines(path: string, lines: (string | { external_id: string; bytes: number })[]): Promise<void> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  for (const line of lines) {
    if (typeof line === 'string') {
      await write(`${line}\n`);
      continue;
    }
    const head = `{"external_id":"${line.external_id}","name":"`;
    let left = line.bytes - head.length - '"}'.length;
    await write(head);
    for (; left > 0; left -= 1024 * 1024) await write('x'.repeat(Math.min(left, 1024 * 1024)));
    await write('"}\n');
  }
  out.end();
  await once(out, 'finish');
}

describe('the input of an import', () => {
  it('reports a line over the limit as a failed record (not sent, only its start kept) and reads on', async () => {
    const { uuid: dataSource } = await client.dataSources.create({ name: 'CLI long line' });
    const input = join(dir, 'long-line.jsonl');
    await writeLines(input, ['{"external_id":"line-1"}', { external_id: 'line-2', bytes: MAX_LINE_BYTES + 1 }, '{"external_id":"line-3"}']);
    const run = await runCli(['customers', 'create', '--from', input, '--data-source-uuid', dataSource, '--base-url', api.url], { env });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('2 created, 1 failed, of 3 records');
    expect(await listExternalIds(dataSource)).toEqual(['line-1', 'line-3']);

    const failedPath = `${input}.failed.jsonl`;
    expect((await stat(failedPath)).size).toBeLessThan(4096);
    const failed = JSON.parse(await readFile(failedPath, 'utf8')) as { _raw: string; _line: number; _error: { message: string } };
    expect(failed._line).toBe(2);
    expect(failed._error.message).toContain(`Line 2 is longer than the limit of 8 MiB a line (${(MAX_LINE_BYTES + 1).toLocaleString('en-US')} bytes)`);
    expect(failed._raw).toMatch(/^\{"external_id":"line-2","name":"x+$/);
    expect(failed._raw.length).toBeLessThanOrEqual(1024);
  });

  it('skips a byte-order mark at the start of the file', async () => {
    const { uuid: dataSource } = await client.dataSources.create({ name: 'CLI BOM' });
    const input = join(dir, 'bom.jsonl');
    await writeFile(input, '\ufeff{"external_id":"bom-1"}\n{"external_id":"bom-2"}\n');
    const run = await runCli(['customers', 'create', '--from', input, '--data-source-uuid', dataSource, '--base-url', api.url], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(await listExternalIds(dataSource)).toEqual(['bom-1', 'bom-2']);
  });

  it('retries a failed-records file whose first _raw kept a byte-order mark', async () => {
    const { uuid: dataSource } = await client.dataSources.create({ name: 'CLI BOM retry' });
    const input = join(dir, 'bom-retry.failed.jsonl');
    await writeFile(input, `${JSON.stringify({ _raw: '\ufeff{"external_id":"bom-3"}', _error: { message: 'Line 1 is not JSON' }, _line: 1 })}\n`);
    const run = await runCli(['customers', 'create', '--from', input, '--data-source-uuid', dataSource, '--base-url', api.url], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(await listExternalIds(dataSource)).toEqual(['bom-3']);
  });

  it('refuses a directory as --from before creating anything (exit 2)', async () => {
    const folder = join(dir, 'a-folder');
    await mkdir(folder);
    const run = await runCli(['customers', 'create', '--from', folder, '--data-source-uuid', 'ds_x', '--base-url', api.url], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--from ${folder} is a directory`);
    expect(run.stderr).not.toContain('unexpected error');
    expect(existsSync(`${folder}.failed.jsonl`)).toBe(false);
  });

  it('refuses a --from that cannot be opened, saying why (exit 2)', async () => {
    const file = join(dir, 'a-file.jsonl');
    await writeFile(file, '{}\n');
    const run = await runCli(['customers', 'create', '--from', join(file, 'below'), '--data-source-uuid', 'ds_x', '--base-url', api.url], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot be read (ENOTDIR)');
  });

  // Root reads any file whatever its mode: this case needs an ordinary user. The [skip] line is
  // what the test summary (scripts/test-summary.mjs) shows as the reason.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) console.warn('[skip] an unreadable --from: running as root, which can read any file (run as an ordinary user to test it)');
  it.skipIf(asRoot)('refuses an unreadable --from before creating anything (exit 2)', async () => {
    const input = join(dir, 'unreadable.jsonl');
    await writeFile(input, '{"external_id":"u-1"}\n');
    await chmod(input, 0o000);
    const run = await runCli(['customers', 'create', '--from', input, '--data-source-uuid', 'ds_x', '--base-url', api.url], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not readable');
    expect(existsSync(`${input}.failed.jsonl`)).toBe(false);
  });

  it('takes at most 20 requests in flight, the client limit (exit 2)', async () => {
    const input = join(dir, 'concurrency.jsonl');
    await writeFile(input, '{"external_id":"c-1"}\n');
    const run = await runCli(['customers', 'create', '--from', input, '--concurrency', '21', '--base-url', api.url], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--concurrency takes at most 20');
    expect(existsSync(`${input}.failed.jsonl`)).toBe(false);
  });
});
