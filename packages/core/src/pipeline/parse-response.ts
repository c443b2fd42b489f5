import { APIError } from '../errors/api-error.js';
import { apiErrorClassFor } from '../errors/status-errors.js';
import type { TransportResponse } from '../transport/transport.js';

/** Turns a response into the parsed body, or into the typed error for its status. Never a `SyntaxError`. */
export function parseResponse(response: TransportResponse, method: string, url: string): unknown {
  const { status, headers, body: text } = response;
  const path = new URL(url).pathname;
  const parsed = parseBody(text);
  if (status >= 200 && status < 300) {
    if (parsed.ok) return parsed.value;
    throw new APIError({ status, headers, body: text, method, path: `${path} (the response body is not JSON)` });
  }
  const ErrorClass = apiErrorClassFor(status);
  throw new ErrorClass({ status, headers, body: parsed.ok ? parsed.value : text, method, path });
}

function parseBody(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
