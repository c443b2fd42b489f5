import { checkProxy, proxyOrigin } from '@chartmogul-kit/core/internal';
import { ConfigurationError } from '@chartmogul-kit/core';

/** A proxy as the tunnel needs it. Only `origin` may be shown: `authorization` holds the password. */
export interface ProxyServer {
  /** `http://proxy.example.com:3128`, without user and password: what messages name. */
  readonly origin: string;
  readonly protocol: 'http:' | 'https:';
  /** The hostname, brackets of an IPv6 address removed (as net.connect takes it). */
  readonly host: string;
  readonly port: number;
  /** `Basic ...` from the URL's user and password, for the Proxy-Authorization header. */
  readonly authorization: string | undefined;
}

/** Checks and takes apart a proxy URL (checkProxy's rules); the password ends up only in `authorization`. */
export function parseProxy(proxy: string): ProxyServer {
  checkProxy(proxy);
  const url = new URL(proxy);
  const protocol = url.protocol === 'https:' ? 'https:' : 'http:';
  let authorization: string | undefined;
  if (url.username || url.password) {
    let credentials: string;
    try {
      credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    } catch {
      throw new ConfigurationError(`proxy ${proxyOrigin(proxy)}: the user or password has a malformed %-escape.`);
    }
    authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
  }
  return {
    origin: proxyOrigin(proxy),
    protocol,
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: Number(url.port) || (protocol === 'https:' ? 443 : 80),
    authorization,
  };
}
