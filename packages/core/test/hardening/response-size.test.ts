// maxResponseBytes on the fetch transport, over real HTTP against the mock: a body past the limit
// (as it arrives, or as it inflates from gzip) aborts the request with ResponseTooLargeError, which
// keeps an excerpt and never the body, and is not retried.
import { inspect } from 'node:util';
import { createHandlers, withFaults } from '@chartmogul-kit/mock';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClientOptions, ResponseTooLargeError } from '../../src/index.js';
import { ChartMogulClient, DEFAULT_MAX_RESPONSE_BYTES } from '../../src/internal.js';

const KEY = 'response-size-key-77d1';
let server: MockServer;
let fetches = 0;

beforeAll(async () => {
  server = await startMockServer({ apiKeys: [KEY], handlers: withFaults(createHandlers({ apiKeys: [KEY] })) });
});
afterAll(() => server.close());

function client(options: ClientOptions = {}) {
  fetches = 0;
  const counting: typeof fetch = (input, init) => {
    fetches += 1;
    return fetch(input, init);
  };
  return new ChartMogulClient({ apiKey: KEY, baseURL: server.url, fetch: counting, logLevel: 'off', ...options }, { readEnv: () => undefined, apiKeyHint: '' });
}
const faulty = (fault: string, options: Record<string, unknown> = {}) => ({ headers: { 'x-mock-fault': fault }, ...options });

describe('maxResponseBytes (fetch transport)', () => {
  it('defaults to 32 MiB: a 40 MiB body is refused, once, with a typed error holding only an excerpt', async () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(32 * 1024 * 1024);
    const error = await client()
      .ping(faulty(`huge-body=${40 * 1024 * 1024}`))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ status: 200, maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES, message: expect.stringContaining('GET /v1/ping') });
    expect(fetches).toBe(1);
    // The whole error, every field at any depth, is a few hundred characters: no body kept.
    expect(inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }).length).toBeLessThan(5_000);
    expect((error as ResponseTooLargeError).excerpt.length).toBeLessThanOrEqual(201);
  });

  it('counts the decoded bytes: a gzip bomb of a few KB that inflates to 8 MB is refused at a 1 MiB limit', async () => {
    const error = await client({ maxResponseBytes: 1_048_576 })
      .ping(faulty('gzip-bomb=8000000'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(fetches).toBe(1);
  });

  it('takes a per-call limit, and reads bodies within it as usual', async () => {
    const cm = client({ maxResponseBytes: 1_048_576 });
    await expect(cm.ping(faulty('huge-body=500000'))).resolves.toEqual({ data: 'pong!' });
    await expect(cm.ping(faulty('huge-body=500000', { maxResponseBytes: 100_000 }))).rejects.toBeInstanceOf(ResponseTooLargeError);
    await expect(cm.ping(faulty('huge-body=3000000', { maxResponseBytes: 4_000_000 }))).resolves.toEqual({ data: 'pong!' });
  });

  it('a write answered too large says it was probably applied, and is not sent again', async () => {
    const cm = client({ maxResponseBytes: 100_000 });
    const source = await cm.dataSources.create({ name: 'size' });
    fetches = 0;
    const error = await cm.customers
      .create({ data_source_uuid: source.uuid, external_id: 'big', name: 'Big' }, faulty('huge-body=300000'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toMatch(/probably applied/);
    expect(fetches).toBe(1);
  });
});

describe('an abort while the body arrives (fetch transport)', () => {
  it('rejects with the signal’s reason, never resolving the part that came', async () => {
    const { createFetchTransport } = await import('../../src/transport/fetch-transport.js');
    let sent = false;
    const trickle: typeof fetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            // One chunk, then nothing more: the read waits until the abort.
            if (!sent) controller.enqueue(new TextEncoder().encode('{"data":'));
            sent = true;
          },
        }),
      );
    const controller = new AbortController();
    const reason = new Error('the attempt timed out');
    const pending = createFetchTransport(trickle)({
      method: 'GET',
      url: 'https://api.chartmogul.test/v1/ping',
      headers: {},
      signal: controller.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});
