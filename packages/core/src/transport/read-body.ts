import { DEFAULT_MAX_RESPONSE_BYTES, ResponseTooLargeError } from '../errors/response-too-large-error.js';
import { onAbort } from '../signal/on-abort.js';
import type { TransportRequest } from './transport.js';

/** What a body is read from: a fetch `Response`, or any status with a stream of bytes (ofetch's `_data` as a stream). */
export interface StreamedResponse {
  readonly status: number;
  readonly body: ReadableStream<Uint8Array> | null;
}

/**
 * A response's body as text, read chunk by chunk and counted as it arrives: past the
 * request's `maxResponseBytes` the download is cancelled and the call rejects with
 * `ResponseTooLargeError`. The chunks are what `fetch` decoded, so a small gzip body that inflates
 * to gigabytes is stopped at the limit too. The request's signal cancels the read itself, whatever
 * the runtime's fetch does with the body of an aborted request.
 * Every transport that gets a stream reads it here: one count, one limit, one error.
 */
export async function readBody(response: StreamedResponse, request: TransportRequest): Promise<string> {
  const limit = request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const reader = response.body?.getReader();
  const stop = onAbort(request.signal, () => discard(reader));
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
      size += chunk.value.byteLength;
      chunks.push(chunk.value);
      if (size > limit) {
        discard(reader);
        throw new ResponseTooLargeError({
          method: request.method,
          url: request.url,
          status: response.status,
          maxResponseBytes: limit,
          excerpt: new TextDecoder().decode((chunks[0] as Uint8Array).subarray(0, 1024)),
        });
      }
    }
  } finally {
    stop();
  }
  // A cancelled read ends as if the body had: an abort must not pass for the whole answer.
  if (request.signal.aborted) throw request.signal.reason;
  return new Blob(chunks as BlobPart[]).text();
}

/**
 * Stops the download without waiting for it to stop: undici's cancel of a body still arriving
 * can wait for the rest of the stream, which is what the limit is there to refuse.
 */
export function discard(body: { cancel(): Promise<void> } | null | undefined): void {
  body?.cancel().catch(() => {});
}
