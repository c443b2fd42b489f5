// createOfetchTransport on Node, over real HTTP to the local ChartMogul: the app's ofetch instance
// (its interceptors, its defaults) carries every attempt, while the client's retry, timeout and
// redirect rules decide, whatever the instance was made with. Deno and workerd run the same
// transport in apps/edge-examples (test/nitro-ofetch.test.ts).
import { type AddressInfo, createServer } from 'node:net';
import { http, HttpResponse } from 'msw';
import { ofetch } from 'ofetch';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  APIError,
  ConfigurationError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  ResponseTooLargeError,
  TimeoutError,
} from '../../src/index.js';
import { ChartMogulClient } from '../../src/internal.js';
import { createOfetchTransport } from '../../src/ofetch/index.js';
import { useMockServer } from '../support/mock-server.js';

const KEY = 'ofetch-transport-key-8c2d';
const mock = useMockServer(KEY, [
  // A redirect to another origin: following it would carry the Authorization header there.
  http.get('*/v1/account', () => new HttpResponse(null, { status: 302, headers: { location: 'http://127.0.0.2:8080/v1/account' } })),
]);

/** An app's ofetch instance, made with defaults that must not apply to ChartMogul calls. */
function appFetch() {
  const seen: { method: string; url: string; trace: string | null }[] = [];
  const $fetch = ofetch.create({
    retry: 5,
    retryDelay: 0,
    timeout: 1,
    onRequest({ request, options }) {
      const headers = new Headers(options.headers);
      headers.set('x-app-trace', 'abc');
      options.headers = headers;
      seen.push({ method: String(options.method), url: String(request), trace: headers.get('x-app-trace') });
    },
  });
  return { $fetch, seen };
}

/** A loopback port nothing listens on: one just freed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeEach(() => {
  mock.faults.clear();
});

describe('createOfetchTransport', () => {
  it('sends through the instance and its interceptors; its own timeout default does not apply', async () => {
    const { $fetch, seen } = appFetch();
    const cm = mock.client({ transport: createOfetchTransport($fetch) });
    await expect(cm.ping()).resolves.toEqual({ data: 'pong!' });
    expect(seen).toEqual([{ method: 'GET', url: `${mock.url}/v1/ping`, trace: 'abc' }]);
  });

  it('gives every status to the client: a 404 is a NotFoundError with the API’s message, not an ofetch error', async () => {
    const { $fetch } = appFetch();
    const error = await mock
      .client({ transport: createOfetchTransport($fetch) })
      .customers.retrieve('cus_00000000-0000-0000-0000-000000000000')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).status).toBe(404);
  });

  it('retries a GET as the client says (two 503s, maxRetries 2: three attempts), not as the instance says', async () => {
    const { $fetch, seen } = appFetch();
    mock.faults.next('503', '503');
    await expect(mock.client({ transport: createOfetchTransport($fetch), maxRetries: 2 }).ping()).resolves.toEqual({ data: 'pong!' });
    expect(seen).toHaveLength(3);
  });

  it('never repeats a POST answered 500, though the instance was made with retry: 5', async () => {
    const { $fetch, seen } = appFetch();
    mock.faults.next('500');
    const error = await mock
      .client({ transport: createOfetchTransport($fetch), maxRetries: 2 })
      .dataSources.create({ name: 'Billing' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(seen.map(({ method }) => method)).toEqual(['POST']);
  });

  it('does not follow a redirect: the 302 is an APIError and the other address is never asked', async () => {
    const { $fetch, seen } = appFetch();
    const error = await mock
      .client({ transport: createOfetchTransport($fetch), maxRetries: 0 })
      .account.retrieve()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(302);
    expect(seen).toHaveLength(1);
  });

  it('applies the client’s timeout: a TimeoutError', async () => {
    const { $fetch } = appFetch();
    mock.faults.next('latency=5000');
    const error = await mock
      .client({ transport: createOfetchTransport($fetch), timeout: 50, maxRetries: 0 })
      .ping()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('stops reading at maxResponseBytes: a 48 MiB body against a 1 MiB cap is a ResponseTooLargeError, the download cancelled', async () => {
    const { $fetch } = appFetch();
    mock.faults.next('huge-body=50331648', 'gzip-bomb=8000000');
    const cm = mock.client({ transport: createOfetchTransport($fetch), maxResponseBytes: 1_048_576, maxRetries: 2 });
    const huge = await cm.ping().catch((e: unknown) => e);
    expect(huge).toBeInstanceOf(ResponseTooLargeError);
    expect(huge).toMatchObject({ status: 200, maxResponseBytes: 1_048_576 });
    // Counted decoded: some kilobytes of gzip that inflate past the cap.
    const bomb = await cm.ping().catch((e: unknown) => e);
    expect(bomb).toBeInstanceOf(ResponseTooLargeError);
    // A body within the cap is read whole, and one without a body (204) is empty.
    await expect(cm.ping()).resolves.toEqual({ data: 'pong!' });
  });

  it('turns a refused connection into a ConnectionError that says nothing was sent', async () => {
    const { $fetch } = appFetch();
    const cm = new ChartMogulClient(
      { apiKey: KEY, baseURL: `http://127.0.0.1:${await closedPort()}`, transport: createOfetchTransport($fetch), maxRetries: 0 },
      { readEnv: () => undefined, apiKeyHint: '' },
    );
    const error = await cm.ping().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ requestSent: false });
    expect(String((error as Error).message)).not.toContain(KEY);
  });

  it('refuses what is not an ofetch instance, and a transport together with fetch, before any request', () => {
    expect(() => createOfetchTransport({} as never)).toThrow(ConfigurationError);
    const runtime = { readEnv: () => undefined, apiKeyHint: '' };
    const transport = createOfetchTransport(ofetch);
    expect(() => new ChartMogulClient({ apiKey: KEY, transport, fetch }, runtime)).toThrow(ConfigurationError);
    expect(() => new ChartMogulClient({ apiKey: KEY, transport: 'ofetch' as never }, runtime)).toThrow(ConfigurationError);
  });
});
