// The built package on Node and on Bun (which runs packages/node too), each in its own process,
// against the mock's HTTP server: the paths that depend on the transport give the same results.
// Node sends with node:http (fetch is never read, and successes never load undici), Bun with its fetch.
// Node 18, 22 and 24 come from apps/node-runtimes: on 22 and 24, importing node:http's ESM namespace
// loads undici (its WebSocket getters), so this also holds the transport to loading it otherwise.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type MockServer, startEchoServer, startMockServer } from '@chartmogul-kit/mock/server';
import {
  binariesExistForThisPlatform,
  nodeBinaries,
  requireNodeBinary,
  whyMissing,
} from '@chartmogul-kit/node-runtimes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const KEY = 'runtime-check-key-6d0e';
const script = fileURLToPath(new URL('./fixtures/runtime-check.mjs', import.meta.url));
const bun = fileURLToPath(new URL('../node_modules/.bin/bun', import.meta.url));
let server: MockServer;
let echo: MockServer;
let refusedURL: string;
const { version } = JSON.parse(readFileSync(new URL('../../core/package.json', import.meta.url), 'utf8')) as {
  version: string;
};

beforeAll(async () => {
  // faults: {} switches on the x-mock-fault header (the latency of the timeout and abort cases).
  server = await startMockServer({ apiKeys: [KEY], seed: { customers: 40 }, faults: {} });
  echo = await startEchoServer();
  const closed = await startMockServer({ apiKeys: [KEY] });
  refusedURL = closed.url;
  await closed.close();
});
afterAll(() => Promise.all([server.close(), echo.close()]));

function run(command: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [script, server.url, KEY, refusedURL, echo.url], {
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
  ownUserAgent: { value: 'my-app/1.0' },
  pageWithResponse: { value: { items: 7, status: 200 } },
  bulk: { value: { read: 13, imported: 13, failed: 0, skipped: 0, imports: 2 } },
};

const nodeBinary = (major: 18 | 22 | 24) =>
  binariesExistForThisPlatform ? requireNodeBinary(major) : nodeBinaries[major];
type Row = [name: string, command: string, usesFetch: boolean, undiciAfterSuccesses: boolean, runtimeAgent: string];
const otherNodes = ([18, 22, 24] as const).flatMap((major): Row[] => {
  const binary = nodeBinary(major);
  if (binary) return [[`node ${major}`, binary, false, false, `node/${major}\\.\\d+\\.\\d+`]];
  console.warn(`[skip] the built package on Node ${major}: ${whyMissing(major)}`);
  return [];
});

describe.each<Row>([
  ['node', process.execPath, false, false, `node/${process.versions.node.replaceAll('.', '\\.')}`],
  ...otherNodes,
  ['bun', bun, true, false, 'bun/\\d+\\.\\d+\\.\\d+'],
])('the built package on %s', (name, command, usesFetch, undiciAfterSuccesses, runtimeAgent) => {
  it('pings, classifies errors, times out, aborts, pages and schedules as everywhere; withResponse(), the User-Agent and a bulk import', {
    timeout: 60_000,
  }, async () => {
    const result = await run(command);
    const withResponse = {
      value: {
        userAgent: expect.stringMatching(
          new RegExp(`^chartmogul-kit/${version.replaceAll('.', '\\.')} ${runtimeAgent}$`),
        ),
        status: 200,
        requestId: expect.stringMatching(/^req_echo_\d+$/),
      },
    };
    const runtime = name.split(' ')[0];
    expect(result).toEqual({ runtime, ...expected, withResponse, undiciAfterSuccesses, usedFetch: usesFetch });
  });
});
