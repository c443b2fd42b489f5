import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { MockServer } from '@chartmogul-kit/mock/server';
import { ChartMogul } from '@chartmogul-kit/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from './support/parse-csv.js';
import { CLI, runCli } from './support/run-cli.js';
import { API_KEY, startTestApi } from './support/test-api.js';

const COUNT = 450;
let api: MockServer;
let dataSource: string;
let created: Record<string, unknown>[];
const env = { CHARTMOGUL_API_KEY: API_KEY };

/** Names that CSV must quote: commas, quotes, line breaks, edge spaces; and plain ones. */
function nameOf(index: number): string {
  const tricky = [`Doe, Jay ${index}`, `The "Best" ${index}`, `Two\nLines ${index}`, ` Spaced ${index} `];
  return index % 10 < tricky.length ? (tricky[index % 10] as string) : `Customer ${index}`;
}

beforeAll(async () => {
  api = await startTestApi();
  // Seeding, not a test of the client: no pacing, and one at a time, so the API's order is the creation order.
  const client = new ChartMogul({ apiKey: API_KEY, baseURL: api.url, rateLimit: false });
  dataSource = (await client.dataSources.create({ name: 'CLI export test' })).uuid;
  created = [];
  for (let index = 0; index < COUNT; index++) {
    const customer = await client.customers.create({
      data_source_uuid: dataSource,
      external_id: `ext-${String(index).padStart(4, '0')}`,
      name: nameOf(index),
      email: `customer${index}@example.com`,
    });
    created.push(customer as unknown as Record<string, unknown>);
  }
});
afterAll(() => api.close());

const listAll = (format: string, ...extra: string[]) =>
  runCli(['customers', 'list', '--data-source-uuid', dataSource, '--per-page', '200', '--all', '--format', format, '--base-url', api.url, ...extra], { env });

describe('chartmogul customers list --all', () => {
  it('streams every page as JSON lines that match the created customers, in order', async () => {
    const run = await listAll('jsonl');
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(COUNT);
    const items = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(items.map((item) => item.uuid)).toEqual(created.map((customer) => customer.uuid));
    expect(items.map((item) => item.external_id)).toEqual(created.map((customer) => customer.external_id));
    expect(items.map((item) => item.name)).toEqual(created.map((customer) => customer.name));
    expect(items.map((item) => item.email)).toEqual(created.map((customer) => customer.email));
  });

  it('writes CSV with the first item\'s keys as header, proper quoting and nested values as JSON', async () => {
    const run = await listAll('csv');
    expect(run.code, run.stderr).toBe(0);
    const [header, ...rows] = parseCsv(run.stdout);
    expect(header).toEqual(Object.keys(created[0] as object));
    expect(rows).toHaveLength(COUNT);
    const columns = header as string[];
    const cell = (row: string[], name: string) => row[columns.indexOf(name)];
    rows.forEach((row, index) => {
      const customer = created[index] as Record<string, unknown>;
      expect(row).toHaveLength(columns.length);
      expect(cell(row, 'uuid')).toBe(customer.uuid);
      expect(cell(row, 'name')).toBe(customer.name);
      expect(JSON.parse(cell(row, 'attributes') as string)).toEqual(customer.attributes);
    });
  });

  it('writes one valid JSON array when piped without --format', async () => {
    const run = await runCli(['customers', 'list', '--data-source-uuid', dataSource, '--all', '--base-url', api.url], { env });
    expect(run.code, run.stderr).toBe(0);
    const items = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(items.map((item) => item.uuid)).toEqual(created.map((customer) => customer.uuid));
  });

  it('reports items, pages and rate on stderr with --progress', async () => {
    const run = await listAll('jsonl', '--progress');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^${COUNT} items in 3 pages, [\\d.]+ s \\([\\d,]+/s\\)\\.$`, 'm'));
  });

  it('without --all prints the first page as the API sent it, cursor included', async () => {
    const run = await runCli(['customers', 'list', '--data-source-uuid', dataSource, '--per-page', '200', '--base-url', api.url], { env });
    expect(run.code, run.stderr).toBe(0);
    const page = JSON.parse(run.stdout) as { entries: unknown[]; has_more: boolean; cursor: string };
    expect(page.entries).toHaveLength(200);
    expect(page.has_more).toBe(true);

    const next = await runCli(['customers', 'list', '--data-source-uuid', dataSource, '--per-page', '200', '--cursor', page.cursor, '--format', 'jsonl', '--base-url', api.url], { env });
    expect(next.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { uuid: string }).uuid)).toEqual(
      created.slice(200, 400).map((customer) => customer.uuid),
    );
    expect(next.stderr).toContain('More pages follow: add --all');
  });

  it('stops quietly, exit 0, when the reader closes the pipe early (| head)', async () => {
    const child = spawn(process.execPath, [CLI, 'customers', 'list', '--data-source-uuid', dataSource, '--per-page', '10', '--all', '--format', 'jsonl', '--base-url', api.url], {
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let seen = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      seen += chunk;
      if (seen.split('\n').length > 3) child.stdout.destroy();
    });
    const [code] = (await once(child, 'close')) as [number | null];
    expect(JSON.parse(seen.split('\n')[0] as string)).toMatchObject({ uuid: created[0]?.uuid });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
