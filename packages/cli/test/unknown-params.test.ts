// A field the operation does not declare, in --data or in a --from record, is refused before anything
// is sent, naming the closest known field: ChartMogul would drop it in silence (a customer created
// without its email). The SDK makes the check (its strictParams option), from the same types as the flags.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { API_KEY } from './support/test-api.js';

let server: MockServer;
let dir: string;
const received: unknown[] = [];
const env = { CHARTMOGUL_API_KEY: API_KEY };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chartmogul-cli-unknown-params-'));
  const record = http.all('*/v1/*', async ({ request }) => {
    received.push(await request.text());
    return HttpResponse.json({ uuid: 'cus_1' });
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

it('--data with a misspelt field: refused, with the closest known name, nothing sent', async () => {
  const data = JSON.stringify({ data_source_uuid: 'ds_1', external_id: 'c1', name: 'Ada', emial: 'ada@example.com' });
  const run = await runCli(['customers', 'create', '--data', data, '--base-url', server.url], { env });
  expect(run.stderr).toContain('customers.create: unknown param "emial"; did you mean "email"?');
  expect(run.code).toBe(2);
  expect(received).toEqual([]);
});

it('--data with known fields only is sent as given', async () => {
  const data = JSON.stringify({ data_source_uuid: 'ds_1', external_id: 'c1', name: 'Ada', email: 'ada@example.com' });
  const run = await runCli(['customers', 'create', '--data', data, '--base-url', server.url, '--format', 'json'], { env });
  expect(run.code, run.stderr).toBe(0);
  expect(received.map((body) => JSON.parse(body as string))).toEqual([JSON.parse(data)]);
});

it('--from: a record with a misspelt field fails with the same message, the others are sent', async () => {
  const input = join(dir, 'customers.jsonl');
  const failed = join(dir, 'customers.failed.jsonl');
  await writeFile(
    input,
    `${JSON.stringify({ external_id: 'c1', name: 'Ada', email: 'ada@example.com' })}\n${JSON.stringify({ external_id: 'c2', name: 'Bob', emial: 'bob@example.com' })}\n`,
  );
  const run = await runCli(['customers', 'create', '--from', input, '--failed', failed, '--data-source-uuid', 'ds_1', '--concurrency', '1', '--base-url', server.url], { env });
  expect(run.code).toBe(1);
  expect(received).toHaveLength(1);
  expect(JSON.parse(received[0] as string)).toMatchObject({ external_id: 'c1' });
  expect(await readFile(failed, 'utf8')).toContain('did you mean \\"email\\"?');
});
