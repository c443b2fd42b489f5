/** The package's version, written in at build time from package.json (tsup's and vitest's `define`). */
declare const __CHARTMOGUL_KIT_VERSION__: string;

/**
 * `chartmogul-kit/<version> <runtime>/<version>`, so ChartMogul can tell this SDK's traffic apart.
 * The runtime part is the runtime package's (`node/20.19.0`), else the first word of
 * `navigator.userAgent` where the runtime has one (`deno/2.1.4`, `bun/1.1.38`, `cloudflare-workers`).
 */
export function userAgent(runtime: string | undefined): string {
  const name = runtime ?? (globalThis as { navigator?: { userAgent?: unknown } }).navigator?.userAgent;
  const token = typeof name === 'string' ? name.split(' ')[0]?.toLowerCase() : undefined;
  return `chartmogul-kit/${__CHARTMOGUL_KIT_VERSION__}${token ? ` ${token}` : ''}`;
}
