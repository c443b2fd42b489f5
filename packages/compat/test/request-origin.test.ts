import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as ChartMogul from '../src/index.js';

const KEY = 'compat-origin-key-5e1f0a9b';

let api: MockServer;
/** A second loopback server: another origin, which must receive nothing. */
let other: Server;
let otherOrigin: string;
let otherRequests = 0;

beforeAll(async () => {
  api = await startMockServer({ apiKeys: [KEY], port: 0 });
  other = createServer((_req, res) => {
    otherRequests += 1;
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":"pong!"}');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherOrigin = `127.0.0.1:${(other.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await api.close();
  other.closeAllConnections();
  await new Promise((resolve) => other.close(resolve));
});

describe('Resource.request sends only to the configured base', () => {
  it('answers a path on the base', async () => {
    const config = new ChartMogul.Config(KEY, api.url);
    await expect(ChartMogul.Resource.request(config, 'GET', '/v1/ping')).resolves.toEqual({ data: 'pong!' });
  });

  const elsewhere = (origin: string) => [
    `//${origin}/v1/ping`,
    `http://${origin}/v1/ping`,
    `HTTP://${origin}/v1/ping`,
    `/\\${origin}/v1/ping`,
    `\\\\${origin}/v1/ping`,
    ` http://${origin}/v1/ping`,
    `http:${origin}/v1/ping`,
  ];
  it('refuses an absolute or protocol-relative URI with a typed error, and sends nothing', async () => {
    const config = new ChartMogul.Config(KEY, api.url);
    for (const uri of elsewhere(otherOrigin)) {
      await expect(ChartMogul.Resource.request(config, 'GET', uri), uri).rejects.toBeInstanceOf(
        ChartMogul.ConfigurationError,
      );
      await expect(ChartMogul.Resource.request(config, 'POST', uri, { name: 'x' }), uri).rejects.toThrow(
        /path on the API base/,
      );
    }
    expect(otherRequests).toBe(0);
  });

  it('refuses even an absolute URI of the base itself: a URI is a path', async () => {
    const config = new ChartMogul.Config(KEY, api.url);
    await expect(ChartMogul.Resource.request(config, 'GET', `${api.url}/v1/ping`)).rejects.toBeInstanceOf(
      ChartMogul.ConfigurationError,
    );
  });
});
