// Optional settings (CHARTMOGUL_API_BASE, CHARTMOGUL_LOG) are read in Deno only where env access
// to them is granted already, so a run with --allow-env=CHARTMOGUL_API_KEY alone never prompts.
// Real Deno, stdin closed and --no-prompt: a refused read would throw there, a prompt would hang.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const deno = fileURLToPath(new URL('../node_modules/.bin/deno', import.meta.url));
const API_KEY = 'deno-env-permissions-key-9e41';
let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ apiKeys: [API_KEY] });
});
afterAll(() => server.close());

function run(allowEnv: string, args: string[] = []): Promise<{ code: number; output: string; stdout: string }> {
  const env = {
    ...process.env,
    CHARTMOGUL_API_KEY: API_KEY,
    CHARTMOGUL_API_BASE: server.url,
    CHARTMOGUL_LOG: 'debug',
    DENO_NO_UPDATE_CHECK: '1',
    NO_COLOR: '1',
  };
  const denoArgs = ['run', '--no-prompt', `--allow-net=${new URL(server.url).host}`, `--allow-env=${allowEnv}`];
  return new Promise((resolve) => {
    const child = execFile(
      deno,
      [...denoArgs, 'test/deno/env_permissions.ts', ...args],
      { cwd: packageDir, env, timeout: 90_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          output: stdout + stderr,
          stdout,
        }),
    );
    child.stdin?.end();
  });
}

it('with --allow-env=CHARTMOGUL_API_KEY only: runs, and never reads the variables it has no permission for', async () => {
  const { code, output, stdout } = await run('CHARTMOGUL_API_KEY', [server.url]);
  expect(code, output).toBe(0);
  const result = JSON.parse(stdout);
  expect(result.reads).toEqual(['CHARTMOGUL_API_KEY']);
  expect(result.ping).toEqual({ data: 'pong!' });
  // CHARTMOGUL_LOG=debug was set but not permitted: the default level stands, no debug lines.
  expect(result.settings.logLevel).toBe('warn');
  expect(output).not.toContain('debug');
});

it('reads CHARTMOGUL_API_BASE and CHARTMOGUL_LOG once they are permitted', async () => {
  const { code, output, stdout } = await run('CHARTMOGUL_API_KEY,CHARTMOGUL_API_BASE,CHARTMOGUL_LOG');
  expect(code, output).toBe(0);
  const result = JSON.parse(stdout.split('\n').find((line) => line.startsWith('{"reads"')) ?? '{}');
  expect(result.reads).toEqual(expect.arrayContaining(['CHARTMOGUL_API_KEY', 'CHARTMOGUL_API_BASE', 'CHARTMOGUL_LOG']));
  expect(result.settings).toMatchObject({ baseURL: server.url, logLevel: 'debug' });
  expect(output).not.toContain(API_KEY);
});
