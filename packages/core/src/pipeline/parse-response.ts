import { APIError } from '../errors/api-error.js';
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
  if (status >= 200 && status < 300 && parsed.ok) return { data: parsed.value, response: responseInfo(response) };
  const { headers } = response;
  const path = new URL(url).pathname;
  if (status >= 200 && status < 300) {
    throw new APIError({
      status,
      headers,
      body: text,
      method,
      path,
      invalidBody: true,
      hint: isIdempotent(method)
        ? 'The answer was cut short or not from the API: check baseURL and any proxy.'
        : `The write was accepted (${status}) but its answer could not be read: look it up before sending it again.`,
    });
  }
  const ErrorClass = apiErrorClassFor(status);
  throw new ErrorClass({
    status,
    headers,
    body: parsed.ok ? parsed.value : text,
    method,
    path,
    hint: statusHint(method, status, headers),
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
