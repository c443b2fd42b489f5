/** What a route returns: a body and a status (200 unless said), or no content. */
export type Reply = { status: number; body: unknown } | { status: 202 | 204; body?: undefined };

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const created = (body: unknown): Reply => ({ status: 201, body });
/** 202 with `{}`: the API's answer to merges, connects and other queued work. */
export const accepted = (body: unknown = {}): Reply => ({ status: 202, body });
export const noContent = (): Reply => ({ status: 204 });

const encoder = new TextEncoder();

/** JSON encoded once (msw's `HttpResponse.json` encodes twice to learn the length). */
export function toResponse(reply: Reply): Response {
  if (reply.body === undefined) return new Response(null, { status: reply.status });
  const bytes = encoder.encode(JSON.stringify(reply.body));
  return new Response(bytes, {
    status: reply.status,
    headers: { 'content-type': 'application/json', 'content-length': String(bytes.byteLength) },
  });
}
