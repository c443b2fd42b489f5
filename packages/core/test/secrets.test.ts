import { Console } from 'node:console';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { inspect } from 'node:util';
import { http } from 'msw';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { APIError, basicAuthorization, ChartMogulClient, type Logger } from '../src/index.js';
import { useMockServer } from './support/mock-server.js';

const KEY = 'sk_SECRET_b7f3e1c9a2d4';
const WRONG_KEY = 'sk_WRONG_4e8a1f0c7b3d';
const AUTH = basicAuthorization(KEY).slice('Basic '.length);
const WRONG_AUTH = basicAuthorization(WRONG_KEY).slice('Basic '.length);

/** Every way a value could be shown: none may hold the key or the header built from it. */
function expectNoSecret(shown: string) {
  for (const secret of [KEY, AUTH, WRONG_KEY, WRONG_AUTH]) expect(shown).not.toContain(secret);
}
function everyView(value: unknown): string {
  return [
    String(value),
    JSON.stringify(value) ?? '',
    inspect(value),
    inspect(value, { showHidden: true, depth: Infinity, getters: true }),
    value instanceof Error ? `${value.stack}\n${inspect(value.cause, { depth: Infinity })}` : '',
  ].join('\n');
}
function consoleLogged(value: unknown): string {
  let out = '';
  const sink = new Writable({ write: (chunk, _enc, done) => ((out += String(chunk)), done()) });
  new Console(sink).log(value);
  return out;
}

let redirectTargetHits = 0;
const redirectTarget = createServer((_req, res) => {
  redirectTargetHits += 1;
  res.end('{}');
});
await new Promise<void>((resolve) => redirectTarget.listen(0, '127.0.0.1', resolve));
const targetURL = `http://127.0.0.1:${(redirectTarget.address() as AddressInfo).port}`;

const mock = useMockServer(KEY, [
  // A ping that answers with a redirect to another origin, when the test asks for one.
  http.get('*/v1/ping', ({ request }) => {
    const status = request.headers.get('x-test-redirect');
    return status ? new Response(null, { status: Number(status), headers: { location: `${targetURL}/v1/ping` } }) : undefined;
  }),
]);

describe('the key stays secret', () => {
  it('in JSON.stringify, console.log, util.inspect and String of the client', () => {
    const client = mock.client();
    expectNoSecret(everyView(client));
    expectNoSecret(consoleLogged(client));
    expect(consoleLogged(client)).toContain('[redacted]');
    expect(JSON.parse(JSON.stringify(client))).toMatchObject({ apiKey: '[redacted]', baseURL: mock.url });
  });

  it('in errors from the API, the network and bad input, stacks and causes included', async () => {
    const errors: unknown[] = [];
    const catchIt = (promise: Promise<unknown>) => promise.then(() => errors.push(new Error('resolved')), (e: unknown) => errors.push(e));
    await catchIt(mock.client({ apiKey: WRONG_KEY }).ping()); // 401 from the mock
    await catchIt(mock.client({ maxRetries: 0 }).ping({ headers: { 'x-mock-fault': '500' } }));
    await catchIt(mock.client({ maxRetries: 0 }).ping({ headers: { 'x-mock-fault': 'reset-before-response' } }));
    await catchIt(mock.client({ maxRetries: 0 }).ping({ headers: { 'x-mock-fault': 'html' } }));
    await catchIt(mock.client({ maxRetries: 0, timeout: 20 }).ping({ headers: { 'x-mock-fault': 'latency=300' } }));
    await catchIt(mock.client({ baseURL: 'http://127.0.0.1:1' , maxRetries: 0 }).ping());
    await catchIt(Promise.resolve().then(() => mock.client().ping({ oops: 1n, maxRetries: -1 } as never)));
    for (const build of [
      () => new ChartMogulClient({ apiKey: ` ${KEY}` }, { readEnv: () => undefined, apiKeyHint: '' }),
      () => new ChartMogulClient({ accountToken: KEY, secretKey: WRONG_KEY }, { readEnv: () => undefined, apiKeyHint: '' }),
      () => new ChartMogulClient({ apiKey: KEY, baseURL: KEY }, { readEnv: () => undefined, apiKeyHint: '' }),
      () => new ChartMogulClient({ apiKey: KEY, timeout: KEY as never }, { readEnv: () => undefined, apiKeyHint: '' }),
    ]) {
      try {
        build();
        errors.push(new Error('constructed'));
      } catch (error) {
        errors.push(error);
      }
    }
    expect(errors.map((e) => (e as Error).name)).toEqual([
      'AuthenticationError',
      'InternalServerError',
      'ConnectionError',
      'InternalServerError',
      'TimeoutError',
      'ConnectionError',
      'InvalidParameterError',
      'ConfigurationError',
      'ConfigurationError',
      'ConfigurationError',
      'ConfigurationError',
    ]);
    for (const error of errors) expectNoSecret(everyView(error));
  });

  it('in log lines, at the debug level, where the Authorization header shows as redacted', async () => {
    const lines: string[] = [];
    const logger: Logger = {
      debug: (...args) => lines.push(`debug ${inspect(args, { depth: Infinity })}`),
      info: (...args) => lines.push(`info ${inspect(args, { depth: Infinity })}`),
      warn: (...args) => lines.push(`warn ${inspect(args, { depth: Infinity })}`),
      error: (...args) => lines.push(`error ${inspect(args, { depth: Infinity })}`),
    };
    mock.faults.next('503;retry-after=0', '503;retry-after=0', '503;retry-after=0');
    await mock.client({ logger, logLevel: 'debug' }).ping().catch(() => undefined);
    await mock.client({ logger, logLevel: 'debug', apiKey: WRONG_KEY }).ping().catch(() => undefined);
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.join('\n')).toContain("authorization: 'Basic [redacted]'");
    expectNoSecret(lines.join('\n'));
  });
});

afterAll(() => new Promise<void>((resolve) => redirectTarget.close(() => resolve())));

describe('the key goes only where it should', () => {
  afterEach(() => {
    redirectTargetHits = 0;
  });

  it.each([301, 302, 303, 307, 308])('a %i is surfaced as an APIError, and the Location is never requested', async (status) => {
    const error = await mock.client().ping({ headers: { 'x-test-redirect': String(status) } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status, method: 'GET', path: '/v1/ping' });
    expect((error as APIError).headers.get('location')).toBe(`${targetURL}/v1/ping`);
    expect(redirectTargetHits).toBe(0);
    // The same client still works, and the target was never contacted.
    await expect(mock.client().ping()).resolves.toEqual({ data: 'pong!' });
    expect(redirectTargetHits).toBe(0);
  });

  it('refuses plain http to anything but a loopback host', () => {
    expect(() => new ChartMogulClient({ apiKey: KEY, baseURL: 'http://api.chartmogul.com' }, { readEnv: () => undefined, apiKeyHint: '' })).toThrow(
      /only sent over https/,
    );
  });
});
