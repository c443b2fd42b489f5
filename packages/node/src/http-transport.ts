import type http from 'node:http';
import {
  toTransportFailure,
  type Transport,
  type TransportRequest,
  type TransportResponse,
} from '@chartmogul-kit/core/internal';

/**
 * Idle keep-alive sockets are closed after this long: before a server's own idle timeout (Node
 * servers use 5 s and announce it, and the agent honours a shorter announcement), so a request
 * does not meet a socket the server is closing. The sockets are unref'd: they never keep a
 * process alive.
 */
const IDLE_SOCKET_MS = 4_000;

interface Sender {
  /**
   * The module's CommonJS object, not its `request`: that is looked up at each call, so a patch
   * made later (msw, a tracing agent) still applies; the ESM namespace would keep the original.
   */
  readonly module: {
    request(
      url: URL,
      options: http.RequestOptions,
      onResponse: (res: http.IncomingMessage) => void,
    ): http.ClientRequest;
  };
  readonly agent: http.Agent;
}

const senders: { 'http:'?: Promise<Sender>; 'https:'?: Promise<Sender> } = {};

/**
 * node:http or node:https with its keep-alive pool, loaded at the first request to such a URL:
 * importing the package loads neither (node:https brings TLS: megabytes and milliseconds that a
 * process which never sends would pay). One pool per process, shared by every client like fetch's.
 */
function senderFor(protocol: 'http:' | 'https:'): Promise<Sender> {
  const sender = (senders[protocol] ??= (protocol === 'https:' ? import('node:https') : import('node:http')).then(
    ({ default: module }) => ({
      module,
      agent: new module.Agent({ keepAlive: true, timeout: IDLE_SOCKET_MS }),
    }),
  ));
  return sender;
}

/**
 * The transport on Node: `node:http(s)` over keep-alive sockets. A request costs well under
 * half the CPU of `fetch` (undici) on Node 20 (see apps/bench). The contract is the fetch
 * transport's: one attempt, redirects never followed (node:http follows none), the signal
 * aborts it (timeouts and the caller's signal both come as that signal), and network failures
 * become a `TransportFailure` saying whether the request may have left.
 */
export function createHttpTransport(): Transport {
  return async (request) => {
    const url = new URL(request.url);
    const sender = await senderFor(url.protocol === 'https:' ? 'https:' : 'http:');
    return new Promise<TransportResponse>((resolve, reject) => {
      const fail = (error: unknown) =>
        reject(request.signal.aborted ? request.signal.reason : toTransportFailure(error, request.url));
      let req: http.ClientRequest;
      try {
        req = send(sender, url, request, (res) => {
          res.setEncoding('utf8');
          let body = '';
          res.on('data', (chunk: string) => {
            body += chunk;
          });
          res.on('end', () => resolve(response(res.statusCode ?? 0, res.rawHeaders, body)));
          res.on('error', fail);
          // A connection cut during the body: some versions end with 'close' alone.
          res.on('close', () => {
            if (!res.complete)
              fail(Object.assign(new Error('the connection closed before the response ended'), { code: 'ECONNRESET' }));
          });
        });
      } catch (error) {
        fail(error);
        return;
      }
      req.on('error', fail);
      req.end(request.body);
    });
  };
}

function send(
  sender: Sender,
  url: URL,
  request: TransportRequest,
  onResponse: (res: http.IncomingMessage) => void,
): http.ClientRequest {
  const headers =
    request.body === undefined
      ? request.headers
      : { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) };
  return sender.module.request(
    url,
    { method: request.method, headers, agent: sender.agent, signal: request.signal },
    onResponse,
  );
}

/**
 * The response, its `Headers` made only if read: the pipeline reads them for errors alone, and on
 * Node the first `Headers` object loads undici (fetch's engine, megabytes) that a process sending
 * with node:http never needs otherwise. `raw` is [name, value, ...]: repeated headers stay apart.
 */
function response(status: number, raw: string[], body: string): TransportResponse {
  let headers: Headers | undefined;
  return {
    status,
    body,
    get headers() {
      if (!headers) {
        headers = new Headers();
        for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
      }
      return headers;
    },
  };
}
