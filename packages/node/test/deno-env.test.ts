// @chartmogul-kit/node under Deno (npm: specifiers run it there): process.env goes through Deno's
// permissions, so an optional variable (CHARTMOGUL_API_BASE, CHARTMOGUL_LOG) must be read only where
// access is granted already. Real Deno, stdin closed, --no-prompt: a refused read would throw
// (NotCapable), a prompt would hang. CHARTMOGUL_API_BASE points at a closed port: if it were read
// despite the option, the ping would fail.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const deno = fileURLToPath(new URL('../../deno/node_modules/.bin/deno', import.meta.url));
const KEY = 'node-under-deno-key-3b7d';
let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ apiKeys: [KEY] });
});
afterAll(() => server.close());

function run(
  allowEnv: string | undefined,
  keyFrom: 'option' | 'env',
): Promise<{ code: number; stdout: string; output: string }> {
  const env = {
    ...process.env,
    CHARTMOGUL_API_KEY: KEY,
    CHARTMOGUL_API_BASE: 'http://127.0.0.1:9',
    CHARTMOGUL_LOG: 'debug',
    NO_COLOR: '1',
    DENO_NO_UPDATE_CHECK: '1',
  };
  const flags = [
    'run',
    '--no-prompt',
    '--allow-read',
    `--allow-net=${new URL(server.url).host}`,
    ...(allowEnv ? [`--allow-env=${allowEnv}`] : []),
  ];
  return new Promise((resolve) => {
    const child = execFile(
      deno,
      [...flags, 'test/fixtures/deno-env-check.mjs', server.url, keyFrom, KEY],
      { cwd: fileURLToPath(new URL('..', import.meta.url)), env, timeout: 90_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          stdout,
          output: stdout + stderr,
        }),
    );
    child.stdin?.end();
  });
}

describe.skipIf(!existsSync(deno))('@chartmogul-kit/node under Deno, --no-prompt', () => {
  it('with the key and baseURL as options: runs without any env permission', { timeout: 120_000 }, async () => {
    const { code, stdout, output } = await run(undefined, 'option');
    expect(code, output).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ value: { data: 'pong!' } });
    expect(output).not.toContain('debug');
  });

  it('with --allow-env=CHARTMOGUL_API_KEY only: reads the key, not the optional variables', {
    timeout: 120_000,
  }, async () => {
    const { code, stdout, output } = await run('CHARTMOGUL_API_KEY', 'env');
    expect(code, output).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ value: { data: 'pong!' } });
  });
});
