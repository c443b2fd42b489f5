// A CONNECT proxy and an https front for the mock, both on 127.0.0.1, for the proxy tests. The
// proxy records what it is asked (CONNECT targets, absolute-form requests, Proxy-Authorization)
// and every byte it relays from the client, so a test can show what a proxy could read.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import tls from 'node:tls';
import { fileURLToPath } from 'node:url';

const TLS_DIR = new URL('../../core/test/reliability/test-only-tls/', import.meta.url);
/** The committed test-only certificate (127.0.0.1 and localhost): see its README. */
export const CERT_PATH = fileURLToPath(new URL('test-only-self-signed.cert.pem', TLS_DIR));
export const CERT = readFileSync(CERT_PATH, 'utf8');
const KEY = readFileSync(new URL('test-only-self-signed.key.pem', TLS_DIR), 'utf8');

export interface ProxyLog {
  /** `127.0.0.1:PORT` of each CONNECT, in order. */
  readonly tunnels: string[];
  /** Request lines of plain (absolute-form) requests: `GET http://127.0.0.1:PORT/v1/ping`. */
  readonly forwarded: string[];
  /** The Proxy-Authorization header of each CONNECT or forwarded request, decoded; '' when absent. */
  readonly credentials: string[];
  /** Every byte the clients sent through the proxy, tunnels included. */
  readonly relayed: Buffer[];
  /** Connections to the proxy that have closed. */
  closed: number;
}

export interface TestProxy {
  readonly url: string;
  readonly log: ProxyLog;
  close(): Promise<void>;
}

export interface ProxyBehaviour {
  /** Answer CONNECT with this status instead of opening the tunnel (e.g. 407). */
  refuse?: number;
  /** Never answer CONNECT (the client must give up by its own timeout). */
  hang?: boolean;
  /** Only this user:pass is let through; others get 407. */
  requireCredentials?: string;
  /** Serve the proxy itself over TLS (an https:// proxy), with the test-only certificate. */
  tls?: boolean;
}

function decode(header: string | undefined): string {
  if (!header) return '';
  const [scheme, value] = header.split(' ');
  return scheme === 'Basic' && value ? Buffer.from(value, 'base64').toString('utf8') : `(${header})`;
}

/** A forward proxy: CONNECT tunnels and absolute-form http requests, to 127.0.0.1 targets only. */
export async function startProxy(behaviour: ProxyBehaviour = {}): Promise<TestProxy> {
  const log: ProxyLog = { tunnels: [], forwarded: [], credentials: [], relayed: [], closed: 0 };
  const sockets = new Set<net.Socket>();
  const allowed = (header: string | undefined) =>
    behaviour.requireCredentials === undefined || decode(header) === behaviour.requireCredentials;
  const handler: http.RequestListener = (req, res) => {
    log.forwarded.push(`${req.method} ${req.url}`);
    log.credentials.push(decode(req.headers['proxy-authorization']));
    if (!allowed(req.headers['proxy-authorization'])) {
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"' }).end();
      return;
    }
    const target = new URL(req.url ?? '');
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = http.request(
      { host: '127.0.0.1', port: target.port, method: req.method, path: `${target.pathname}${target.search}`, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.on('data', (chunk: Buffer) => log.relayed.push(chunk));
    req.pipe(upstream);
  };
  const server = behaviour.tls ? https.createServer({ key: KEY, cert: CERT }, handler) : http.createServer(handler);
  const connectionEvent = behaviour.tls ? 'secureConnection' : 'connection';
  server.on(connectionEvent, (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      log.closed += 1;
    });
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    log.tunnels.push(req.url ?? '');
    log.credentials.push(decode(req.headers['proxy-authorization']));
    client.on('error', () => {});
    // A tunnel's socket is half-open to Node's server once handed over: the client's end closes it.
    client.on('end', () => client.destroy());
    if (behaviour.hang) return;
    if (behaviour.refuse || !allowed(req.headers['proxy-authorization'])) {
      const status = behaviour.refuse ?? 407;
      client.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    const port = Number((req.url ?? '').split(':').pop());
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      client.on('data', (chunk: Buffer) => log.relayed.push(chunk));
      client.pipe(upstream).pipe(client);
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${behaviour.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface TlsFront {
  /** `https://127.0.0.1:PORT` */
  readonly url: string;
  readonly port: number;
  /** TLS connections accepted so far (direct or through a tunnel: the front cannot tell). */
  connections: number;
  close(): Promise<void>;
}

/** Terminates TLS with the test-only certificate and relays the plain bytes to an http server (the mock). */
export async function startTlsFront(targetPort: number): Promise<TlsFront> {
  const sockets = new Set<net.Socket>();
  const server = tls.createServer({ key: KEY, cert: CERT }, (socket) => {
    front.connections += 1;
    const upstream = net.connect(targetPort, '127.0.0.1');
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
    socket.pipe(upstream).pipe(socket);
  });
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const front: TlsFront = {
    url: `https://127.0.0.1:${port}`,
    port,
    connections: 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  return front;
}
