// `instanceof` across the ESM and CommonJS copies of the package in one real Node process.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll, expect, it } from 'vitest';

const KEY = 'dual-package-key-3b8e';
const script = fileURLToPath(new URL('./fixtures/dual-package.mjs', import.meta.url));
let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ apiKeys: [KEY] });
});
afterAll(() => server.close());

function run(): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script, server.url, KEY], { timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout));
    });
  });
}

it('errors and clients of one copy are instances of the other copy’s classes, hierarchy included', async () => {
  const result = await run();
  expect(result.copiesDiffer).toBe(true);
  expect(result.notFound).toEqual({
    name: 'NotFoundError',
    NotFoundError: true,
    APIError: true,
    ChartMogulError: true,
    Error: true,
    RateLimitError: false,
    AuthenticationError: false,
    ConnectionError: false,
    sameCopy: true,
  });
  expect(result.unauthorised).toEqual({ name: 'AuthenticationError', AuthenticationError: true, NotFoundError: false });
  expect(result.configuration).toEqual({
    name: 'ConfigurationError',
    cjsConfigurationError: true,
    cjsChartMogulError: true,
    cjsAPIError: false,
  });
  expect(result.aliases).toEqual({ ResourceInvalidError: true, TimeoutIsConnection: true, ConnectionIsTimeout: false });
  expect(result.subclass).toEqual({ cjsIsMine: false, mineIsCjs: true, mineIsCjsAPIError: true });
  expect(result.client).toEqual({
    ChartMogul: true,
    esmIsCjs: true,
    errorIsClient: false,
    clientIsError: false,
  });
  expect(result.lookalikes).toEqual({ plainObject: false, string: false, nullish: false, nullPrototype: false });
});
