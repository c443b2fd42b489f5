/**
 * The one place that turns an API key into ChartMogul's `Authorization` header.
 *
 * ChartMogul uses HTTP Basic auth with the key as the user name and an empty password.
 * The credentials are UTF-8 encoded before base64 (RFC 7617 `charset="UTF-8"`), so any
 * string works, not only Latin-1: plain `btoa(key + ':')` throws on code points above 255.
 */
export function basicAuthorization(apiKey: string): string {
  const bytes = new TextEncoder().encode(`${apiKey}:`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
