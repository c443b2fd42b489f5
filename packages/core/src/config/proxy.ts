import { ConfigurationError } from '../errors/configuration-error.js';

/** What the runtime's transport is given: a checked proxy URL, `false` (go direct), or `undefined` (the runtime's own rule). */
export interface TransportOptions {
  readonly proxy?: string | false;
}

/**
 * Checks the `proxy` option before any request. The value may hold a password, so no message
 * quotes it: at most its origin, credentials removed. Control characters are refused before
 * parsing because the URL parser silently drops tabs and newlines.
 */
export function checkProxy(proxy: unknown): string | false | undefined {
  if (proxy === undefined || proxy === false) return proxy;
  if (typeof proxy !== 'string') {
    throw new ConfigurationError('proxy must be a URL string such as "http://proxy.example.com:3128", or false to go direct.');
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f\s]/.test(proxy)) {
    throw new ConfigurationError('proxy holds white space or control characters; give a URL such as "http://proxy.example.com:3128".');
  }
  let url: URL;
  try {
    url = new URL(proxy);
  } catch {
    throw new ConfigurationError('proxy is not a valid absolute URL; use e.g. "http://user:pass@proxy.example.com:3128".');
  }
  const shown = `${url.protocol}//${url.host}`;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(`proxy "${shown}" is refused: only http:// and https:// proxies are supported (not SOCKS).`);
  }
  if (url.hostname === '' || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new ConfigurationError(`proxy "${shown}" must be a scheme, host and port only, e.g. "http://proxy.example.com:3128".`);
  }
  return proxy;
}

/** A proxy URL as it may be shown: its origin, without user and password. */
export function proxyOrigin(proxy: string): string {
  const url = new URL(proxy);
  return `${url.protocol}//${url.host}`;
}
