// Connection failures classified by what happened: a refused TLS certificate and a DNS failure
// mean nothing was sent; a certificate will not fix itself, so it is not retried at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClientOptions, ConnectionError } from '../../src/index.js';
import { ChartMogulClient } from '../../src/internal.js';
import { toTransportFailure } from '../../src/transport/failure-code.js';
import { decideRetry } from '../../src/pipeline/retry-policy.js';
import { type NetworkFaultServers, startNetworkFaultServers } from '../reliability/fault-matrix-network.js';
import { UNRESOLVABLE_URL } from '../reliability/fault-matrix-mock.js';

let servers: NetworkFaultServers;
beforeAll(async () => {
  servers = await startNetworkFaultServers();
});
afterAll(() => servers.close());

let fetches = 0;
function client(baseURL: string, options: ClientOptions = {}) {
  fetches = 0;
  const counting: typeof fetch = (input, init) => {
    fetches += 1;
    return fetch(input, init);
  };
  return new ChartMogulClient({ apiKey: 'k-connection-kinds', baseURL, fetch: counting, logLevel: 'off', ...options }, { readEnv: () => undefined, apiKeyHint: '' });
}

describe('a self-signed certificate', () => {
  it.each(['GET', 'POST'])('%s: ConnectionError, nothing sent, not retried, saying why', async (method) => {
    const cm = client(servers.untrustedTlsURL);
    const call = method === 'GET' ? cm.ping() : cm.dataSources.create({ name: 'x' });
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ requestSent: false, permanent: true, code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect((error as Error).message).toMatch(/TLS certificate was refused/);
    expect((error as Error).message).not.toMatch(/may have been applied/);
    expect(fetches).toBe(1);
  });
});

describe('a name that does not resolve', () => {
  it('ConnectionError, nothing sent, retried as before (a resolver can recover)', async () => {
    const error = await client(UNRESOLVABLE_URL, { maxRetries: 1 })
      .dataSources.create({ name: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ requestSent: false, permanent: false });
    expect(fetches).toBe(2);
  });
});

describe('how each runtime reports a refused certificate', () => {
  it.each([
    ['Node and Bun (OpenSSL code in the cause)', Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }) })],
    ['Node, a certificate for another host', Object.assign(new Error("Hostname/IP does not match certificate's altnames"), { code: 'ERR_TLS_CERT_ALTNAME_INVALID' })],
    ['Node, an expired certificate', Object.assign(new Error('certificate has expired'), { code: 'CERT_HAS_EXPIRED' })],
    ['Node, an unknown issuer', Object.assign(new Error('unable to verify the first certificate'), { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' })],
    [
      'Deno (rustls, words only)',
      new TypeError('fetch failed', { cause: new Error('error sending request: client error (Connect): invalid peer certificate: UnknownIssuer') }),
    ],
  ])('%s: not sent, permanent, never retried', (_, error) => {
    const failure = toTransportFailure(error, 'https://api.chartmogul.com/v1/ping');
    expect(failure).toMatchObject({ requestSent: false, permanent: true });
    const asError = new ConnectionError('x', failure);
    const decision = decideRetry({ method: 'GET', error: asError, retries: 0, maxRetries: 2, elapsedMs: 0, budgetMs: 60_000, now: 0, random: () => 0.5 });
    expect(decision).toEqual({ retry: false, reason: 'final' });
  });

  it('a reset during the handshake is not taken for a certificate: it may have been sent', () => {
    const failure = toTransportFailure(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'https://api.chartmogul.com/v1/ping');
    expect(failure).toMatchObject({ requestSent: true, permanent: false });
  });
});
