import { ConfigurationError } from '../errors/configuration-error.js';

export const DEFAULT_BASE_URL = 'https://api.chartmogul.com';

/** This machine: `localhost` (and `*.localhost`), `127.x.y.z`, `::1`. */
export function isLoopbackHost(hostname: string): boolean {
  return /^(localhost|\[::1\]|::1|127(\.\d{1,3}){3})$|\.localhost$/.test(hostname);
}

/**
 * Checks a base URL and returns it without a trailing slash. The key travels in every
 * request, so plain http is refused unless the host is this machine (the local mock).
 */
export function normalizeBaseURL(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(`baseURL is not a valid absolute URL; use e.g. "${DEFAULT_BASE_URL}".`);
  }
  if (url.username || url.password) {
    throw new ConfigurationError('baseURL must not hold credentials; pass the key as apiKey.');
  }
  if (url.search || url.hash) {
    throw new ConfigurationError(`baseURL "${url.origin}${url.pathname}" must not have a query or fragment.`);
  }
  const secure = url.protocol === 'https:';
  const local = url.protocol === 'http:' && isLoopbackHost(url.hostname);
  if (!secure && !local) {
    throw new ConfigurationError(
      `baseURL "${url.origin}" is refused: the key is only sent over https (or http to a loopback host, 127.0.0.1).`,
    );
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
