import type { IncomingMessage } from 'node:http';

/** The mock's default limit on a request body: well above any request ChartMogul takes. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

/** The body was over the limit: nothing past the limit was kept. */
export const TOO_LARGE = Symbol('too large');

/**
 * A request's body, up to `maxBytes`. Over it (by `Content-Length`, before reading a byte, or
 * counted as the bytes arrive), it resolves to TOO_LARGE at once and the rest of the body is
 * read and dropped, so that the client, still sending, gets the 413 on a connection that stays
 * usable, and memory holds at most `maxBytes` whatever the client sends.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer<ArrayBuffer> | typeof TOO_LARGE> {
  const declared = Number(req.headers['content-length']);
  if (declared > maxBytes) {
    req.resume();
    return Promise.resolve(TOO_LARGE);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
      req.off('data', onData);
      req.resume();
      resolve(TOO_LARGE);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}
