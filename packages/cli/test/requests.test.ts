// What the command line sends: flags to wire names and types, path values, bodies from --data.
// A recording server answers every request with a canned body and keeps what it received.
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { API_KEY } from './support/test-api.js';

interface Received {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

const METRICS = {
  entries: [
    { date: '2025-01-31', mrr: 1000, 'percentage-change': 0 },
    { date: '2025-02-28', mrr: 1500, 'percentage-change': 50 },
  ],
  summary: { current: 1500, previous: 1000, 'percentage-change': 50 },
};

let server: MockServer;
let dir: string;
const received: Received[] = [];
const env = { CHARTMOGUL_API_KEY: API_KEY };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chartmogul-cli-requests-'));
  const record = http.all('*/v1/*', async ({ request }) => {
    const url = new URL(request.url);
    const text = await request.text();
    received.push({ method: request.method, path: url.pathname, query: Object.fromEntries(url.searchParams), body: text ? JSON.parse(text) : undefined });
    return HttpResponse.json(url.pathname.startsWith('/v1/metrics/') ? METRICS : { ok: true });
  });
  server = await startMockServer({ apiKeys: [API_KEY], port: 0, handlers: [record] });
});
beforeEach(() => {
  received.length = 0;
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const cli = (args: string[], input?: string) => runCli([...args, '--base-url', server.url], { env, ...(input === undefined ? {} : { input }) });

describe('what the command line sends', () => {
  it('metrics mrr: --start-date and --end-date go out as the wire spells them, lists comma-joined', async () => {
    const run = await cli(['metrics', 'mrr', '--start-date', '2025-01-01', '--end-date', '2025-12-31', '--interval', 'month', '--geo', 'US,GB', '--format', 'csv']);
    expect(run.code, run.stderr).toBe(0);
    expect(received).toEqual([
      { method: 'GET', path: '/v1/metrics/mrr', query: { 'start-date': '2025-01-01', 'end-date': '2025-12-31', interval: 'month', geo: 'US,GB' }, body: undefined },
    ]);
    // The rows of a metric are its entries.
    expect(run.stdout).toBe('date,mrr,percentage-change\n2025-01-31,1000,0\n2025-02-28,1500,50\n');
  });

  it('nested namespaces, path values and typed body fields: customers tags add / remove', async () => {
    expect((await cli(['customers', 'tags', 'add', 'cus_1/..', '--tags', 'vip, beta'])).code).toBe(0);
    expect((await cli(['customers', 'tags', 'remove', 'cus_1', '--tags', 'beta'])).code).toBe(0);
    expect(received).toEqual([
      { method: 'POST', path: '/v1/customers/cus_1%2F../attributes/tags', query: {}, body: { tags: ['vip', 'beta'] } },
      { method: 'DELETE', path: '/v1/customers/cus_1/attributes/tags', query: {}, body: { tags: ['beta'] } },
    ]);
  });

  it('--data from a file or stdin gives the body; flags override its fields; numbers and switches are typed', async () => {
    const file = join(dir, 'customer.json');
    await writeFile(file, JSON.stringify({ data_source_uuid: 'ds_1', external_id: 'from-file', name: 'Filed', attributes: { tags: ['a'] } }));
    expect((await cli(['customers', 'create', '--data', `@${file}`, '--external-id', 'from-flag'])).code).toBe(0);
    expect((await cli(['plans', 'create', '--data', '-', '--interval-count', '3'], '{"data_source_uuid":"ds_1","name":"Gold","interval_unit":"month"}')).code).toBe(0);
    expect((await cli(['invoices', 'delete', 'inv_1', '--handle-as-user-edit'])).code).toBe(0);
    expect(received.map(({ method, path, query, body }) => ({ method, path, query, body }))).toEqual([
      { method: 'POST', path: '/v1/customers', query: {}, body: { data_source_uuid: 'ds_1', external_id: 'from-flag', name: 'Filed', attributes: { tags: ['a'] } } },
      { method: 'POST', path: '/v1/plans', query: {}, body: { data_source_uuid: 'ds_1', name: 'Gold', interval_unit: 'month', interval_count: 3 } },
      { method: 'DELETE', path: '/v1/invoices/inv_1', query: { handle_as_user_edit: 'true' }, body: undefined },
    ]);
  });

  it('a required field given in --data satisfies the check', async () => {
    const run = await cli(['metrics', 'arr', '--data', '{"start-date":"2025-01-01","end_date":"2025-03-31"}']);
    expect(run.code, run.stderr).toBe(0);
    expect(received[0]?.query).toEqual({ 'start-date': '2025-01-01', 'end-date': '2025-03-31' });
  });

  it('--from takes path values from each record when the command line gives none', async () => {
    const file = join(dir, 'tags.jsonl');
    await writeFile(file, '{"uuid":"cus_1","tags":["a"]}\n{"uuid":"cus_2","tags":["b","c"]}\n');
    const run = await cli(['customers', 'tags', 'add', '--from', file, '--concurrency', '1']);
    expect(run.code, run.stderr).toBe(0);
    expect(received).toEqual([
      { method: 'POST', path: '/v1/customers/cus_1/attributes/tags', query: {}, body: { tags: ['a'] } },
      { method: 'POST', path: '/v1/customers/cus_2/attributes/tags', query: {}, body: { tags: ['b', 'c'] } },
    ]);
  });
});
