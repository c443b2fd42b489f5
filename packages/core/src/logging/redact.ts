/** Headers whose values are credentials: shown as `[redacted]` wherever a request is logged. */
const SECRET_HEADERS: ReadonlySet<string> = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key']);

/** A copy of the headers safe to show: credentials replaced, the auth scheme kept (`Basic [redacted]`) for debugging. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!SECRET_HEADERS.has(name.toLowerCase())) shown[name] = value;
    else {
      const scheme = /^(Basic|Bearer)\s/i.exec(value)?.[1];
      shown[name] = scheme ? `${scheme} [redacted]` : '[redacted]';
    }
  }
  return shown;
}
