import { access, open, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { APIError, type ChartMogul, type OperationSpec } from '@chartmogul-kit/node';
import { pathParamNames } from '@chartmogul-kit/core/internal';
import type { ItemWriter } from '../output/item-writer.js';
import { count, type Progress, rate } from '../output/progress.js';
import { Sink } from '../output/sink.js';
import { callOperation } from '../run/call-operation.js';
import { UsageError } from '../usage-error.js';
import { BoundedConcurrency } from './bounded-concurrency.js';
import { type InputLine, openInput, readRecords } from './read-records.js';

export interface ImportRun {
  readonly client: ChartMogul;
  readonly operation: OperationSpec;
  readonly command: string;
  /** Path values from the command line; a record may give them instead, as fields named like the placeholders. */
  readonly pathValues: readonly string[];
  /** Params from flags and --data: defaults for every record (a record's own fields win). */
  readonly defaults: Record<string, unknown>;
  readonly from: string;
  readonly failedPath: string | undefined;
  readonly concurrency: number;
  readonly stdin: Readable;
  /** Where the created records go, or nothing (on a terminal only the summary is shown). */
  readonly results: ItemWriter | undefined;
  readonly progress: Progress;
  readonly note: (message: string) => void;
  /** Ctrl-C: no new request starts; those in flight finish; the rest of the input goes to the failed file. */
  readonly interrupt?: AbortSignal;
}

export interface ImportSummary {
  readonly created: number;
  readonly failed: number;
  /** Records not sent because the import was interrupted (counted in `failed`). */
  readonly skipped: number;
}

const NOT_ATTEMPTED = 'Not attempted: the import was interrupted.';

/**
 * Runs the operation once per record of a JSON-lines file, a bounded number at a time. Failed
 * records go to a file, each with its error in `_error` and its input line in `_line`; passing
 * that file to `--from` retries exactly them (those fields are dropped on reading).
 */
export async function runImport(run: ImportRun): Promise<ImportSummary> {
  if (run.operation.method === 'GET') throw new UsageError(`--from imports records with a write; ${run.command} only reads.`);
  const failedPath = resolve(run.failedPath ?? (run.from === '-' ? 'chartmogul-import.failed.jsonl' : `${run.from}.failed.jsonl`));
  if (run.from !== '-') {
    if (resolve(run.from) === failedPath) throw new UsageError('--failed must name another file than --from: the import reads --from while it writes failures.');
    await access(run.from).catch(() => {
      throw new UsageError(`--from ${run.from}: no such file.`);
    });
  }
  const failedFile = await open(failedPath, 'w').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot write the failed-records file ${failedPath} (${error.code ?? error.message}); choose another with --failed.`);
  });
  const failedStream = failedFile.createWriteStream();
  const failedSink = new Sink(failedStream);
  const limit = new BoundedConcurrency(run.concurrency);
  const names = pathParamNames(run.operation.path);
  let created = 0;
  let failed = 0;
  let skipped = 0;
  const fail = async (line: number, record: Record<string, unknown> | undefined, raw: string | undefined, error: unknown) => {
    failed += 1;
    const entry = { ...record, ...(raw === undefined ? {} : { _raw: raw }), _error: describeFailure(error), _line: line };
    await failedSink.write(`${JSON.stringify(entry)}\n`);
  };
  const attempt = async (input: InputLine) => {
    if (!('record' in input)) return fail(input.line, undefined, input.raw, { message: input.problem });
    try {
      const { pathValues, params } = splitRecord(input.record, names, run.pathValues);
      const result = await callOperation(run.client, run.operation, pathValues, { ...run.defaults, ...params });
      created += 1;
      if (run.results && result !== undefined) await run.results.write([result]);
    } catch (error) {
      await fail(input.line, input.record, undefined, error);
    }
  };
  for await (const input of readRecords(openInput(run.from, run.stdin))) {
    if (run.interrupt?.aborted) {
      // Copied to the failed file unsent, so that a rerun from it continues where this one stopped.
      skipped += 1;
      await fail(input.line, 'record' in input ? input.record : undefined, 'raw' in input ? input.raw : undefined, { message: NOT_ATTEMPTED });
      continue;
    }
    await limit.run(() => attempt(input));
    run.progress.update(() => progressLine(created, failed, run.progress.elapsedSeconds));
  }
  await limit.settled();
  await run.results?.end();
  await new Promise<void>((done, reject) => failedStream.end((error?: Error | null) => (error ? reject(error) : done())));
  if (failed === 0) await rm(failedPath, { force: true });
  run.progress.done('');
  const seconds = run.progress.elapsedSeconds;
  run.note(
    (skipped > 0 ? `Interrupted: ${count(skipped)} records were not sent.\n` : '') +
      `${run.command}: ${count(created)} created, ${count(failed)} failed, of ${count(created + failed)} records (${seconds.toFixed(1)} s, ${rate(created + failed, seconds)}).` +
      (failed > 0 ? `\nFailed records, each with its error: ${failedPath}\nFix them and rerun with --from ${failedPath} to retry only those.` : ''),
  );
  return { created, failed, skipped };
}

/** Path values: the command line's, else the record's fields named like the placeholders (taken out of the params). */
function splitRecord(record: Record<string, unknown>, names: readonly string[], given: readonly string[]) {
  if (given.length === names.length) return { pathValues: given, params: record };
  const params = { ...record };
  const pathValues = names.map((name) => {
    const value = params[name];
    if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`The record has no "${name}" for the path; give it on the command line or as a field.`);
    delete params[name];
    return String(value);
  });
  return { pathValues, params };
}

/** What the failed-records file says about an error: status and message, and the API's body. */
function describeFailure(error: unknown): Record<string, unknown> {
  if (error instanceof APIError) return { status: error.status, message: error.message, body: error.body };
  if (error instanceof Error) return { type: error.name, message: error.message };
  return error as Record<string, unknown>;
}

function progressLine(created: number, failed: number, seconds: number): string {
  return `${count(created + failed)} records · ${count(created)} created · ${count(failed)} failed · ${rate(created + failed, seconds)}`;
}
