import { createHandlers } from '@chartmogul-kit/mock';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const API_KEY = 'node-test-key-2f9a71c4';
export const WRONG_KEY = 'node-wrong-key-b81d05e3';
/** Any https origin: msw answers it in-process, nothing leaves the machine. */
export const BASE_URL = 'https://chartmogul.node.test';

/** The ways the key could leak: itself and the Basic credentials made from it. */
export const LEAK_FORMS = [API_KEY, WRONG_KEY, btoa(`${API_KEY}:`), btoa(`${WRONG_KEY}:`)];

/** The local ChartMogul's handlers on msw's Node interceptor; records the URL of every request. */
export function useMockChartMogul(): { urls: string[] } {
  const urls: string[] = [];
  const server = setupServer(...createHandlers({ apiKeys: [API_KEY] }));
  server.events.on('request:start', ({ request }) => urls.push(request.url));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    urls.length = 0;
  });
  afterAll(() => server.close());
  return { urls };
}
