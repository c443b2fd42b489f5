import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { isRecord } from '../output/cells.js';
import { UsageError } from '../usage-error.js';

/**
 * The most `--data` reads: the params of one request, which ChartMogul keeps far smaller (an
 * invoice with hundreds of line items is a few hundred KiB). Endless input (`--data -` fed by
 * `yes`, `--data @/dev/zero`) stops here instead of filling memory.
 */
export const MAX_DATA_BYTES = 8 * 1024 * 1024;

/** Reads a stream as text, up to `limit` bytes; over it, a usage error that says the limit (and the stream is closed). */
export async function readAll(stream: AsyncIterable<unknown>, source: string, limit = MAX_DATA_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > limit) {
      throw new UsageError(
        `--data: ${source} is larger than ${limit / 1024 / 1024} MiB, the most --data reads for the params of one request. ` +
          'For many records, put one JSON object a line in a file and use --from file.jsonl.',
      );
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `--data`: inline JSON, `@file.json`, or `-` for stdin; always a JSON object of params. */
export async function readData(spec: string, stdin: Readable): Promise<Record<string, unknown>> {
  let text: string;
  let source: string;
  if (spec === '-') {
    source = 'stdin';
    text = await readAll(stdin, source);
  } else if (spec.startsWith('@')) {
    source = spec.slice(1);
    try {
      // Streamed and bounded like stdin: the file may be a pipe (`@<(cmd)`) or a device that never ends.
      text = await readAll(createReadStream(source), source);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`--data ${spec}: cannot read ${source} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    }
  } else {
    text = spec;
    source = 'the --data value';
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--data: ${source} is not JSON (${(error as Error).message}).`);
  }
  if (!isRecord(value)) throw new UsageError(`--data: ${source} must hold a JSON object of params, e.g. {"name": "..."}.`);
  return value;
}
