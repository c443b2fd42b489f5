// The node:http transport through a CONNECT proxy on loopback, in front of the mock served over
// https (the committed test-only certificate, trusted through the transport's internal `ca`).
// What is shown: requests go through the proxy when told to, NO_PROXY and `proxy: false` go
// direct, the proxy gets Proxy-Authorization and never the key, failures of the proxy are typed
// and name it without its password, and a bad `proxy` is refused before anything is sent.
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { ConfigurationError, ConnectionError, TimeoutError } from '@chartmogul-kit/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpTransport } from '../src/http-transport.js';
import { ChartMogul } from '../src/index.js';
import { ChartMogul as EdgeChartMogul } from '../src/edge.js';
import { CERT, startProxy, startTlsFront, type TestProxy, type TlsFront } from './proxy-support.js';

const KEY = 'proxy-test-key-5e81c0';
const LEAKS = [KEY, btoa(`${KEY}:`)];
let mock: MockServer;
let front: TlsFront;
const proxies: TestProxy[] = [];

beforeAll(async () => {
  mock = await startMockServer({ apiKeys: [KEY] });
  front = await startTlsFront(mock.port);
});
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
});
afterAll(() => Promise.all([front.close(), mock.close()]));

async function proxy(behaviour?: Parameters<typeof startProxy>[0]): Promise<TestProxy> {
  const started = await startProxy(behaviour);
  proxies.push(started);
  return started;
}

/** A client over its own transport (own pools: no socket from another test is reused). */
function client(options: Parameters<typeof createHttpTransport>[0], baseURL = front.url, maxRetries = 0) {
  return new ChartMogul({
    apiKey: KEY,
    baseURL,
    maxRetries,
    logLevel: 'off',
    transport: createHttpTransport({ ca: CERT, ...options }),
  });
}

const withCredentials = (url: string, credentials: string) => url.replace('http://', `http://${credentials}@`);

describe('the proxy option, https target (CONNECT tunnel)', () => {
  it('sends through the proxy, with Proxy-Authorization, one tunnel for a keep-alive pool', async () => {
    const p = await proxy({ requireCredentials: 'alice:s3cr%t' });
    const cm = client({ proxy: withCredentials(p.url, 'alice:s3cr%25t') });
    for (let i = 0; i < 3; i++) expect(await cm.ping()).toEqual({ data: 'pong!' });
    expect(p.log.tunnels).toEqual([`127.0.0.1:${front.port}`]);
    expect(p.log.credentials).toEqual(['alice:s3cr%t']);
  });

  it('an https:// proxy: TLS to the proxy, the tunnel inside it, TLS to the API inside that', async () => {
    const p = await proxy({ tls: true, requireCredentials: 'carol:pw' });
    const cm = client({ proxy: p.url.replace('https://', 'https://carol:pw@') });
    expect(p.url).toMatch(/^https:/);
    expect(await cm.ping()).toEqual({ data: 'pong!' });
    expect(p.log.tunnels).toEqual([`127.0.0.1:${front.port}`]);
    expect(p.log.credentials).toEqual(['carol:pw']);
  });

  it('the key never reaches the proxy in clear: it travels inside TLS', async () => {
    const p = await proxy();
    await client({ proxy: p.url }).customers.list({ per_page: 2 });
    const relayed = Buffer.concat(p.log.relayed);
    expect(relayed.length).toBeGreaterThan(200);
    for (const form of [...LEAKS, 'Authorization', '/v1/customers']) expect(relayed.includes(form), form).toBe(false);
  });

  it('proxy: false goes direct even where the environment names a proxy', async () => {
    const p = await proxy();
    const before = front.connections;
    expect(await client({ proxy: false, proxyEnv: { HTTPS_PROXY: p.url } }).ping()).toEqual({ data: 'pong!' });
    expect(p.log.tunnels).toEqual([]);
    expect(front.connections).toBe(before + 1);
  });

  it('a proxy that refuses (407) is a ConnectionError, nothing sent, naming the proxy but not its password', async () => {
    const p = await proxy({ requireCredentials: 'alice:right' });
    const error = await client({ proxy: withCredentials(p.url, 'alice:wrong-pw') }, front.url, 1)
      .customers.create({ data_source_uuid: 'ds_1', external_id: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ requestSent: false });
    const text = `${(error as Error).message} ${JSON.stringify(error)} ${String((error as Error).cause)}`;
    expect(text).toContain(`proxy ${p.url} refused the tunnel`);
    expect(text).toContain('407');
    expect(text).not.toContain('wrong-pw');
    // Not sent, so retried (maxRetries 1): a second tunnel asked for, the write applied never.
    expect(p.log.tunnels).toHaveLength(2);
  });

  it('an unreachable proxy is a ConnectionError, nothing sent', async () => {
    const p = await proxy();
    await p.close();
    const error = await client({ proxy: withCredentials(p.url, 'u:hidden-pw') })
      .ping()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ requestSent: false });
    expect((error as Error).message).toContain(`could not reach the proxy ${p.url}`);
    expect((error as Error).message).not.toContain('hidden-pw');
  });

  it('a proxy that never opens the tunnel: the call times out and the tunnel request is closed', async () => {
    const p = await proxy({ hang: true });
    const error = await client({ proxy: p.url })
      .ping({ timeout: 300 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    await expect.poll(() => p.log.closed).toBe(1);
  });
});

