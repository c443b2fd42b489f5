// The built package as a user gets it: ESM through `import`, CommonJS through `require`.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { API_KEY, BASE_URL, useMockChartMogul } from './support.js';

useMockChartMogul();

type Package = typeof import('../src/index.js');
const require = createRequire(import.meta.url);
// Paths in variables: the type checker must not need a build, the test must.
const esmEntry = '../dist/index.js';
const cjsEntry = '../dist/index.cjs';

describe.each([
  ['ESM', () => import(esmEntry) as Promise<Package>],
  ['CommonJS', async () => require(cjsEntry) as Package],
])('dist (%s)', (_, load) => {
  it('exports ChartMogul and core’s errors, and pings', async () => {
    const { ChartMogul, AuthenticationError, ConfigurationError } = await load();
    expect(typeof AuthenticationError).toBe('function');
    expect(() => new ChartMogul({ apiKey: '' })).toThrow(ConfigurationError);
    await expect(new ChartMogul({ apiKey: API_KEY, baseURL: BASE_URL }).ping()).resolves.toEqual({ data: 'pong!' });
  });
});
