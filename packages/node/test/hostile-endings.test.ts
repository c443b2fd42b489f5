// Every way a request over node:http can end settles the call, releases its scheduler slot and
// obeys the timeout and the signal: a 101 upgrade (which used to leave the call pending forever
// and, 20 times over, wedge the client), a close without any answer, a refused certificate, and a
// body past maxResponseBytes (which used to grow a string until V8's limit killed the process).
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createHandlers, withFaults } from '@chartmogul-kit/mock';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type NetworkFaultServers,
  startNetworkFaultServers,
} from '../../core/test/reliability/fault-matrix-network.js';
import { ChartMogul, ConnectionError, ResponseTooLargeError, TimeoutError, UserAbortError } from '../src/index.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '@chartmogul-kit/core/internal';

const KEY = 'hostile-endings-key-1c3f';
let network: NetworkFaultServers;
let mock: MockServer;
let silent: { url: string; server: Server; sockets: Set<Socket> };

/** A server that reads the request and then closes the connection without a word. */
async function startSilentCloser() {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.once('data', () => socket.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, sockets };
}

beforeAll(async () => {
  network = await startNetworkFaultServers();
  mock = await startMockServer({ apiKeys: [KEY], handlers: withFaults(createHandlers({ apiKeys: [KEY] })) });
  silent = await startSilentCloser();
});
afterAll(async () => {
  for (const socket of silent.sockets) socket.destroy();
  await new Promise((resolve) => silent.server.close(resolve));
  await network.close();
  await mock.close();
});

const client = (baseURL: string, options: ConstructorParameters<typeof ChartMogul>[0] = {}) =>
  new ChartMogul({ apiKey: KEY, baseURL, logLevel: 'off', ...options });

describe('101 Switching Protocols (Connection: Upgrade)', () => {
  it('settles as a ConnectionError that may have been sent; a GET retries, a POST does not', async () => {
    const cm = client(network.upgradeURL, { maxRetries: 1, retryBudget: 5_000 });
    const read = await cm.ping().catch((e: unknown) => e);
    expect(read).toBeInstanceOf(ConnectionError);
    expect(read).toMatchObject({ requestSent: true, code: 'ERR_UNEXPECTED_UPGRADE' });
    const write = await cm.dataSources.create({ name: 'x' }).catch((e: unknown) => e);
    expect(write).toBeInstanceOf(ConnectionError);
    expect((write as Error).message).toMatch(/may have been applied/);
  });

  it('40 of them through a client limited to 20 in flight all settle: every slot is released', async () => {
    const cm = client(network.upgradeURL, {
      maxRetries: 0,
      rateLimit: { maxConcurrency: 20, maxRequestsPerSecond: Infinity },
    });
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => cm.ping().catch((e: unknown) => e)));
    expect(outcomes.filter((e) => e instanceof ConnectionError)).toHaveLength(40);
    // And the client still works afterwards.
    await expect(client(mock.url).ping()).resolves.toEqual({ data: 'pong!' });
  });
});

describe('a connection closed without any answer', () => {
  it('settles as a ConnectionError, every time, and the slots come back', async () => {
    const cm = client(silent.url, { maxRetries: 0, rateLimit: { maxConcurrency: 2, maxRequestsPerSecond: Infinity } });
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => cm.ping().catch((e: unknown) => e)));
    expect(outcomes.every((e) => e instanceof ConnectionError && e.requestSent)).toBe(true);
  });
});

describe('the timeout and the signal while the answer hangs', () => {
  it('a timeout and an abort both settle the call with their own error', async () => {
    const cm = client(mock.url, { maxRetries: 0 });
    const slow = { headers: { 'x-mock-fault': 'latency=60000' } };
    await expect(cm.ping({ ...slow, timeout: 100 })).rejects.toBeInstanceOf(TimeoutError);
    const controller = new AbortController();
    const pending = cm.ping({ ...slow, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(UserAbortError);
  });
});

describe('TLS: a self-signed certificate', () => {
  it('is a ConnectionError that was not sent and is not retried, for a write too', async () => {
    const error = await client(network.untrustedTlsURL)
      .dataSources.create({ name: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ requestSent: false, permanent: true });
    expect((error as Error).message).toMatch(/TLS certificate was refused/);
  });
});

describe('maxResponseBytes on node:http', () => {
  it('refuses a body over the 32 MiB default as it arrives, with an excerpt only', async () => {
    const error = await client(mock.url)
      .ping({ headers: { 'x-mock-fault': `huge-body=${48 * 1024 * 1024}` } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ status: 200, maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES });
    expect((error as ResponseTooLargeError).excerpt.length).toBeLessThanOrEqual(201);
  });

  it('counts what arrives: a gzip bomb is not asked for (no Accept-Encoding), its plain 8 MB body meets the limit', async () => {
    const error = await client(mock.url, { maxResponseBytes: 1_048_576 })
      .ping({ headers: { 'x-mock-fault': 'gzip-bomb=8000000' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it('reads a body within the limit as before', async () => {
    await expect(
      client(mock.url, { maxResponseBytes: 4_000_000 }).ping({
        headers: { 'x-mock-fault': 'huge-body=3000000' },
      }),
    ).resolves.toEqual({ data: 'pong!' });
  });
});
