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

/** Serves the local ChartMogul over real HTTP on a loopback address. */
export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const handlers = options.handlers ?? createHandlers(options);
  const host = options.host ?? '127.0.0.1';
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
  const body = await readBody(req, maxBodyBytes);
  const response =
    body === TOO_LARGE
      ? errorResponse(413, `The request body is larger than the limit of ${maxBodyBytes} bytes.`)
      : ((await getResponse(handlers, toRequest(req, host, body))) ?? errorResponse(404, `No route for ${req.method} ${req.url ?? ''}`));
  // A network error (HttpResponse.error(), the faults' dropped connection): close without answering.
  if (response.type === 'error') {
    req.socket.destroy();
    return;
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  // Streamed, not buffered, so that a slow body arrives slowly and a body that fails midway cuts
  // the connection after the bytes so far (the caller's catch destroys the socket).
  const reader = response.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) res.write(chunk.value);
  res.end();
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
