// The bulk import example of the README and docs/bulk-import.md is examples/bulk-import.ts,
// embedded there word for word (test/docs-embeds.test.ts): this runs it against the local ChartMogul.
import { createHandlers } from '@chartmogul-kit/mock';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { API_KEY, BASE_URL } from './support.js';

const server = setupServer(...createHandlers({ apiKeys: [API_KEY] }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  server.close();
  vi.unstubAllEnvs();
});

it('runs the bulk import example: 1,200 customers and a plan in 3 imports, nothing failed', {
  timeout: 30_000,
}, async () => {
  vi.stubEnv('CHARTMOGUL_API_KEY', API_KEY);
  vi.stubEnv('CHARTMOGUL_API_BASE', BASE_URL);
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  await import('../examples/bulk-import.js');
  const printed = log.mock.calls.map((args) => args);
  const failures = error.mock.calls.length;
  log.mockRestore();
  error.mockRestore();
  expect(printed).toEqual([[2401, 0, 3]]);
  expect(failures).toBe(0);
});
