/**
 * Checks HTTP Basic auth as ChartMogul does: the API key is the user name, and the
 * password is empty or the key again. Returns the key, or `undefined` when the request
 * has no valid credentials.
 */
export function authenticatedKey(request: Request, validKeys: ReadonlySet<string>): string | undefined {
  const header = request.headers.get('authorization');
  const match = header?.match(/^Basic\s+([A-Za-z0-9+/=]+)$/i);
  if (!match) return undefined;
  let decoded: string;
  try {
    const binary = atob(match[1] as string);
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  // The key itself may contain ':'; the password is what follows the last split that makes a valid pair.
  for (let split = colon; split >= 0; split = decoded.indexOf(':', split + 1)) {
    const user = decoded.slice(0, split);
    const password = decoded.slice(split + 1);
    if (validKeys.has(user) && (password === '' || password === user)) return user;
  }
  return undefined;
}
