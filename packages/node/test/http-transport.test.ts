// The node:http transport against the fetch transport, fault by fault, over the mock's real HTTP
// server: whatever the pipeline decides (retry or not, which error) depends only on what the
// transport returns or how it fails, so the two must agree on every case.
import { createHandlers, FaultController, withFaults } from '@chartmogul-kit/mock';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  basicAuthorization,
  createFetchTransport,
  type Transport,
  TransportFailure,
  type TransportRequest,
} from '@chartmogul-kit/core/internal';
import { createHttpTransport } from '../src/http-transport.js';

const KEY = 'http-transport-key-41c9';
const faults = new FaultController();
let server: MockServer;
let refusedURL: string;

const echo = http.all('*/v1/echo', async ({ request }) =>
  HttpResponse.json({ method: request.method, body: await request.text(), type: request.headers.get('content-type') }),
);
const redirect = http.get(
  '*/v1/moved',
  () => new HttpResponse(null, { status: 302, headers: { location: 'https://elsewhere.test/' } }),
);

beforeAll(async () => {
  server = await startMockServer({
    apiKeys: [KEY],
    handlers: withFaults([echo, redirect, ...createHandlers({ apiKeys: [KEY] })], faults),
  });
  const closed = await startMockServer({ apiKeys: [KEY] });
  refusedURL = closed.url;
  await closed.close();
});
afterAll(() => server.close());

const transports: Record<'http' | 'fetch', Transport> = {
  http: createHttpTransport(),
  fetch: createFetchTransport(fetch),
};

function request(
  path: string,
  init: { method?: string; body?: string; signal?: AbortSignal; base?: string } = {},
): TransportRequest {
  return {
    method: (init.method ?? 'GET') as TransportRequest['method'],
    url: `${init.base ?? server.url}${path}`,
    headers: {
      accept: 'application/json',
      authorization: basicAuthorization(KEY),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body,
    signal: init.signal ?? new AbortController().signal,
  };
}

/** What the pipeline can see of one attempt. */
async function outcome(transport: Transport, req: TransportRequest, fault?: string) {
  faults.clear();
  if (fault) faults.next(fault);
  try {
    const response = await transport(req);
    return {
      status: response.status,
      body: response.body,
      retryAfter: response.headers.get('retry-after'),
      contentType: response.headers.get('content-type'),
      location: response.headers.get('location'),
    };
  } catch (error) {
    return error instanceof TransportFailure ? { failed: true, requestSent: error.requestSent } : { threw: error };
  }
}

async function both(req: () => TransportRequest, fault?: string) {
  return { http: await outcome(transports.http, req(), fault), fetch: await outcome(transports.fetch, req(), fault) };
}

describe('node:http transport = fetch transport', () => {
  it.each([
    ['no fault', undefined],
    ['429 with Retry-After', '429;retry-after=3'],
    ['503', '503'],
    ['500', '500'],
    ['an HTML gateway page', 'html=502'],
    ['a body cut in half (malformed JSON)', 'malformed-json'],
    ['a slow body', 'slow-body=60'],
  ])('%s: same status, body and headers', async (_, fault) => {
    const { http: viaHttp, fetch: viaFetch } = await both(() => request('/v1/ping'), fault);
    expect(viaHttp).toEqual(viaFetch);
    expect(viaHttp).toHaveProperty('status');
  });

  it.each([
    ['the connection reset before any answer', 'reset-before-response'],
    ['the connection reset during the body', 'reset-during-body'],
  ])('%s: a TransportFailure that may have been sent', async (_, fault) => {
    const { http: viaHttp, fetch: viaFetch } = await both(() => request('/v1/ping'), fault);
    expect(viaHttp).toEqual({ failed: true, requestSent: true });
    expect(viaHttp).toEqual(viaFetch);
  });

  it('a refused connection: a TransportFailure that certainly was not sent (writes may retry)', async () => {
    const { http: viaHttp, fetch: viaFetch } = await both(() => request('/v1/ping', { base: refusedURL }));
    expect(viaHttp).toEqual({ failed: true, requestSent: false });
    expect(viaHttp).toEqual(viaFetch);
  });

  it('sends the method and the JSON body as they are', async () => {
    const body = JSON.stringify({ name: 'Zoë 🚀', n: 1 });
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
      const { http: viaHttp, fetch: viaFetch } = await both(() => request('/v1/echo', { method, body }));
      expect(JSON.parse((viaHttp as { body: string }).body)).toEqual({ method, body, type: 'application/json' });
      expect(viaHttp).toEqual(viaFetch);
    }
  });

  it('does not follow a redirect: the 3xx is the answer', async () => {
    const { http: viaHttp, fetch: viaFetch } = await both(() => request('/v1/moved'));
    expect(viaHttp).toMatchObject({ status: 302, location: 'https://elsewhere.test/' });
    expect(viaHttp).toEqual(viaFetch);
  });

  it("rejects with the signal's reason when it fires, before or during the attempt", async () => {
    for (const transport of Object.values(transports)) {
      const reason = new Error('stopped');
      await expect(transport(request('/v1/ping', { signal: AbortSignal.abort(reason) }))).rejects.toBe(reason);
      const controller = new AbortController();
      faults.clear().next('latency=5000');
      const pending = transport(request('/v1/ping', { signal: controller.signal }));
      setTimeout(() => controller.abort(reason), 50);
      await expect(pending).rejects.toBe(reason);
    }
  });

  it('keeps its connection alive (sequential requests share one socket) and repeated headers apart', async () => {
    const ports = new Set<number>();
    const plain = createServer((req, res) => {
      ports.add(req.socket.remotePort ?? 0);
      res.setHeader('content-type', 'application/json');
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.end('{"data":"pong!"}');
    });
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = plain.address() as AddressInfo;
      for (let i = 0; i < 20; i++) {
        const response = await transports.http(request('/v1/ping', { base: `http://127.0.0.1:${port}` }));
        expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
      }
      expect(ports.size).toBe(1);
    } finally {
      plain.closeAllConnections();
      await new Promise((resolve) => plain.close(resolve));
    }
  });
});
