import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { isRecord } from '../output/cells.js';
import { UsageError } from '../usage-error.js';

/** Reads all of a stream as text (stdin for `--data -`). */
export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** `--data`: inline JSON, `@file.json`, or `-` for stdin; always a JSON object of params. */
export async function readData(spec: string, stdin: Readable): Promise<Record<string, unknown>> {
  let text: string;
  let source: string;
  if (spec === '-') {
    text = await readAll(stdin);
    source = 'stdin';
  } else if (spec.startsWith('@')) {
    source = spec.slice(1);
    try {
      text = await readFile(source, 'utf8');
    } catch (error) {
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
