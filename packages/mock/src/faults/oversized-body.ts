/**
 * Bodies too large to hold: what a client's `maxResponseBytes` is for. Both are made as they are
 * sent, a chunk at a time, so the mock itself never holds them.
 */

const CHUNK_BYTES = 64 * 1024;

/**
 * `bytes` of JSON whitespace, then `json`: valid JSON of any size (whitespace before a value is
 * allowed), so a client without a limit reads it whole and resolves.
 */
export function paddedJson(json: Uint8Array, bytes: number): ReadableStream<Uint8Array> {
  const spaces = new Uint8Array(CHUNK_BYTES).fill(0x20);
  let left = Math.max(0, bytes - json.byteLength);
  let done = false;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (left > 0) {
          const size = Math.min(left, CHUNK_BYTES);
          left -= size;
          controller.enqueue(size === CHUNK_BYTES ? spaces : spaces.subarray(0, size));
        } else if (!done) {
          done = true;
          controller.enqueue(json);
        } else controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

/** The same body, gzip-compressed as it is sent: some kilobytes on the wire for megabytes decoded. */
export function gzipped(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  return body.pipeThrough(new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
}
