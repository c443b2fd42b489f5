// The `proxy` option on Bun (its fetch's own `proxy`) and Deno (Deno.createHttpClient({ proxy })),
// each in its own process, through the loopback CONNECT proxy to the mock's https front. Bun trusts
// the test-only certificate through NODE_EXTRA_CA_CERTS; Deno's rustls refuses a self-signed CA as
// a server certificate, so Deno skips verification for 127.0.0.1 alone (the proxy's log, not TLS,
// is what this test reads).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CERT_PATH, startProxy, startTlsFront, type TestProxy, type TlsFront } from './proxy-support.js';

const KEY = 'proxy-runtimes-key-0c3f';
const script = fileURLToPath(new URL('./fixtures/proxy-runtime-check.mjs', import.meta.url));
const bun = fileURLToPath(new URL('../node_modules/.bin/bun', import.meta.url));
const deno = fileURLToPath(new URL('../../deno/node_modules/.bin/deno', import.meta.url));
const denoDir = fileURLToPath(new URL('../../deno/', import.meta.url));
const entries = {
  bun: pathToFileURL(fileURLToPath(new URL('../dist/index.js', import.meta.url))).href,
  deno: pathToFileURL(fileURLToPath(new URL('../../deno/dist/index.js', import.meta.url))).href,
};
let mock: MockServer;
let front: TlsFront;
let proxy: TestProxy;

beforeAll(async () => {
  mock = await startMockServer({ apiKeys: [KEY] });
  front = await startTlsFront(mock.port);
});
beforeEach(async () => {
  proxy = await startProxy({ requireCredentials: 'rt:pw' });
});
afterEach(() => proxy.close());
afterAll(() => Promise.all([front.close(), mock.close()]));

function run(runtime: 'bun' | 'deno'): Promise<Record<string, unknown>> {
  const args = [entries[runtime], front.url, proxy.url.replace('http://', 'http://rt:pw@'), KEY];
  const [command, argv, cwd] =
    runtime === 'bun'
      ? [bun, [script, ...args], undefined]
      : [
          deno,
          ['run', '--no-prompt', '-A', '--unsafely-ignore-certificate-errors=127.0.0.1', script, ...args],
          denoDir,
        ];
  return new Promise((resolve, reject) => {
    execFile(
      command,
      argv,
      {
        cwd,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          NODE_EXTRA_CA_CERTS: CERT_PATH,
          NO_COLOR: '1',
          DENO_NO_UPDATE_CHECK: '1',
        },
        timeout: 90_000,
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${runtime} failed: ${stderr}`));
        else resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>);
      },
    );
  });
}

const present = {
  bun: existsSync(bun),
  deno: existsSync(deno) && existsSync(new URL('../../deno/dist/index.js', import.meta.url)),
};
// The `[skip]` line reaches the summary `pnpm test` prints (scripts/test-summary.mjs).
if (!present.deno)
  console.warn('[skip] proxy on Deno: build packages/deno first (pnpm turbo run build --filter=@chartmogul-kit/deno)');

describe.each(['bun', 'deno'] as const)('%s', (runtime) => {
  it.skipIf(!present[runtime])(
    'sends through the proxy given as `proxy`, with its credentials; refuses a SOCKS proxy',
    { timeout: 120_000 },
    async () => {
      const result = await run(runtime);
      expect(result.proxied).toEqual({ value: { data: 'pong!' } });
      expect(result.badProxy).toEqual({
        error: expect.stringContaining('ConfigurationError: proxy "socks5://127.0.0.1:1" is refused'),
      });
      expect(JSON.stringify(result)).not.toContain('hidden');
      expect(proxy.log.tunnels).toEqual([`127.0.0.1:${front.port}`]);
      expect(proxy.log.credentials).toEqual(['rt:pw']);
    },
  );
});
