import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { createHandlers, type MockOptions } from '../create-handlers.js';
import { errorResponse } from '../responses.js';
import { DEFAULT_MAX_BODY_BYTES, readBody, TOO_LARGE } from './read-body.js';

export interface MockServerOptions extends MockOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback only: tests and demos never listen on a public interface. */
  host?: '127.0.0.1' | 'localhost' | '::1';
  /** Serve these handlers instead of `createHandlers(options)`. */
  handlers?: RequestHandler[];
  /** A larger request body is answered 413 without being held. Default 8 MiB. */
  maxBodyBytes?: number;
}

export interface MockServer {
  /** e.g. `http://127.0.0.1:54321`, to pass as the client's `baseURL`. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '::1'];

/** Serves the local ChartMogul over real HTTP on a loopback address. */
export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const host: string = options.host ?? '127.0.0.1';
  // The type says so, but JavaScript callers and casts get past types: the mock holds test keys and data.
  if (!LOOPBACK_HOSTS.includes(host)) {
    throw new TypeError(`The mock listens on loopback only (${LOOPBACK_HOSTS.join(', ')}), not ${JSON.stringify(host)}.`);
  }
  const handlers = options.handlers ?? createHandlers(options);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 0) throw new RangeError(`maxBodyBytes must be a whole number of bytes, not ${maxBodyBytes}.`);
  const server = createServer((req, res) => {
    serve(handlers, host, maxBodyBytes, req, res).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host === '::1' ? '[::1]' : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function serve(handlers: RequestHandler[], host: string, maxBodyBytes: number, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const response = await answer(handlers, host, maxBodyBytes, req);
  // A network error (HttpResponse.error(), the faults' dropped connection): close without answering.
  if (response.type === 'error') {
    req.socket.destroy();
    return;
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  // ChartMogul names every response with an id its support can look up; the client reads it as
  // `requestId` (withResponse(), APIError), so the mock gives each response one too.
  headers['x-request-id'] ??= randomUUID();
  res.writeHead(response.status, headers);
  // Streamed, not buffered, so that a slow body arrives slowly and a body that fails midway cuts
  // the connection after the bytes so far (the caller's catch destroys the socket). Read only as
  // fast as the client takes it: a huge fault body waits for 'drain' instead of piling up here.
  const reader = response.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    if (res.write(chunk.value)) continue;
    await drainedOrClosed(res);
    if (res.destroyed) {
      await reader?.cancel();
      return;
    }
  }
  res.end();
}

/** Resolves when the response can take more, or when its connection is gone; leaves no listener behind. */
function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** The answer to a request: 413 over the size limit, 400 for a request no URL can be made of (a bad `Host`), else the handlers'. */
async function answer(handlers: RequestHandler[], host: string, maxBodyBytes: number, req: IncomingMessage): Promise<Response> {
  const body = await readBody(req, maxBodyBytes);
  if (body === TOO_LARGE) return errorResponse(413, `The request body is larger than the limit of ${maxBodyBytes} bytes.`);
  let request: Request;
  try {
    request = toRequest(req, host, body);
  } catch {
    return errorResponse(400, 'The request has no valid URL: check the Host header and the request target.');
  }
  return (await getResponse(handlers, request)) ?? errorResponse(404, `No route for ${req.method} ${req.url ?? ''}`);
}

function toRequest(req: IncomingMessage, host: string, body: Buffer<ArrayBuffer>): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD' && body.length > 0;
  return new Request(`http://${req.headers.host ?? host}${req.url ?? '/'}`, {
    method,
    headers,
    body: hasBody ? body : undefined,
  });
}
