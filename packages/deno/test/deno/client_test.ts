/// <reference lib="deno.ns" />
// Run by Deno itself (`deno test`, started by test/deno.test.ts) against the local ChartMogul
// over HTTP, with CHARTMOGUL_API_KEY / CHARTMOGUL_API_BASE set and only the permissions the
// client needs: --allow-net=<the mock's host> --allow-env=CHARTMOGUL_API_KEY,CHARTMOGUL_API_BASE.
// The built package, as a Deno user imports it.
import assert from 'node:assert/strict';
import {
  AuthenticationError,
  type BulkRecord,
  bulkImport,
  ChartMogul,
  ChartMogulError,
  ConfigurationError,
} from '../../dist/index.js';
import { bulkHistory } from '../../../core/test/support/bulk-history.mjs';

const apiKey = Deno.env.get('CHARTMOGUL_API_KEY')!;
const baseURL = Deno.env.get('CHARTMOGUL_API_BASE')!;
const wrongKey = `not-${apiKey}`;
/** A server that answers what it was sent (the User-Agent), and the SDK's version, from test/deno.test.ts. */
const [echoURL, sdkVersion] = Deno.args as [string, string];
const leakForms = [apiKey, wrongKey, btoa(`${apiKey}:`), btoa(`${wrongKey}:`)];

function assertNoKey(text: string): void {
  for (const leak of leakForms) assert.ok(!text.includes(leak), 'the API key shows');
}

Deno.test('reads CHARTMOGUL_API_KEY and CHARTMOGUL_API_BASE through Deno.env and pings', async () => {
  const cm = new ChartMogul();
  assert.equal(cm.baseURL, baseURL);
  assert.deepEqual(await cm.ping(), { data: 'pong!' });
});

Deno.test('rejects a wrong key with AuthenticationError (401)', async () => {
  const error = await new ChartMogul({ apiKey: wrongKey }).ping().catch((e: unknown) => e);
  assert.ok(error instanceof AuthenticationError);
  assert.ok(error instanceof ChartMogulError);
  assert.equal(error.status, 401);
  assertNoKey(Deno.inspect(error, { showHidden: true, depth: Infinity }));
  assertNoKey(JSON.stringify(error));
});

Deno.test('never shows the key in Deno.inspect (console.log) or JSON.stringify of the client', () => {
  const cm = new ChartMogul();
  const shown = Deno.inspect(cm, { showHidden: true, depth: Infinity, getters: true });
  assertNoKey(shown);
  assert.match(shown, /\[redacted\]/);
  assertNoKey(JSON.stringify(cm));
});

Deno.test({
  name: 'without env permission the environment counts as unset: a ConfigurationError naming the variable',
  permissions: { env: false, net: false },
  fn() {
    assert.throws(
      () => new ChartMogul(),
      (error: unknown) => {
        assert.ok(error instanceof ConfigurationError);
        assert.match(error.message, /CHARTMOGUL_API_KEY/);
        return true;
      },
    );
  },
});

Deno.test({
  name: 'needs no env permission when given apiKey and baseURL',
  permissions: { env: false, net: [new URL(baseURL).host] },
  async fn() {
    assert.deepEqual(await new ChartMogul({ apiKey, baseURL }).ping(), { data: 'pong!' });
  },
});

Deno.test('withResponse() gives the status and request id; the User-Agent names the SDK and Deno', async () => {
  const { data, response } = await new ChartMogul({ baseURL: echoURL }).ping().withResponse();
  assert.equal(response.status, 200);
  assert.match(response.requestId ?? '', /^req_echo_\d+$/);
  assert.equal((data as { userAgent?: string }).userAgent, `chartmogul-kit/${sdkVersion} deno/${Deno.version.deno}`);
  const page = await new ChartMogul().customers.list({ per_page: 1 }).withResponse();
  assert.equal(page.response.status, 200);
  assert.ok(Array.isArray(page.data.entries));
});

Deno.test("a caller's own User-Agent wins", async () => {
  const data = await new ChartMogul({ baseURL: echoURL }).ping({ headers: { 'User-Agent': 'my-app/1.0' } });
  assert.equal((data as { userAgent?: string }).userAgent, 'my-app/1.0');
});

Deno.test('imports in bulk: batches, follows each import to its end, counts every record', async () => {
  const cm = new ChartMogul();
  const ds = await cm.dataSources.create({ name: 'bulk on Deno' });
  // The history is plain JavaScript shared with the other runtimes' checks: typed here.
  const summary = await bulkImport(cm, ds.uuid, bulkHistory(3) as Iterable<BulkRecord>, {
    customersPerImport: 2,
    pollInterval: { initialMs: 5, maxMs: 20 },
  });
  assert.deepEqual(
    {
      read: summary.read,
      imported: summary.imported,
      failed: summary.failed,
      skipped: summary.skipped,
      imports: summary.imports,
    },
    { read: 13, imported: 13, failed: 0, skipped: 0, imports: 2 },
  );
});
