import type { Transport } from '@chartmogul-kit/core/internal';
import { checkProxy } from '@chartmogul-kit/core/internal';
import { createHttpTransport } from '@chartmogul-kit/node/internal';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The command line proxies as curl and npm do, whatever the Node version or NODE_USE_ENV_PROXY:
 * HTTPS_PROXY for https, HTTP_PROXY for http (lowercase names first), unless NO_PROXY lists the
 * host (Node's NO_PROXY rules, the SDK's one implementation). `--proxy URL` replaces the
 * variables' proxy, NO_PROXY still applies (as with curl's -x); `--proxy ""` goes direct. A bad
 * `--proxy` is refused here, before anything is sent, without quoting it (it may hold a password).
 */
export function proxyTransport(flag: string | undefined, env: Env): Transport {
  if (flag === '') return createHttpTransport({ proxy: false });
  if (flag !== undefined) checkProxy(flag);
  const noProxy = { no_proxy: env.no_proxy, NO_PROXY: env.NO_PROXY };
  const proxies =
    flag === undefined
      ? { https_proxy: env.https_proxy, HTTPS_PROXY: env.HTTPS_PROXY, http_proxy: env.http_proxy, HTTP_PROXY: env.HTTP_PROXY }
      : { https_proxy: flag, http_proxy: flag };
  return createHttpTransport({ proxyEnv: { ...noProxy, ...proxies } });
}