describe('proxy variables (the command line always; Node itself with NODE_USE_ENV_PROXY)', () => {
  it('HTTPS_PROXY sends through the proxy; NO_PROXY sends direct', async () => {
    const p = await proxy();
    expect(await client({ proxyEnv: { HTTPS_PROXY: p.url } }).ping()).toEqual({ data: 'pong!' });
    expect(p.log.tunnels).toHaveLength(1);
    const before = front.connections;
    for (const noProxy of ['127.0.0.1', `127.0.0.1:${front.port}`, '*', 'example.com, 127.0.0.0-127.0.0.9']) {
      await client({ proxyEnv: { HTTPS_PROXY: p.url, NO_PROXY: noProxy } }).ping();
    }
    expect(p.log.tunnels).toHaveLength(1);
    expect(front.connections).toBe(before + 4);
  });

  it('lowercase first, as Node and curl: https_proxy over HTTPS_PROXY, no_proxy over NO_PROXY', async () => {
    const [upper, lower] = [await proxy(), await proxy()];
    await client({
      proxyEnv: { HTTPS_PROXY: upper.url, https_proxy: lower.url, NO_PROXY: '127.0.0.1', no_proxy: 'other' },
    }).ping();
    expect([upper.log.tunnels.length, lower.log.tunnels.length]).toEqual([0, 1]);
  });

  it('HTTP_PROXY is not used for https, nor a socks URL', async () => {
    const p = await proxy();
    await client({ proxyEnv: { HTTP_PROXY: p.url } }).ping();
    await client({ proxyEnv: { HTTPS_PROXY: p.url.replace('http:', 'socks5:') } }).ping();
    expect(p.log.tunnels).toEqual([]);
  });
});

describe('the proxy option through new ChartMogul(), http target (absolute-form, as Node and curl)', () => {
  it('through an https:// proxy too', async () => {
    const p = await proxy({ tls: true });
    const transport = createHttpTransport({ ca: CERT, proxy: p.url });
    expect(await new ChartMogul({ apiKey: KEY, baseURL: mock.url, transport, logLevel: 'off' }).ping()).toEqual({
      data: 'pong!',
    });
    expect(p.log.forwarded).toEqual([`GET ${mock.url}/v1/ping`]);
  });

  it('sends GET http://host:port/path to the proxy with Proxy-Authorization', async () => {
    const p = await proxy();
    const cm = new ChartMogul({
      apiKey: KEY,
      baseURL: mock.url,
      proxy: withCredentials(p.url, 'bob:pw'),
      logLevel: 'off',
    });
    expect(await cm.ping()).toEqual({ data: 'pong!' });
    expect(p.log.forwarded).toEqual([`GET ${mock.url}/v1/ping`]);
    expect(p.log.credentials).toEqual(['bob:pw']);
  });
});

describe('a bad proxy is refused at construction, before any request, without quoting the password', () => {
  it.each([
    ['socks5://u:topsecret@127.0.0.1:1080', 'only http:// and https:// proxies'],
    ['http://u:topsecret@proxy.example.com:3128/path', 'scheme, host and port only'],
    ['http://u:topsecret@proxy.example.com:3128\r\nX: y', 'control characters'],
    ['not a url topsecret', 'white space'],
    ['proxy.example.com:3128', 'only http:// and https://'],
    ['http://u:top%ZZsecret@proxy.example.com:3128', 'malformed %-escape'],
  ])('%j', (value, message) => {
    const make = () => new ChartMogul({ apiKey: KEY, proxy: value });
    expect(make).toThrow(ConfigurationError);
    expect(make).toThrow(message);
    expect(make).not.toThrow('topsecret');
  });

  it('a value that is not a string or false', () => {
    expect(() => new ChartMogul({ apiKey: KEY, proxy: 3128 as unknown as string })).toThrow(ConfigurationError);
  });

  it('with fetch or transport: the proxy belongs on those', () => {
    expect(() => new ChartMogul({ apiKey: KEY, proxy: 'http://127.0.0.1:3128', fetch })).toThrow(
      'proxy does not apply with fetch',
    );
    expect(
      () => new ChartMogul({ apiKey: KEY, proxy: 'http://127.0.0.1:3128', transport: createHttpTransport() }),
    ).toThrow(ConfigurationError);
    expect(new ChartMogul({ apiKey: KEY, proxy: false, fetch })).toBeInstanceOf(ChartMogul);
  });

  it('on edge runtimes (the edge build has no transport of its own): proxies do not apply there', () => {
    expect(() => new EdgeChartMogul({ apiKey: KEY, proxy: 'http://127.0.0.1:3128' })).toThrow(
      'does not apply with fetch, transport, Workers or edge',
    );
    expect(new EdgeChartMogul({ apiKey: KEY, proxy: false })).toBeInstanceOf(EdgeChartMogul);
  });
});
