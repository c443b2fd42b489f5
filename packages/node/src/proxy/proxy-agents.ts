import type http from 'node:http';
import type https from 'node:https';
import type { Duplex } from 'node:stream';
import type tls from 'node:tls';
import { loadBuiltin } from './builtin.js';
import { openTunnel } from './open-tunnel.js';
import type { ProxyServer } from './proxy-server.js';

/**
 * The request option that carries the request's signal to the agent: it reaches
 * `createConnection`, so a tunnel still being opened ends with the request (timeout or abort).
 */
export const TUNNEL_SIGNAL = Symbol('chartmogul-kit.tunnelSignal');

type ConnectionOptions = http.ClientRequestArgs & {
  [TUNNEL_SIGNAL]?: AbortSignal;
  ca?: string | Buffer | Array<string | Buffer>;
};
type Callback = (error: Error | null, socket: Duplex) => void;
/** What Node's agents have and its type declarations leave out. */
interface AgentInternals {
  addRequest(req: http.ClientRequest, options: ConnectionOptions): void;
}

/** Agent options shared by the direct and the proxied pools (keep-alive, idle timeout, `ca`). */
export type PoolOptions = https.AgentOptions & { proxyEnv?: null };

/**
 * A keep-alive pool whose connections to https targets are TLS inside a CONNECT tunnel. The TLS
 * layer is https.Agent's own (session cache, servername, `ca`): only the socket under it differs.
 */
export async function tunnellingAgent(
  module: typeof https,
  proxy: ProxyServer,
  options: PoolOptions,
): Promise<https.Agent> {
  const proxyModule = await loadBuiltin<typeof http>(proxy.protocol === 'https:' ? 'node:https' : 'node:http');
  const Base = module.Agent as unknown as new (options: PoolOptions) => https.Agent & AgentInternals;
  class TunnellingAgent extends Base {
    override createConnection(options: ConnectionOptions, callback?: Callback): undefined {
      const done = callback as Callback;
      const target = { host: options.host ?? 'localhost', port: Number(options.port) || 443 };
      const tlsOptions = options.ca ? { ca: options.ca } : {};
      openTunnel(proxyModule, proxy, target, options[TUNNEL_SIGNAL], tlsOptions).then(
        (socket) => {
          let secured: Duplex | null | undefined;
          try {
            // https.Agent takes (options) alone and returns the TLS socket; the callback is ours to call.
            secured = super.createConnection({ ...options, socket } as https.RequestOptions);
          } catch (error) {
            socket.destroy();
            done(error as Error, socket);
            return;
          }
          if (!secured) return done(new Error('no TLS socket over the tunnel'), socket);
          secured.once('close', () => socket.destroy());
          done(null, secured);
        },
        (error: Error) => done(error, undefined as unknown as Duplex),
      );
      return undefined;
    }
  }
  return new TunnellingAgent(options);
}

/**
 * A keep-alive pool for http targets that sends each request to the proxy in absolute form
 * (`GET http://host:port/path`), with Proxy-Authorization, as Node and curl do: connections go
 * to the proxy, the pool is per target.
 */
export async function forwardingAgent(
  module: typeof http,
  proxy: ProxyServer,
  options: PoolOptions,
): Promise<http.Agent> {
  const connector =
    proxy.protocol === 'https:'
      ? await loadBuiltin<typeof tls>('node:tls')
      : await loadBuiltin<typeof import('node:net')>('node:net');
  const Base = module.Agent as unknown as new (options: PoolOptions) => http.Agent & AgentInternals;
  class ForwardingAgent extends Base {
    override addRequest(req: http.ClientRequest, options: ConnectionOptions): void {
      req.path = `http://${String(req.getHeader('host'))}${req.path}`;
      if (proxy.authorization) req.setHeader('proxy-authorization', proxy.authorization);
      super.addRequest(req, options);
    }

    override createConnection(options: ConnectionOptions): Duplex {
      const to = { host: proxy.host, port: proxy.port };
      const servername = /^[\d.:]+$/.test(proxy.host) ? {} : { servername: proxy.host };
      return proxy.protocol === 'https:'
        ? (connector as typeof tls).connect({ ...to, ...servername, ...(options.ca ? { ca: options.ca } : {}) })
        : (connector as typeof import('node:net')).connect(to);
    }
  }
  return new ForwardingAgent(options);
}
