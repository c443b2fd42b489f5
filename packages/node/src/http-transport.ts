import http from 'node:http';
import https from 'node:https';
import { toTransportFailure, type Transport, type TransportRequest, type TransportResponse } from '@chartmogul-kit/core';

/**
 * Idle keep-alive sockets are closed after this long: before a server's own idle timeout (Node
 * servers use 5 s and announce it, and the agent honours a shorter announcement), so a request
 * does not meet a socket the server is closing. The sockets are unref'd: they never keep a
 * process alive.
 */
const IDLE_SOCKET_MS = 4_000;

let agents: { http: http.Agent; https: https.Agent } | undefined;

/** One pool per process, made at the first request (nothing at import), shared by every client like fetch's pool. */
function keepAliveAgents() {
  agents ??= {
    http: new http.Agent({ keepAlive: true, timeout: IDLE_SOCKET_MS }),
    https: new https.Agent({ keepAlive: true, timeout: IDLE_SOCKET_MS }),
  };
  return agents;
}

/**
 * The transport on Node: `node:http(s)` over keep-alive sockets. A request costs well under
 * half the CPU of `fetch` (undici) on Node 20 (see apps/bench). The contract is the fetch
 * transport's: one attempt, redirects never followed (node:http follows none), the signal
 * aborts it (timeouts and the caller's signal both come as that signal), and network failures
 * become a `TransportFailure` saying whether the request may have left.
 */
export function createHttpTransport(): Transport {
  return (request) =>
    new Promise<TransportResponse>((resolve, reject) => {
      const fail = (error: unknown) => reject(request.signal.aborted ? request.signal.reason : toTransportFailure(error));
      let req: http.ClientRequest;
      try {
        req = send(request, (res) => {
          res.setEncoding('utf8');
          let body = '';
          res.on('data', (chunk: string) => {
            body += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: headersOf(res.rawHeaders), body }));
          res.on('error', fail);
          // A connection cut during the body: some versions end with 'close' alone.
          res.on('close', () => {
            if (!res.complete) fail(Object.assign(new Error('the connection closed before the response ended'), { code: 'ECONNRESET' }));
          });
        });
      } catch (error) {
        fail(error);
        return;
      }
      req.on('error', fail);
      req.end(request.body);
    });
}

function send(request: TransportRequest, onResponse: (res: http.IncomingMessage) => void): http.ClientRequest {
  const url = new URL(request.url);
  const secure = url.protocol === 'https:';
  const headers =
    request.body === undefined ? request.headers : { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) };
  const options: http.RequestOptions = {
    method: request.method,
    headers,
    agent: secure ? keepAliveAgents().https : keepAliveAgents().http,
    signal: request.signal,
  };
  return secure ? https.request(url, options, onResponse) : http.request(url, options, onResponse);
}

/** `rawHeaders` is [name, value, name, value, ...]: repeated headers (Set-Cookie) stay separate. */
function headersOf(raw: string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  return headers;
}
