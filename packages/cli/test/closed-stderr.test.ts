import { spawn } from 'node:child_process';
import type { MockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from './support/run-cli.js';
import { API_KEY, startTestApi } from './support/test-api.js';

let api: MockServer;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** Runs the binary with its stderr's reader gone before the first byte (`2>&1 | head -0`): every stderr write gets EPIPE. */
function runWithStderrClosed(args: readonly string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', CHARTMOGUL_API_KEY: API_KEY }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr.destroy();
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

describe('a closed stderr (EPIPE) does not crash the command', () => {
  it('the progress line and the final summary of --all --progress', async () => {
    const run = await runWithStderrClosed(['customers', 'list', '--all', '--progress', '--base-url', api.url]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it('an error message: the exit code still says what happened', async () => {
    const run = await runWithStderrClosed(['customers', 'retrieve', 'cus_missing', '--base-url', api.url]);
    expect(run.code).toBe(1);
  });
});
