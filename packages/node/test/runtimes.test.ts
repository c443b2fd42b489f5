// The built package on Node and on Bun (which runs packages/node too), each in its own process,
// against the mock's HTTP server: the paths that depend on the transport give the same results.
// Node sends with node:http (fetch is never read, and successes never load undici), Bun with its fetch.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const KEY = 'runtime-check-key-6d0e';
const script = fileURLToPath(new URL('./fixtures/runtime-check.mjs', import.meta.url));
const bun = fileURLToPath(new URL('../node_modules/.bin/bun', import.meta.url));
let server: MockServer;
let refusedURL: string;

beforeAll(async () => {
  // faults: {} switches on the x-mock-fault header (the latency of the timeout and abort cases).
  server = await startMockServer({ apiKeys: [KEY], seed: { customers: 40 }, faults: {} });
  const closed = await startMockServer({ apiKeys: [KEY] });
  refusedURL = closed.url;
  await closed.close();
});
afterAll(() => server.close());

function run(command: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [script, server.url, KEY, refusedURL], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${command} exited with ${code}: ${stderr}`));
      else resolve(JSON.parse(stdout.trim()) as Record<string, unknown>);
    });
  });
}

const expected = {
  ping: { value: { data: 'pong!' } },
  wrongKey: { error: 'AuthenticationError', status: 401 },
  notFound: { error: 'NotFoundError', status: 404 },
  refusedWrite: { error: 'ConnectionError', requestSent: false },
  timeout: { error: 'TimeoutError', requestSent: true },
  aborted: { error: 'UserAbortError' },
  walked: { value: 30 },
  parallel: { value: 30 },
};

describe.each([
  ['node', process.execPath, false, false],
  ['bun', bun, true, false],
])('the built package on %s', (runtime, command, usesFetch, undiciAfterSuccesses) => {
  it('pings, classifies errors, times out, aborts, pages and schedules as everywhere', {
    timeout: 60_000,
  }, async () => {
    const result = await run(command);
    expect(result).toEqual({ runtime, ...expected, undiciAfterSuccesses, usedFetch: usesFetch });
  });
});
