// The chartmogul-node snippet from ChartMogul's docs, with only the package name changed, on
// @chartmogul-kit/compat as built: Node, Bun and Deno run src/runners/compat-snippet.cjs as is,
// workerd the same calls in a Worker. Against the local ChartMogul over HTTP.
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compatRuntimeNames, isPongObject, runPing } from '../src/runtimes.mjs';
import { leakFormsOf, randomKey } from './support.js';

const rightKey = randomKey('right');
const wrongKey = randomKey('wrong');
let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ apiKeys: [rightKey] });
});
afterAll(() => server.close());

describe.concurrent.each(compatRuntimeNames)('%s', (runtime) => {
  it("prints { data: 'pong!' } with the legacy (token, secret) pair of the docs", async () => {
    const run = await runPing(runtime, { apiKey: rightKey, baseURL: server.url });
    expect(isPongObject(run.stdout), run.stdout + run.stderr).toBe(true);
    expect(run.line).toBe(`${runtime}: pong!`);
    for (const leak of leakFormsOf(rightKey)) expect(run.stdout + run.stderr).not.toContain(leak);
  });

  it('rejects with the official ForbiddenError for a wrong key, and never shows the key', async () => {
    const run = await runPing(runtime, { apiKey: wrongKey, baseURL: server.url });
    expect(run.stdout.trim()).toBe('');
    expect(run.line).toMatch(new RegExp(`^${runtime}: ForbiddenError\\b.*Unauthorized`));
    for (const leak of leakFormsOf(wrongKey)) expect(run.stdout + run.stderr).not.toContain(leak);
  });
});

it('isPongObject tells the pong object from anything else', () => {
  expect(isPongObject("{ data: 'pong!' }\n")).toBe(true);
  expect(isPongObject('{\n  data: "pong!",\n}\n')).toBe(true);
  expect(isPongObject("{ data: 'pong' }\n")).toBe(false);
  expect(isPongObject('')).toBe(false);
});
