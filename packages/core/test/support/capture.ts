import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { ClientOptions } from '../../src/index.js';
import { ChartMogulClient } from '../../src/internal.js';

export const TEST_BASE_URL = 'https://api.chartmogul.test';
export const TEST_API_KEY = 'test-key-0123456789';

/** A client on no runtime at all: no environment, the base URL of the capture server. */
export function testClient(options: ClientOptions = {}): ChartMogulClient {
  return new ChartMogulClient(
    { apiKey: TEST_API_KEY, baseURL: TEST_BASE_URL, ...options },
    { readEnv: () => undefined, apiKeyHint: 'Pass { apiKey }.' },
  );
}

export interface CapturedRequest {
  method: string;
  url: URL;
  /** `url.pathname` as sent, still percent-encoded. */
  path: string;
  /** Query parameters as sent (decoded). */
  query: Record<string, string>;
  headers: Headers;
  /** The raw body text, '' when none. */
  rawBody: string;
  /** The body parsed as JSON, undefined when none. */
  body: unknown;
}

/** Makes the answer to one captured request (`undefined` body = empty). */
export type Responder = (request: CapturedRequest) => { status: number; body: unknown };

/**
 * An msw server that records every request and answers with what the test set up:
 * `const wire = captureRequests(); wire.reply({ data: 'pong!' }); await client.ping(); wire.last()`.
 * Unhandled requests fail the test, so nothing reaches a network.
 */
export function captureRequests() {
  const seen: CapturedRequest[] = [];
  const fixed = (status: number, body: unknown): Responder => () => ({ status, body });
  let respond: Responder = fixed(200, {});
  const server = setupServer(
    http.all(`${TEST_BASE_URL}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const rawBody = await request.text();
      const captured: CapturedRequest = {
        method: request.method,
        url,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: request.headers,
        rawBody,
        body: rawBody === '' ? undefined : JSON.parse(rawBody),
      };
      seen.push(captured);
      const reply = respond(captured);
      return reply.body === undefined
        ? new HttpResponse(null, { status: reply.status })
        : HttpResponse.json(reply.body as Record<string, unknown>, { status: reply.status });
    }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    seen.length = 0;
    respond = fixed(200, {});
  });
  afterAll(() => server.close());
  return {
    /** What the next requests are answered with (`undefined` body = empty). */
    reply(body: unknown, status = 200) {
      respond = fixed(status, body);
    },
    /** Answers each request with what `responder` makes of it, e.g. a page chosen by its `cursor`. */
    respondWith(responder: Responder) {
      respond = responder;
    },
    /** Every request since the test began. */
    requests: seen,
    /** The last request; fails when there was none. */
    last(): CapturedRequest {
      const request = seen.at(-1);
      if (!request) throw new Error('No request reached the wire.');
      return request;
    },
  };
}
