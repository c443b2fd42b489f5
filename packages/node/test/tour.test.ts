// The README's tour is examples/tour.ts, embedded there word for word (test/docs-embeds.test.ts):
// this runs that file against the local ChartMogul and checks what it prints.
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

it('runs the README tour: ping, create, retrieve, list, import an invoice, read MRR, withResponse, request, a typed error', async () => {
  vi.stubEnv('CHARTMOGUL_API_KEY', API_KEY);
  vi.stubEnv('CHARTMOGUL_API_BASE', BASE_URL);
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  await import('../examples/tour.js');
  const printed = log.mock.calls.map((args) => args);
  log.mockRestore();
  expect(printed).toEqual([
    [{ data: 'pong!' }],
    ['Adam Smith'],
    ['adam@example.com'],
    [1],
    [
      [
        ['2025-01-31', 10_000],
        ['2025-02-28', 10_000],
        ['2025-03-31', 10_000],
      ],
    ],
    [true, 200],
    ['adam@example.com'],
    [404],
  ]);
});
