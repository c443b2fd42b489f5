// A caller's framing headers never reach node:http: core refuses them before any request, for every
// transport. Before, a `content-length` on a GET was sent with no body and the call hung until its
// timeout; a `transfer-encoding` on a POST went out beside the computed `content-length`.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ChartMogul, ConfigurationError, InvalidParameterError } from '../src/index.js';

let server: Server;
let url: string;
let received = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    received++;
    request.resume();
    request.on('end', () => response.end('{"data":"pong!"}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const client = () =>
  new ChartMogul({ apiKey: 'framing-key', baseURL: url, maxRetries: 0, timeout: 3_000, logLevel: 'off' });

it('a content-length on a GET is refused at once, nothing sent (it hung until the timeout)', async () => {
  const error = await client()
    .ping({ headers: { 'content-length': '10' } })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidParameterError);
  expect(received).toBe(0);
});

it('a transfer-encoding on a POST is refused at once, nothing sent (it went out beside content-length)', async () => {
  const error = await client()
    .dataSources.create({ name: 'x' }, { headers: { 'Transfer-Encoding': 'chunked' } })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidParameterError);
  expect(received).toBe(0);
});

it('defaultHeaders with a line break are refused by the constructor', () => {
  expect(
    () => new ChartMogul({ apiKey: 'framing-key', baseURL: url, defaultHeaders: { 'x-a': 'b\r\nx-injected: 1' } }),
  ).toThrow(ConfigurationError);
});

it('an ordinary call still goes through', async () => {
  await expect(client().ping({ headers: { 'x-trace': 't' } })).resolves.toEqual({ data: 'pong!' });
  expect(received).toBe(1);
});
