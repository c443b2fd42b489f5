import type http from 'node:http';
import type { Socket } from 'node:net';
import type { ProxyServer } from './proxy-server.js';

type RequestModule = Pick<typeof http, 'request'>;

/**
 * Asks the proxy for a tunnel to `host:port` (HTTP CONNECT) and resolves to the raw socket once
 * it answers 200; TLS to the API then runs inside it, so the proxy sees neither the key nor the
 * data. Any other answer, a failure to reach the proxy, or `signal` (the request's timeout or the
 * caller's abort) rejects, with a message that names the proxy by its origin alone: the
 * credentials never appear in an error. `ERR_PROXY_TUNNEL` (Node's code) means the request was
 * not passed on, so a write may be retried without being applied twice.
 */
export function openTunnel(
  module: RequestModule,
  proxy: ProxyServer,
  target: { host: string; port: number },
  signal: AbortSignal | undefined,
  /** TLS options for an https:// proxy (the pool's `ca`). */
  tlsOptions: { ca?: string | Buffer | Array<string | Buffer> } = {},
): Promise<Socket> {
  const authority = `${target.host.includes(':') ? `[${target.host}]` : target.host}:${target.port}`;
  return new Promise((resolve, reject) => {
    let settled = false;
    const headers: Record<string, string> = { host: authority };
    if (proxy.authorization) headers['proxy-authorization'] = proxy.authorization;
    const connect = module.request({
      host: proxy.host,
      port: proxy.port,
      method: 'CONNECT',
      path: authority,
      headers,
      agent: false,
      ...(proxy.protocol === 'https:'
        ? { ...tlsOptions, ...(/^[\d.:]+$/.test(proxy.host) ? {} : { servername: proxy.host }) }
        : {}),
    });
    const finish = (error: Error | undefined, socket?: Socket) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if (error) {
        connect.destroy();
        socket?.destroy();
        reject(error);
      } else resolve(socket as Socket);
    };
    const onAbort = () =>
      finish(tunnelError(`the request ended while the proxy ${proxy.origin} was opening the tunnel`));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    connect.once('connect', (res: http.IncomingMessage, socket: Socket, head: Buffer) => {
      if (res.statusCode !== 200) return finish(refused(proxy, authority, res), socket);
      // A proxy sends nothing after its 200 until the server speaks; whatever came is the server's.
      if (head.length > 0) socket.unshift(head);
      finish(undefined, socket);
    });
    // An answer without the tunnel (some proxies answer a refused CONNECT as a plain response).
    connect.once('response', (res: http.IncomingMessage) => {
      res.resume();
      finish(refused(proxy, authority, res));
    });
    connect.on('error', (error: Error & { code?: string }) =>
      finish(
        Object.assign(new Error(`could not reach the proxy ${proxy.origin}: ${error.message}`), { code: error.code }),
      ),
    );
    connect.once('close', () =>
      finish(tunnelError(`the proxy ${proxy.origin} closed the connection before opening the tunnel`)),
    );
    connect.end();
  });
}

function tunnelError(message: string, statusCode?: number): Error {
  return Object.assign(new Error(message), { code: 'ERR_PROXY_TUNNEL', ...(statusCode ? { statusCode } : {}) });
}

/** The status line only, cut and stripped of control characters: a proxy's words reach a terminal. */
function refused(proxy: ProxyServer, authority: string, res: http.IncomingMessage): Error {
  const status = res.statusCode ?? 0;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const reason = (res.statusMessage ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').slice(0, 80);
  const hint = status === 407 ? ': check the user and password in the proxy URL' : '';
  return tunnelError(
    `the proxy ${proxy.origin} refused the tunnel to ${authority}: ${status} ${reason}`.trimEnd() + hint,
    status,
  );
}
