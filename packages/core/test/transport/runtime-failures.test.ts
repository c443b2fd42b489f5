// How each runtime's fetch reports a failed connection, and what the transport makes of it. The
// error shapes are the ones the runtimes really throw (recorded against a refused port and a server
// that drops the socket; the Deno and workerd fault matrices check them end to end):
// - Node 20 (undici): `TypeError: fetch failed`, cause with a code (ECONNREFUSED, UND_ERR_SOCKET).
// - Deno 2.9: `TypeError: fetch failed`, cause with only a message naming the URL (and its query).
// - workerd (miniflare 3): `Error: Network connection lost.` for a refused connection and for a
//   dropped one alike, so it can never count as "nothing was sent".
import { describe, expect, it } from 'vitest';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import { TransportFailure } from '../../src/transport/transport.js';

const URL_WITH_QUERY = 'http://127.0.0.1:37637/v1/customers/search?email=jane%40example.com&per_page=20';

function coded(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

const failures = [
  {
    runtime: 'Node',
    what: 'connection refused',
    thrown: () => new TypeError('fetch failed', { cause: coded('connect ECONNREFUSED 127.0.0.1:37637', 'ECONNREFUSED') }),
    requestSent: false,
  },
  {
    runtime: 'Node',
    what: 'connection reset',
    thrown: () => new TypeError('fetch failed', { cause: coded('other side closed', 'UND_ERR_SOCKET') }),
    requestSent: true,
  },
  {
    runtime: 'Deno',
    what: 'connection refused',
    thrown: () =>
      new TypeError('fetch failed', {
        cause: new Error(
          `error sending request for url (${URL_WITH_QUERY}): client error (Connect): tcp connect error: Connection refused (os error 111)`,
        ),
      }),
    requestSent: false,
  },
  {
    runtime: 'Deno',
    what: 'connection reset before the response',
    thrown: () =>
      new TypeError('fetch failed', {
        cause: new Error(
          `error sending request from 127.0.0.1:44816 for ${URL_WITH_QUERY} (127.0.0.1:37637): client error (SendRequest): connection closed before message completed`,
        ),
      }),
    requestSent: true,
  },
  { runtime: 'Deno', what: 'connection reset during the body', thrown: () => new TypeError('error reading a body from connection'), requestSent: true },
  // undici refuses some headers while it builds the request, before any byte is written.
  {
    runtime: 'Node',
    what: 'an expect header refused by undici',
    thrown: () => new TypeError('fetch failed', { cause: coded('expect header not supported', 'UND_ERR_NOT_SUPPORTED') }),
    requestSent: false,
  },
  {
    runtime: 'Node',
    what: 'a transfer-encoding header refused by undici',
    thrown: () => new TypeError('fetch failed', { cause: coded('invalid transfer-encoding header', 'UND_ERR_INVALID_ARG') }),
    requestSent: false,
  },
  { runtime: 'workerd', what: 'connection refused', thrown: () => new Error('Network connection lost.'), requestSent: true },
  { runtime: 'workerd', what: 'connection reset', thrown: () => new Error('Network connection lost.'), requestSent: true },
];

async function failureOf(thrown: () => Error): Promise<TransportFailure> {
  const transport = createFetchTransport(async () => {
    throw thrown();
  });
  const error = await transport({ method: 'GET', url: URL_WITH_QUERY, headers: {}, signal: new AbortController().signal }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TransportFailure);
  return error as TransportFailure;
}

describe('connection failures as each runtime reports them', () => {
  it('Node, a header undici refuses, for real: requestSent false (nothing left)', async () => {
    const transport = createFetchTransport(fetch);
    // Whether anything listens on the port does not matter: undici refuses the header before it connects.
    const error = await transport({ method: 'POST', url: 'http://127.0.0.1:47999/v1/x', headers: { expect: '100-continue' }, body: '{}', signal: new AbortController().signal }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'UND_ERR_NOT_SUPPORTED', requestSent: false });
  });

  it.each(failures)('$runtime, $what: requestSent $requestSent', async ({ thrown, requestSent }) => {
    expect((await failureOf(thrown)).requestSent).toBe(requestSent);
  });

  it.each(failures)('$runtime, $what: the message keeps what went wrong and drops the query string', async ({ thrown }) => {
    const failure = await failureOf(thrown);
    const inner = thrown().cause instanceof Error ? (thrown().cause as Error).message : thrown().message;
    // The runtime's own words stay (they say what went wrong), minus the query (it can hold e-mail addresses).
    expect(failure.message).toContain(inner.split(URL_WITH_QUERY).join('http://127.0.0.1:37637/v1/customers/search'));
    for (const text of [failure.message, String((failure.cause as Error).message)]) {
      expect(text).not.toContain('email=');
      expect(text).not.toContain('jane');
    }
  });
});
