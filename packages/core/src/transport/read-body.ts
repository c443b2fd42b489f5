import { DEFAULT_MAX_RESPONSE_BYTES, ResponseTooLargeError } from '../errors/response-too-large-error.js';
import { onAbort } from '../signal/on-abort.js';
import type { TransportRequest } from './transport.js';

/** How much of a too-large body the error keeps. */
const EXCERPT_BYTES = 1024;

/**
 * A fetch response's body as text, read chunk by chunk and counted as it arrives: past the
 * request's `maxResponseBytes` the download is cancelled and the call rejects with
 * `ResponseTooLargeError`. The chunks are what `fetch` decoded, so a small gzip body that inflates
 * to gigabytes is stopped at the limit too. A declared length over the limit is refused unread.
 */
export async function readBody(response: Response, request: TransportRequest): Promise<string> {
  const limit = request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const tooLarge = (head: Uint8Array) =>
    new ResponseTooLargeError({
      method: request.method,
      url: request.url,
      status: response.status,
      maxResponseBytes: limit,
      excerpt: new TextDecoder().decode(head.subarray(0, EXCERPT_BYTES)),
    });
  const declared = Number(response.headers.get('content-length'));
  if (!response.headers.has('content-encoding') && declared > limit) {
    discard(response.body);
    throw tooLarge(new Uint8Array());
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  // The signal ends the read itself, whatever the body does: a runtime's fetch may not error a
  // body it is still decompressing when its request is aborted, and the read would wait forever.
  let stop = noop;
  const aborted = new Promise<never>((_, reject) => {
    stop = onAbort(request.signal, () => {
      discard(reader);
      reject(request.signal.reason);
    });
  });
  aborted.catch(noop);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        discard(reader);
        throw tooLarge(chunks[0] ?? value);
      }
      chunks.push(value);
    }
  } finally {
    stop();
  }
  return new TextDecoder().decode(chunks.length === 1 ? chunks[0] : concat(chunks, size));
}

/**
 * Stops the download without waiting for it to stop: undici's cancel of a body still arriving
 * can wait for the rest of the stream, which is what the limit is there to refuse.
 */
export function discard(body: { cancel(): Promise<void> } | null | undefined): void {
  body?.cancel().catch(() => {});
}

function noop(): void {}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}
