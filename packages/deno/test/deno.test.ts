// Runs test/deno/client_test.ts with the `deno` npm package's binary against the local
// ChartMogul over HTTP, with the narrowest permissions, and checks Deno's verdict.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const deno = fileURLToPath(new URL('../node_modules/.bin/deno', import.meta.url));
const apiKey = `deno-test-${randomBytes(12).toString('hex')}`;
let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ apiKeys: [apiKey] });
});
afterAll(() => server.close());

it('passes deno test on Deno, with net access to the mock only and env access to the two variables only', async () => {
  const args = [
    'test',
    `--allow-net=${new URL(server.url).host}`,
    '--allow-env=CHARTMOGUL_API_KEY,CHARTMOGUL_API_BASE',
    'test/deno/client_test.ts',
  ];
  const env = {
    ...process.env,
    CHARTMOGUL_API_KEY: apiKey,
    CHARTMOGUL_API_BASE: server.url,
    DENO_NO_UPDATE_CHECK: '1',
    NO_COLOR: '1',
  };
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
    execFile(deno, args, { cwd: packageDir, env, timeout: 90_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, output: stdout + stderr });
    });
  });
  expect(output).toMatch(/ok \| [1-9]\d* passed \| 0 failed/);
  expect(code, output).toBe(0);
  expect(output).not.toContain(apiKey);
});
