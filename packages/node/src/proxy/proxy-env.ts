import { bypassesProxy } from './no-proxy.js';

/** Environment variables as Node's `proxyEnv` holds them (process.env or a copy of its proxy variables). */
export type ProxyEnv = Readonly<Record<string, string | undefined>>;

/**
 * The proxy `url` goes through by these variables, or `undefined` for direct: `https_proxy` or
 * `HTTPS_PROXY` for https, `http_proxy` or `HTTP_PROXY` for http (lowercase first, as Node, curl
 * and npm read them), unless `no_proxy`/`NO_PROXY` lists the host. A value that is not an
 * http:// or https:// URL (socks5://) is ignored, as Node ignores it.
 */
export function proxyFromEnv(env: ProxyEnv, url: URL): string | undefined {
  const proxy = url.protocol === 'https:' ? env.https_proxy || env.HTTPS_PROXY : env.http_proxy || env.HTTP_PROXY;
  if (!proxy || !(proxy.startsWith('http://') || proxy.startsWith('https://'))) return undefined;
  return bypassesProxy(env.no_proxy || env.NO_PROXY, url) ? undefined : proxy;
}

/**
 * The variables Node itself proxies by, or `undefined` where it does not: Node 22.21+ and 24.5+
 * build their global agents with `proxyEnv` when `NODE_USE_ENV_PROXY=1` or `--use-env-proxy` is
 * in effect (Node 26's `http.setGlobalProxyFromEnv()` too). Reading what Node decided, rather than
 * the variables and the version, follows it exactly: where Node goes direct, so does this.
 */
export function nodeProxyEnv(module: { globalAgent?: unknown }): ProxyEnv | undefined {
  try {
    const env = (module.globalAgent as { options?: { proxyEnv?: unknown } } | undefined)?.options?.proxyEnv;
    return env && typeof env === 'object' ? (env as ProxyEnv) : undefined;
  } catch {
    return undefined;
  }
}
