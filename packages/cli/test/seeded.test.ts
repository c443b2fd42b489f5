// The command line against a seeded local ChartMogul: its answers are the SDK's answers.
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { ChartMogul } from '@chartmogul-kit/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { API_KEY } from './support/test-api.js';

let api: MockServer;
let client: ChartMogul;
const env = { CHARTMOGUL_API_KEY: API_KEY };
const cli = (...args: string[]) => runCli([...args, '--base-url', api.url], { env });

beforeAll(async () => {
  api = await startMockServer({ apiKeys: [API_KEY], port: 0, seed: { customers: 40 } });
  client = new ChartMogul({ apiKey: API_KEY, baseURL: api.url });
});
afterAll(() => api.close());

describe('against seeded data', () => {
  it('metrics mrr: one JSON line per interval, the entries the SDK gets', async () => {
    const run = await cli('metrics', 'mrr', '--start-date', '2025-07-01', '--end-date', '2025-12-31', '--interval', 'month', '--format', 'jsonl');
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown);
    const expected = await client.metrics.mrr({ start_date: '2025-07-01', end_date: '2025-12-31', interval: 'month' });
    expect(lines).toHaveLength(6);
    expect(lines).toEqual(expected.entries);
  });

  it('customers retrieve prints the customer; tags add then retrieve-attributes shows the tags', async () => {
    const [first] = (await client.customers.list({ per_page: 1 })).entries;
    const uuid = first?.uuid as string;
    const retrieved = await cli('customers', 'retrieve', uuid);
    expect(retrieved.code, retrieved.stderr).toBe(0);
    expect(JSON.parse(retrieved.stdout)).toEqual(await client.customers.retrieve(uuid));

    const added = await cli('customers', 'tags', 'add', uuid, '--tags', 'cli-vip,cli-beta');
    expect(added.code, added.stderr).toBe(0);
    const attributes = await cli('customers', 'retrieve-attributes', uuid);
    expect(attributes.code, attributes.stderr).toBe(0);
    expect(JSON.parse(attributes.stdout)).toEqual(await client.customers.retrieveAttributes(uuid));
    expect(attributes.stdout).toContain('"cli-vip"');
    expect(attributes.stdout).toContain('"cli-beta"');
  });

  it('a 404 exits 1 with the status and the API\'s message', async () => {
    const run = await cli('customers', 'retrieve', 'cus_does-not-exist');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error 404: .*cus_does-not-exist/);
  });
});
