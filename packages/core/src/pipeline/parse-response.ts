import { apiErrorClassFor } from '../errors/status-errors.js';
import type { TransportResponse } from '../transport/transport.js';
import { responseInfo, type WithResponse } from './api-promise.js';
import { statusHint } from './failure-hints.js';
import { isIdempotent } from './retry-policy.js';

/** The parsed JSON body (`undefined` for an empty one) and what the response said besides. */
export type ParsedResponse = WithResponse<unknown>;

/**
 * Turns a response into the parsed body, or into the typed error for its status. Never a `SyntaxError`:
 * a body that is not JSON (an HTML page from a gateway, half a document) is kept as text in the error.
 */
export function parseResponse(response: TransportResponse, method: string, url: string): ParsedResponse {
  // A success reads neither the headers nor the path: a transport may make its Headers only when
  // asked (on Node, the first Headers object loads undici: milliseconds and megabytes).
  const { status, body: text } = response;
  const parsed = parseBody(text);
  const ok = status >= 200 && status < 300;
  if (ok && parsed.ok) return { data: parsed.value, response: responseInfo(response) };
  const { headers } = response;
  // A 2xx whose body is not JSON is a plain `APIError` (the class for a 2xx) holding the text.
  const ErrorClass = apiErrorClassFor(status);
  throw new ErrorClass({
    status,
    headers,
    body: parsed.ok ? parsed.value : text,
    method,
    path: new URL(url).pathname,
    invalidBody: ok,
    hint: !ok
      ? statusHint(method, status, headers)
      : isIdempotent(method)
        ? 'The answer was cut short or not from the API: check baseURL and any proxy.'
        : `The write was accepted (${status}) but its answer could not be read: look it up before sending it again.`,
  });
}

function parseBody(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
