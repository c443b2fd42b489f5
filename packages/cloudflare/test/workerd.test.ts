// The built package inside workerd (miniflare 3), talking over real HTTP to the local
// ChartMogul, with the key given as a binding, as on Cloudflare.
import { readFileSync } from 'node:fs';
import { type MockServer, startEchoServer, startMockServer } from '@chartmogul-kit/mock/server';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleWorker } from './workerd/bundle-worker.js';

const API_KEY = 'workerd-test-key-7c1e93b0';
const WRONG_KEY = 'workerd-wrong-key-44d2a8f1';
const LEAK_FORMS = [API_KEY, WRONG_KEY, btoa(`${API_KEY}:`), btoa(`${WRONG_KEY}:`)];

let server: MockServer;
// Answers what it was sent: how the Worker's own request (its User-Agent) is seen.
let echo: MockServer;
let miniflare: Miniflare;
let workerdOutput = '';

beforeAll(async () => {
  server = await startMockServer({ apiKeys: [API_KEY] });
  echo = await startEchoServer();
  const script = await bundleWorker('worker.mjs');
  const worker = (name: string, bindings: Record<string, string>) => ({
    name,
    routes: [`${name}.test/*`],
    modules: true,
    script,
    compatibilityDate: '2025-07-18',
    bindings,
  });
  // One workerd, three Workers that differ only in their bindings.
  miniflare = new Miniflare({
    workers: [
      worker('right-key', { CHARTMOGUL_API_KEY: API_KEY, CHARTMOGUL_API_BASE: server.url }),
      worker('wrong-key', { CHARTMOGUL_API_KEY: WRONG_KEY, CHARTMOGUL_API_BASE: server.url }),
      worker('no-key', { CHARTMOGUL_API_BASE: server.url }),
      worker('echo', { CHARTMOGUL_API_KEY: API_KEY, CHARTMOGUL_API_BASE: echo.url }),
    ],
    handleRuntimeStdio(stdout, stderr) {
      stdout.setEncoding('utf8').on('data', (chunk: string) => (workerdOutput += chunk));
      stderr.setEncoding('utf8').on('data', (chunk: string) => (workerdOutput += chunk));
    },
  });
  await miniflare.ready;
}, 60_000);

afterAll(async () => {
  await miniflare?.dispose();
  await server?.close();
  await echo?.close();
});

/** Asks one of the Workers (routed by host name) to run a check; answers its JSON. */
async function check(workerName: string, path: string): Promise<any> {
  const response = await miniflare.dispatchFetch(`http://${workerName}.test${path}`);
  return response.json();
}

describe('ChartMogul.fromEnv inside workerd', () => {
  it('pings with the key and base URL from the bindings', async () => {
    expect(await check('right-key', '/ping')).toEqual({ result: { data: 'pong!' } });
  });

  it('rejects a wrong key with AuthenticationError (401)', async () => {
    const { error } = await check('wrong-key', '/ping');
    expect(error).toMatchObject({
      name: 'AuthenticationError',
      status: 401,
      isAuthenticationError: true,
      isChartMogulError: true,
    });
  });

  it('imports in bulk: batches, follows each import to its end, counts every record', async () => {
    expect(await check('right-key', '/bulk')).toEqual({
      result: { read: 13, imported: 13, failed: 0, skipped: 0, imports: 2 },
    });
  });

  it('withResponse() gives the status and request id, on a list page too', async () => {
    expect(await check('right-key', '/list-with-response')).toEqual({ result: { status: 200, isArray: true } });
    expect(await check('echo', '/with-response')).toMatchObject({
      result: { status: 200, requestId: expect.stringMatching(/^req_echo_\d+$/) },
    });
  });

  it("sends User-Agent chartmogul-kit/<version> with workerd's name; a caller's own wins", async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../core/package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const { result } = await check('echo', '/with-response');
    expect(result.userAgent).toBe(`chartmogul-kit/${version} cloudflare-workers`);
    expect(await check('echo', '/own-user-agent')).toEqual({ result: 'my-worker/1.0' });
  });

  it("paces calls with the client's scheduler, though a Worker's clock stands still between I/O", async () => {
    expect(await check('right-key', '/paced')).toEqual({ result: 12 });
  });

  it('without a CHARTMOGUL_API_KEY binding: ConfigurationError naming the binding', async () => {
    const { error } = await check('no-key', '/ping');
    expect(error).toMatchObject({ name: 'ConfigurationError', isConfigurationError: true });
    expect(error.message).toContain('CHARTMOGUL_API_KEY');
    expect(error.message).toContain('fromEnv');
  });

  it('never shows the key: not in JSON.stringify, console.log or an error', async () => {
    const shown = await check('right-key', '/shown');
    expect(shown.baseURL).toBe(server.url);
    const { error } = await check('wrong-key', '/ping');
    // console.log output reaches us through workerd's stdout, a moment later.
    await expect.poll(() => workerdOutput).toContain('error:');
    expect(workerdOutput).toMatch(/client: ChartMogul .*\[redacted\]/);
    for (const leak of LEAK_FORMS) {
      expect(shown.json).not.toContain(leak);
      expect(error.message).not.toContain(leak);
      expect(workerdOutput).not.toContain(leak);
    }
  });
});
