/**
 * Whether a `NO_PROXY` list sends `url` direct, by Node's own rules (Node 22.21+/24.5+, built-in
 * proxy support, after curl): a comma list, case-insensitive; `*` matches every host; `host`
 * matches that host exactly and `host:port` that host on that port; `.example.com` and
 * `*.example.com` match example.com's subdomains (the leading-dot form example.com itself too);
 * `a.b.c.d-e.f.g.h` is a range of IPv4 addresses. Loopback is not special: list `localhost` and
 * `127.0.0.1` to keep them direct, as with Node and curl. One difference, on purpose: `host:443`
 * also matches a URL that leaves its default port implicit (Node's node:http compares only a
 * port written in the URL; its fetch does as here).
 */
export function bypassesProxy(noProxy: string | undefined, url: URL): boolean {
  if (!noProxy) return false;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  for (const raw of noProxy.split(',')) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*' || entry === host || entry === `${host}:${port}`) return true;
    if (entry.startsWith('.') && (host === entry.slice(1) || host.endsWith(entry))) return true;
    if (entry.startsWith('*.') && host.endsWith(entry.slice(1))) return true;
    if (inIPv4Range(entry, host)) return true;
  }
  return false;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function ipv4(text: string): number | undefined {
  const parts = IPV4.exec(text.trim());
  if (!parts) return undefined;
  const bytes = parts.slice(1).map(Number);
  return bytes.every((byte) => byte <= 255) ? bytes.reduce((sum, byte) => sum * 256 + byte, 0) : undefined;
}

function inIPv4Range(entry: string, host: string): boolean {
  const [from, to, ...rest] = entry.split('-');
  if (to === undefined || rest.length > 0) return false;
  const [start, end, address] = [ipv4(from as string), ipv4(to), ipv4(host)];
  return start !== undefined && end !== undefined && address !== undefined && address >= start && address <= end;
}
