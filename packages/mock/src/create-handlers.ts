import { http, type RequestHandler } from 'msw';
import { authenticatedKey } from './auth.js';
import { type FaultController, type FaultOptions, withFaults } from './faults/index.js';
import { pingHandlers } from './handlers/ping.js';
import { errorResponse, unauthorized } from './responses.js';

export interface MockOptions {
  /** The API keys this local ChartMogul accepts. */
  apiKeys: readonly string[];
  /** Make it misbehave: a `FaultController` to steer from the test, or options (random rate, ChartMogul's limits). */
  faults?: FaultController | FaultOptions;
}

/**
 * The request handlers of the local ChartMogul. One set serves msw's `setupServer`,
 * a `fetch` function (`createMockFetch`) and the HTTP server (`startMockServer`).
 */
export function createHandlers(options: MockOptions): RequestHandler[] {
  const keys = new Set(options.apiKeys);
  if (keys.size === 0 || keys.has('')) throw new Error('The mock needs at least one non-empty API key.');
  const handlers = [
    // Every /v1 request is authenticated first; returning nothing passes it on to the next handler.
    http.all('*/v1/*', ({ request }) => (authenticatedKey(request, keys) === undefined ? unauthorized() : undefined)),
    ...pingHandlers,
    http.all('*/v1/*', ({ request }) => errorResponse(404, `No route for ${request.method} ${new URL(request.url).pathname}`)),
  ];
  return options.faults ? withFaults(handlers, options.faults) : handlers;
}
