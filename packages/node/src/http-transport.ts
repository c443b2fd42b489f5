import type http from 'node:http';
import { ResponseTooLargeError } from '@chartmogul-kit/core';
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  toTransportFailure,
  type Transport,
  type TransportRequest,
  type TransportResponse,
} from '@chartmogul-kit/core/internal';
import { TUNNEL_SIGNAL } from './proxy/proxy-agents.js';
import { createSenders, type Sender, type SenderOptions } from './senders.js';

/**
 * The transport on Node: `node:http(s)` over keep-alive sockets. A request costs well under
 * half the CPU of `fetch` (undici) on Node 20 (see apps/bench). The contract is the fetch
 * transport's: one attempt, redirects never followed (node:http follows none), the signal
 * aborts it (timeouts and the caller's signal both come as that signal), a body past
 * `maxResponseBytes` aborts it with `ResponseTooLargeError`, and network failures become a
 * `TransportFailure` saying whether the request may have left. Every way a request can end
 * settles the promise exactly once: a response, an error, an upgrade (101), a close without an
 * answer, a close mid-body, or the signal, whichever comes first; the rest is ignored.
 */
export function createHttpTransport(options: SenderOptions = {}): Transport {
  const senderFor = createSenders(options);
  return async (request) => {
    const url = new URL(request.url);
    const sender = await senderFor(url);
    if (request.signal.aborted) throw request.signal.reason;
    return new Promise<TransportResponse>((resolve, reject) => {
      let req: http.ClientRequest | undefined;
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        request.signal.removeEventListener('abort', onAbort);
        outcome();
      };
      const fail = (error: unknown) =>
        settle(() => {
          req?.destroy();
          reject(request.signal.aborted ? request.signal.reason : toTransportFailure(error, request.url));
        });
      const onAbort = () =>
        settle(() => {
          req?.destroy();
          reject(request.signal.reason);
        });
      request.signal.addEventListener('abort', onAbort, { once: true });
      let answered = false;
      try {
        req = send(sender, url, request, (res) => {
          answered = true;
          readResponse(res, request, { settle, fail, resolve, reject });
        });
      } catch (error) {
        fail(error);
        return;
      }
      req.on('error', fail);
      // A 101 or `Connection: Upgrade` is no answer the API gives: without this listener Node
      // destroys the socket and only 'close' follows.
      req.on('upgrade', (_res, socket: { destroy(): void }) => {
        socket.destroy();
        fail(
          failure(
            'the server switched protocols (101 Switching Protocols) instead of answering',
            'ERR_UNEXPECTED_UPGRADE',
          ),
        );
      });
      // Whatever else ends the request without an answer (a socket closed quietly). Once an answer
      // came, its body's own events settle the call: a request may close before its response ends
      // (msw's interceptor does so), which is no failure.
      req.on('close', () => {
        if (!answered) fail(failure('the connection closed before a response arrived', 'ECONNRESET'));
      });
      req.end(request.body);
    });
  };
}

interface Settlers {
  settle(outcome: () => void): void;
  fail(error: unknown): void;
  resolve(response: TransportResponse): void;
  reject(error: unknown): void;
}

/** Collects the body as Buffers with a running count: past the limit the request is aborted, the bytes dropped. */
function readResponse(res: http.IncomingMessage, request: TransportRequest, s: Settlers): void {
  const limit = request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const status = res.statusCode ?? 0;
  const chunks: Buffer[] = [];
  let size = 0;
  const tooLarge = (head: Buffer | undefined) =>
    s.settle(() => {
      res.destroy();
      s.reject(
        new ResponseTooLargeError({
          method: request.method,
          url: request.url,
          status,
          maxResponseBytes: limit,
          excerpt: head ? head.subarray(0, 1024).toString('utf8') : '',
        }),
      );
    });
  const declared = Number(res.headers['content-length']);
  if (declared > limit) {
    tooLarge(undefined);
    return;
  }
  res.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > limit) tooLarge(chunks[0] ?? chunk);
    else chunks.push(chunk);
  });
  res.on('end', () =>
    s.settle(() => s.resolve(response(status, res.rawHeaders, Buffer.concat(chunks, size).toString('utf8')))),
  );
  res.on('error', s.fail);
  // A connection cut during the body: some versions end with 'close' alone.
  res.on('close', () => {
    if (!res.complete) s.fail(failure('the connection closed before the response ended', 'ECONNRESET'));
  });
}

function failure(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
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
  // The signal reaches a proxy pool's createConnection: a tunnel being opened ends with the request.
  const options = { method: request.method, headers, agent: sender.agent, [TUNNEL_SIGNAL]: request.signal };
  return sender.module.request(url, options, onResponse);
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
