// The built runtime packages, pinged for real on Node, Bun, Deno and workerd against the
// local ChartMogul over HTTP, through the demo's own runners (src/runtimes.mjs).
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPing, runtimeNames } from '../src/runtimes.mjs';
import { leakFormsOf, randomKey } from './support.js';

const rightKey = randomKey('right');
const wrongKey = randomKey('wrong');
let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ apiKeys: [rightKey] });
});
afterAll(() => server.close());

describe.concurrent.each(runtimeNames)('%s', (runtime) => {
  it('pongs with the right key', async () => {
    const run = await runPing(runtime, { apiKey: rightKey, baseURL: server.url });
    expect(run.stdout).toBe(`${runtime}: pong!\n`);
    expect(run.exitCode).toBe(0);
    expect(run.ok).toBe(true);
    for (const leak of leakFormsOf(rightKey)) expect(run.stdout + run.stderr).not.toContain(leak);
  });

  it('reports AuthenticationError (401) for a wrong key, and never shows the key', async () => {
    const run = await runPing(runtime, { apiKey: wrongKey, baseURL: server.url });
    expect(run.stdout).toMatch(new RegExp(`^${runtime}: AuthenticationError \\(401\\): \\S.*\\n$`));
    expect(run.exitCode).toBe(1);
    expect(run.ok).toBe(false);
    for (const leak of leakFormsOf(wrongKey)) expect(run.stdout + run.stderr).not.toContain(leak);
  });
});
