import type http from 'node:http';
import type https from 'node:https';
import { checkProxy, type TransportOptions } from '@chartmogul-kit/core/internal';
import { loadBuiltin } from './proxy/builtin.js';
import { forwardingAgent, type PoolOptions, tunnellingAgent } from './proxy/proxy-agents.js';
import { nodeProxyEnv, type ProxyEnv, proxyFromEnv } from './proxy/proxy-env.js';
import { parseProxy, type ProxyServer } from './proxy/proxy-server.js';

/**
 * Idle keep-alive sockets are closed after this long: before a server's own idle timeout (Node
 * servers use 5 s and announce it, and the agent honours a shorter announcement), so a request
 * does not meet a socket the server is closing. The sockets are unref'd: they never keep a
 * process alive.
 */
const IDLE_SOCKET_MS = 4_000;

export interface Sender {
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

/** What decides the route: the `proxy` option, else these variables, else Node's own (NODE_USE_ENV_PROXY). */
export interface SenderOptions extends TransportOptions {
  /** Proxy variables to follow always, as the command line does (HTTPS_PROXY, NO_PROXY, ...). */
  readonly proxyEnv?: ProxyEnv;
  /** Extra trusted certificates (tests, a private CA). Not public: NODE_EXTRA_CA_CERTS is the way for users. */
  readonly ca?: string | Buffer;
}

/** The process-wide pools, one per protocol and proxy, shared by every client like fetch's. */
const shared = new Map<string, Promise<Sender>>();

/**
 * Picks the pool for each request. node:http or node:https is loaded at the first request to such
 * a URL: importing the package loads neither (node:https brings TLS: megabytes and milliseconds
 * that a process which never sends would pay). An explicit `proxy` is checked here, at
 * construction; a proxy from the environment at the first request that uses it.
 */
export function createSenders(options: SenderOptions): (url: URL) => Promise<Sender> {
  const explicit = typeof checkProxy(options.proxy) === 'string' ? parseProxy(options.proxy as string) : undefined;
  const pools = options.ca === undefined ? shared : new Map<string, Promise<Sender>>();
  return async (url) => {
    const protocol = url.protocol === 'https:' ? 'https:' : 'http:';
    const module = await loadBuiltin<typeof https>(protocol === 'https:' ? 'node:https' : 'node:http');
    const proxy = explicit ? (options.proxy as string) : routeFromEnv(url, options, module);
    const key = `${protocol} ${proxy ?? 'direct'}`;
    let sender = pools.get(key);
    if (!sender) {
      sender = makeSender(
        protocol,
        module,
        proxy === undefined ? undefined : (explicit ?? parseProxy(proxy)),
        options.ca,
      );
      pools.set(key, sender);
      sender.catch(() => pools.delete(key));
    }
    return sender;
  };
}

function routeFromEnv(url: URL, options: SenderOptions, module: typeof https): string | undefined {
  if (options.proxy === false) return undefined;
  const env = options.proxyEnv ?? nodeProxyEnv(module);
  return env ? proxyFromEnv(env, url) : undefined;
}

async function makeSender(
  protocol: 'http:' | 'https:',
  module: typeof https,
  proxy: ProxyServer | undefined,
  ca: string | Buffer | undefined,
): Promise<Sender> {
  // proxyEnv null: Node never adds its own proxying under this pool's (Node versions that fall
  // back to process.env for agents without the option); the route is decided here.
  const options: PoolOptions = { keepAlive: true, timeout: IDLE_SOCKET_MS, proxyEnv: null, ...(ca ? { ca } : {}) };
  if (!proxy) return { module, agent: new module.Agent(options) };
  const agent =
    protocol === 'https:'
      ? await tunnellingAgent(module, proxy, options)
      : await forwardingAgent(module as unknown as typeof http, proxy, options);
  return { module, agent };
}
