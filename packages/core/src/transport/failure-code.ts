import { TransportFailure } from './transport.js';

/**
 * Failures that happen while connecting, before the request is written: the server never saw it.
 * Node/Bun give an error code; Deno and workerd only a message, hence the patterns. A proxy that
 * refused the tunnel (ERR_PROXY_TUNNEL, Node's name and @chartmogul-kit/node's) never passed it on.
 * Also the request refused while it was being built, before any connection: undici's
 * `UND_ERR_NOT_SUPPORTED` and `UND_ERR_INVALID_ARG` (an `expect` or `upgrade` header), node:http's
 * invalid header codes.
 */
const NOT_SENT_CODES =
  /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|EADDRNOTAVAIL|UND_ERR_CONNECT_TIMEOUT|ERR_PROXY_TUNNEL|UND_ERR_NOT_SUPPORTED|UND_ERR_INVALID_ARG|ERR_INVALID_CHAR|ERR_INVALID_HTTP_TOKEN|ERR_HTTP_INVALID_HEADER_VALUE)$/;
const NOT_SENT_MESSAGES = /connection refused|tcp connect error|dns error|failed to lookup address|name or service not known/i;

/**
 * The TLS handshake failed on the server's certificate (self-signed, expired, wrong host, unknown
 * issuer): nothing was sent, and trying again meets the same certificate. OpenSSL's codes on Node
 * and Bun, Node's own `ERR_TLS_*`; Deno (rustls) only says it in words.
 */
const CERTIFICATE_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_(VERIFY|GET_ISSUER)|HOSTNAME_MISMATCH)/;
const CERTIFICATE_MESSAGES = /peer certificate|certificate verify failed/i;

/** True when the server's certificate (or the TLS handshake itself) was refused. */
export function isCertificateFailure(code: string | undefined, messages: string): boolean {
  return code !== undefined ? CERTIFICATE_CODES.test(code) : CERTIFICATE_MESSAGES.test(messages);
}

/** The innermost error code of a fetch failure: undici nests it (`TypeError: fetch failed` -> cause -> code). */
export function failureCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The messages along an error's cause chain, joined: what the runtime said went wrong. */
export function failureMessages(error: unknown): string {
  const messages: string[] = [];
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    if (current.message && !messages.includes(current.message)) messages.push(current.message);
    current = (current as { cause?: unknown }).cause;
  }
  return messages.join(': ') || String(error);
}

/** False only when the request certainly did not leave: then repeating it cannot duplicate anything. */
export function requestWasSent(code: string | undefined, messages: string): boolean {
  if (code !== undefined && NOT_SENT_CODES.test(code)) return false;
  if (isCertificateFailure(code, messages)) return false;
  return !NOT_SENT_MESSAGES.test(messages);
}

/**
 * What a transport rejects with when the network failed: the runtime's error reduced to its
 * message and code (the original may hold the request, headers included), and whether the
 * request may have left. Deno quotes the whole URL in its messages: the query can hold e-mail
 * addresses, so it goes.
 */
export function toTransportFailure(error: unknown, url: string): TransportFailure {
  const code = failureCode(error);
  const messages = withoutQuery(failureMessages(error), url);
  const cause = new Error(messages);
  if (code !== undefined) (cause as Error & { code?: string }).code = code;
  return new TransportFailure(code && !messages.includes(code) ? `${messages} (${code})` : messages, {
    cause,
    code,
    requestSent: requestWasSent(code, messages),
    permanent: isCertificateFailure(code, messages),
  });
}

/** `text` with the query string of `url` removed wherever it is quoted. */
function withoutQuery(text: string, url: string): string {
  const { search } = new URL(url);
  const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  let result = text;
  for (const form of new Set([query, search])) if (form.length > 1) result = result.split(form).join('');
  return result;
}
