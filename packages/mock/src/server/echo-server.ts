import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockServer } from './start-server.js';

/** What the echo server answers: what it was sent, so a test run elsewhere (Deno, workerd) can see its own request. */
export interface Echo {
  data: 'pong!';
  method: string;
  path: string;
  /** The request's `User-Agent`, `null` when none. */
  userAgent: string | null;
}

/**
 * Answers every request with 200, an `Echo` body and `X-Request-Id: req_echo_<n>`: for checking
 * what a client sends from a runtime whose requests a test cannot intercept.
 */
export async function startEchoServer(): Promise<MockServer> {
  let count = 0;
  const server = createServer((req, res) => {
    req.resume().on('end', () => {
      const echo: Echo = { data: 'pong!', method: req.method ?? '', path: req.url ?? '', userAgent: req.headers['user-agent'] ?? null };
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': `req_echo_${++count}` }).end(JSON.stringify(echo));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
