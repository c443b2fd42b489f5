const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const HEADER_VALUE = /^[\t\x20-\x7E\x80-\xFF]*$/;

/**
 * Headers that frame the message or the connection. The transport sets them from the body it
 * sends; from the caller they break the exchange: a `content-length` on a GET made node:http wait
 * for a body that never came (the call hung until its timeout), a `transfer-encoding` went out
 * beside the computed `content-length` (a request smuggling shape), and fetch refuses `expect`,
 * `upgrade` and others only once the call is under way.
 */
const FRAMING_HEADERS = /^(content-length|transfer-encoding|connection|host|expect|upgrade|keep-alive|te|trailer)$/;

/**
 * The caller's headers, lower-cased and checked: a valid name, one line of Latin-1 text, and no
 * framing header. Every header a caller gives passes here (the client's `defaultHeaders` at
 * construction, a call's `headers` before it is sent), so every transport gets only headers it can
 * send. `refuse` makes the error: a `ConfigurationError` for the client's, an
 * `InvalidParameterError` for a call's. The value is never quoted: it may be a secret.
 */
export function checkedHeaders(headers: unknown, refuse: (message: string) => Error): Record<string, string> {
  if (headers === undefined || headers === null) return {};
  if (typeof headers !== 'object' || Array.isArray(headers)) throw refuse('Headers are an object of names and values.');
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => {
      if (!HEADER_NAME.test(name)) throw refuse(`Header name ${JSON.stringify(name)} is not a valid HTTP header name.`);
      if (typeof value !== 'string' || !HEADER_VALUE.test(value)) throw refuse(`Header "${name}" must be one line of Latin-1 text.`);
      const lower = name.toLowerCase();
      if (FRAMING_HEADERS.test(lower)) {
        throw refuse(`Header "${lower}" is set by the transport from what it sends; remove it from the headers.`);
      }
      return [lower, value];
    }),
  );
}
