import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createHandlers } from '@chartmogul-kit/mock';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { ChartMogul } from '@chartmogul-kit/node';
import { delay, http } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli } from './support/run-cli.js';
import { API_KEY, startTestApi } from './support/test-api.js';

const VALID = 60;
let api: MockServer;
let client: ChartMogul;
let dir: string;
const env = { CHARTMOGUL_API_KEY: API_KEY };

beforeAll(async () => {
  api = await startTestApi();
  client = new ChartMogul({ apiKey: API_KEY, baseURL: api.url });
  dir = await mkdtemp(join(tmpdir(), 'chartmogul-cli-import-'));
});
afterAll(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

async function listExternalIds(dataSource: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const customer of client.customers.list({ data_source_uuid: dataSource })) ids.push(customer.external_id);
  return ids;
}

interface FailedLine {
  _error: { status?: number; message: string };
  _line: number;
  [field: string]: unknown;
}

describe('chartmogul customers create --from file.jsonl', () => {
  it('creates the valid records, writes the invalid ones with their errors, and a rerun retries only those', async () => {
    const { uuid: dataSource } = await client.dataSources.create({ name: 'CLI import test' });
    // Exists before the import, so that the duplicate below fails whatever order the requests run in.
    await client.customers.create({ data_source_uuid: dataSource, external_id: 'imp-existing', name: 'Existing' });
    const valid = Array.from({ length: VALID }, (_, index) => ({ external_id: `imp-${index}`, name: `Imported ${index}` }));
    // Line numbers, 1-based: valid records, then a duplicate external id, a record without one, and a line that is not JSON.
    const lines = [
      ...valid.map((record) => JSON.stringify(record)),
      JSON.stringify({ external_id: 'imp-existing', name: 'Duplicate' }),
      '',
      JSON.stringify({ name: 'No external id' }),
      '{"external_id": "imp-broken", ',
    ];
    const input = join(dir, 'customers.jsonl');
    await writeFile(input, `${lines.join('\n')}\n`);

    // --data-source-uuid is a default for every record (none of the records names a data source).
    const run = await runCli(['customers', 'create', '--from', input, '--data-source-uuid', dataSource, '--base-url', api.url], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`chartmogul customers create: ${VALID} created, 3 failed, of ${VALID + 3} records`);
    const failedPath = `${input}.failed.jsonl`;
    expect(run.stderr).toContain(`rerun with --from ${failedPath}`);
    // Piped, the created customers are printed as JSON.
    const printed = JSON.parse(run.stdout) as { external_id: string; data_source_uuid: string }[];
    expect(printed.map((customer) => customer.external_id).sort()).toEqual(valid.map((record) => record.external_id).sort());

    const failed = (await readFile(failedPath, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as FailedLine)
      .sort((a, b) => a._line - b._line);
    expect(failed.map((line) => line._line)).toEqual([VALID + 1, VALID + 3, VALID + 4]);
    expect(failed[0]).toMatchObject({ external_id: 'imp-existing', name: 'Duplicate', _error: { status: 422 } });
    expect(failed[0]?._error.message).toContain('external_id');
    expect(failed[1]).toMatchObject({ name: 'No external id' });
    expect(failed[1]?._error.status).toBeGreaterThanOrEqual(400);
    expect(failed[1]?._error.status).toBeLessThan(500);
    expect(failed[2]).toMatchObject({ _raw: '{"external_id": "imp-broken", ' });
    expect(failed[2]?._error.message).toContain(`Line ${VALID + 4} is not JSON`);
    expect((await listExternalIds(dataSource)).sort()).toEqual(['imp-existing', ...valid.map((record) => record.external_id)].sort());

    // Fix the three records in the failed file, as a user would, and rerun from it: only they are sent.
    const fixed = failed.map((line, index) => {
      if (line._raw !== undefined) return { ...line, _raw: '{"external_id": "imp-fixed-2"}' };
      return { ...line, external_id: `imp-fixed-${index}` };
    });
    await writeFile(failedPath, fixed.map((line) => JSON.stringify(line)).join('\n'));
    const rerun = await runCli(['customers', 'create', '--from', failedPath, '--data-source-uuid', dataSource, '--format', 'jsonl', '--base-url', api.url], { env });
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toContain('3 created, 0 failed, of 3 records');
    expect(rerun.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(existsSync(`${failedPath}.failed.jsonl`)).toBe(false);
    const ids = await listExternalIds(dataSource);
    expect(ids).toHaveLength(1 + VALID + 3);
    expect(ids).toEqual(expect.arrayContaining(['imp-fixed-0', 'imp-fixed-1', 'imp-fixed-2']));
  });

  it('takes records from stdin and the failed-records file from --failed', async () => {
    const { uuid: dataSource } = await client.dataSources.create({ name: 'CLI stdin import' });
    const failedPath = join(dir, 'stdin-failures.jsonl');
    const input = [{ external_id: 'in-1', data_source_uuid: dataSource }, { external_id: 'in-1', data_source_uuid: dataSource }]
      .map((record) => JSON.stringify(record))
      .join('\n');
    const run = await runCli(['customers', 'create', '--from', '-', '--failed', failedPath, '--concurrency', '1', '--base-url', api.url], { env, input });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('1 created, 1 failed, of 2 records');
    const [failure] = (await readFile(failedPath, 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line) as FailedLine);
    expect(failure).toMatchObject({ external_id: 'in-1', _line: 2, _error: { status: 422 } });
  });

  it('refuses an import on a read, a missing file, and --failed equal to --from (exit 2)', async () => {
    const input = join(dir, 'missing.jsonl');
    const missing = await runCli(['customers', 'create', '--from', input, '--base-url', api.url], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');

    await writeFile(input, '{}\n');
    const same = await runCli(['customers', 'create', '--from', input, '--failed', input, '--base-url', api.url], { env });
    expect(same.code).toBe(2);
    const read = await runCli(['customers', 'list', '--from', input, '--base-url', api.url], { env });
    expect(read.code).toBe(2);
    expect(read.stderr).toContain('only reads');
  });

  it('on Ctrl-C stops sending, lets the requests in flight finish, and saves the unsent records for a rerun (exit 130)', async () => {
    // A slow API, so that the import is still running when the signal comes.
    const slow = http.all('*/v1/*', async () => {
      await delay(25);
    });
    const slowApi = await startMockServer({ apiKeys: [API_KEY], port: 0, handlers: [slow, ...createHandlers({ apiKeys: [API_KEY] })] });
    try {
      const slowClient = new ChartMogul({ apiKey: API_KEY, baseURL: slowApi.url });
      const { uuid: dataSource } = await slowClient.dataSources.create({ name: 'CLI interrupted import' });
      const input = join(dir, 'interrupted.jsonl');
      const all = Array.from({ length: 100 }, (_, index) => `int-${index}`);
      await writeFile(input, all.map((id) => JSON.stringify({ external_id: id })).join('\n'));

      const child = spawn(process.execPath, [CLI, 'customers', 'create', '--from', input, '--data-source-uuid', dataSource, '--concurrency', '2', '--format', 'jsonl', '--base-url', slowApi.url], {
        env: { PATH: process.env.PATH ?? '', ...env },
      });
      let stdout = '';
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        const before = stdout.split('\n').length;
        stdout += chunk;
        if (before <= 4 && stdout.split('\n').length > 4) child.kill('SIGINT');
      });
      const [code] = (await once(child, 'close')) as [number | null];
      expect(code, stderr).toBe(130);

      const created = stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { external_id: string }).external_id);
      const unsent = (await readFile(`${input}.failed.jsonl`, 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line) as FailedLine);
      expect(stderr).toContain(`Interrupted: ${unsent.length} records were not sent.`);
      expect(unsent.every((line) => line._error.message === 'Not attempted: the import was interrupted.')).toBe(true);
      expect(created.length).toBeGreaterThanOrEqual(4);
      expect([...created, ...unsent.map((line) => line.external_id as string)].sort()).toEqual([...all].sort());

      const rerun = await runCli(['customers', 'create', '--from', `${input}.failed.jsonl`, '--data-source-uuid', dataSource, '--base-url', slowApi.url], { env });
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(rerun.stderr).toContain(`${unsent.length} created, 0 failed`);
      const ids: string[] = [];
      for await (const customer of slowClient.customers.list({ data_source_uuid: dataSource })) ids.push(customer.external_id);
      expect(ids.sort()).toEqual([...all].sort());
    } finally {
      await slowApi.close();
    }
  });
});
