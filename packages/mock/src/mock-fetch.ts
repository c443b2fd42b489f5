import { getResponse, type RequestHandler } from 'msw';
import { errorResponse } from './responses.js';

/** A `fetch` answered by the handlers in-process: for Workers and Deno tests, and any client's `fetch` option. */
export function createMockFetch(handlers: RequestHandler[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    return (await getResponse(handlers, request)) ?? errorResponse(404, `No route for ${request.method} ${request.url}`);
  };
}
