// The faults below HTTP that the mock cannot play through msw: a server that answers every request
// with 101 Switching Protocols, and HTTPS with a certificate nobody trusts (test-only-tls/). Both
// listen on 127.0.0.1 and never reach the API, so no write can be applied through them.
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from 'node:net';

export interface NetworkFaultServers {
  readonly upgradeURL: string;
  readonly untrustedTlsURL: string;
  close(): Promise<void>;
}

const tlsFile = (name: string) => readFileSync(new URL(`./test-only-tls/${name}`, import.meta.url));

export async function startNetworkFaultServers(): Promise<NetworkFaultServers> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
  };
  // Raw TCP: node:http cannot send a 101 to a request that did not ask to upgrade.
  const upgrade = createTcpServer((socket) => {
    track(socket);
    socket.once('data', () => socket.write('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n'));
  });
  const tls = createHttpsServer(
    { key: tlsFile('test-only-self-signed.key.pem'), cert: tlsFile('test-only-self-signed.cert.pem') },
    (_req, res) => res.end('{"data":"pong!"}'),
  );
  tls.on('connection', track);
  tls.on('tlsClientError', () => {});
  const listen = (server: Server) =>
    new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  const [upgradePort, tlsPort] = await Promise.all([listen(upgrade), listen(tls)]);
  return {
    upgradeURL: `http://127.0.0.1:${upgradePort}`,
    untrustedTlsURL: `https://127.0.0.1:${tlsPort}`,
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([upgrade, tls].map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}
