// Runs test/deno/client_test.ts with the `deno` npm package's binary against the local
// ChartMogul over HTTP, with the narrowest permissions, and checks Deno's verdict.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type MockServer, startEchoServer, startMockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
/** The SDK version the User-Agent must name. */
const { version } = JSON.parse(readFileSync(new URL('../../core/package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const deno = fileURLToPath(new URL('../node_modules/.bin/deno', import.meta.url));
const apiKey = `deno-test-${randomBytes(12).toString('hex')}`;
let server: MockServer;
// Answers what it was sent: how the Deno test sees the User-Agent its client sends.
let echo: MockServer;

beforeAll(async () => {
  server = await startMockServer({ apiKeys: [apiKey] });
  echo = await startEchoServer();
});
afterAll(() => Promise.all([server.close(), echo.close()]));

it('passes deno test on Deno, with net access to the local servers only and env access to the two variables only', async () => {
  const args = [
    'test',
    `--allow-net=${new URL(server.url).host},${new URL(echo.url).host}`,
    '--allow-env=CHARTMOGUL_API_KEY,CHARTMOGUL_API_BASE',
    'test/deno/client_test.ts',
    '--',
    echo.url,
    version,
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
