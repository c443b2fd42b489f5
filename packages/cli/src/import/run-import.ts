import type { FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { APIError, type ChartMogul, type OperationSpec, UserAbortError } from '@chartmogul-kit/node';
import { pathParamNames } from '@chartmogul-kit/core/internal';
import type { ItemWriter } from '../output/item-writer.js';
import { count, type Progress, rate } from '../output/progress.js';
import { callOperation } from '../run/call-operation.js';
import { UsageError } from '../usage-error.js';
import { BoundedConcurrency } from './bounded-concurrency.js';
import { FailedRecordsFile } from './failed-file.js';
import { checkStdinInput, openInputFile } from './open-input.js';
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
  /** Ctrl-C: no new request starts; those in flight finish (until a second Ctrl-C aborts them); the rest of the input goes to the failed file. */
  readonly interrupts?: ImportInterrupts;
  /** The reader of the results went away (stdout's EPIPE): the import stops as on Ctrl-C and writes no more results. */
  readonly outputClosed?: AbortSignal;
  /** Cuts the key out of the failed-records file (an error body may echo it). */
  readonly redact?: (text: string) => string;
}

/** The first Ctrl-C (`stop`: send nothing more) and the second (`abandon`: abort the requests in flight). */
export interface ImportInterrupts {
  readonly stop: AbortSignal;
  readonly abandon: AbortSignal;
}

/** Why an import stopped before sending every record. */
export type StopReason = 'interrupt' | 'output-closed';

export interface ImportSummary {
  readonly created: number;
  readonly failed: number;
  /** Records not sent because the import stopped (counted in `failed`). */
  readonly skipped: number;
  readonly stoppedBy: StopReason | undefined;
}

const ABANDONED = 'Aborted in flight by a second Ctrl-C: the API may have applied it; check before retrying.';

const NOT_ATTEMPTED: Record<StopReason, string> = {
  interrupt: 'Not attempted: the import was interrupted.',
  'output-closed': 'Not attempted: the import stopped when its output (stdout) was closed.',
};

/**
 * Runs the operation once per record of a JSON-lines file, a bounded number at a time. Failed
 * records go to a file, each with its error in `_error` and its input line in `_line`; passing
 * that file to `--from` retries exactly them (those fields are dropped on reading).
 */
export async function runImport(run: ImportRun): Promise<ImportSummary> {
  if (run.operation.method === 'GET') throw new UsageError(`--from imports records with a write; ${run.command} only reads.`);
  let inputFile: FileHandle | undefined;
  let regularInput = false;
  if (run.from === '-') checkStdinInput(run.stdin);
  if (run.from !== '-') {
    if (run.failedPath !== undefined && resolve(run.from) === resolve(run.failedPath)) {
      throw new UsageError('--failed must name another file than --from: the import reads --from while it writes failures.');
    }
    inputFile = await openInputFile(run.from);
    regularInput = (await inputFile.stat()).isFile();
  }
  // The failed file goes next to a regular input file only: beside a pipe (/dev/fd/63) it would
  // be created in /dev; then, as for stdin, in the current directory.
  const failedPath = resolve(run.failedPath ?? (regularInput ? `${run.from}.failed.jsonl` : 'chartmogul-import.failed.jsonl'));
  const failedFile = await FailedRecordsFile.open(failedPath, run.redact).catch(async (error: NodeJS.ErrnoException) => {
    await inputFile?.close();
    throw new UsageError(`Cannot write the failed-records file ${failedPath} (${error.code ?? error.message}); choose another with --failed.`);
  });
  const limit = new BoundedConcurrency(run.concurrency);
  const names = pathParamNames(run.operation.path);
  let created = 0;
  let failed = 0;
  let skipped = 0;
  /** Created records whose result could not be printed (the output was closed). */
  let unprinted = 0;
  let stoppedBy: StopReason | undefined;
  /** One controller per request in flight, so that the second Ctrl-C needs one listener, not one per call. */
  const inFlight = new Set<AbortController>();
  /**
   * Calls handed to the client that it has not sent yet (they wait for its rate limit): until the
   * client's `onRequest` hook says an attempt starts. A stop aborts these, so nothing queued is sent.
   */
  const queued = new Set<AbortController>();
  const stop = (reason: StopReason) => {
    if (stoppedBy !== undefined) return;
    stoppedBy = reason;
    for (const call of queued) call.abort();
    if (reason === 'interrupt') {
      run.note(`Interrupted: no new record is sent; waiting for the ${count(limit.inFlight - queued.size)} in flight (Ctrl-C again aborts them).`);
    }
  };
  const onInterrupt = () => stop('interrupt');
  const onAbandon = () => {
    stop('interrupt');
    run.note(`Stopping now: aborting the ${count(inFlight.size)} requests in flight; their records go to the failed file (Ctrl-C again exits at once).`);
    for (const call of inFlight) call.abort();
  };
  const onOutputClosed = () => stop('output-closed');
  const { stop: stopSignal, abandon } = run.interrupts ?? {};
  if (stopSignal?.aborted) onInterrupt();
  if (run.outputClosed?.aborted) onOutputClosed();
  stopSignal?.addEventListener('abort', onInterrupt, { once: true });
  abandon?.addEventListener('abort', onAbandon, { once: true });
  run.outputClosed?.addEventListener('abort', onOutputClosed, { once: true });

  const fail = async (line: number, record: Record<string, unknown> | undefined, raw: string | undefined, error: unknown) => {
    failed += 1;
    const entry = { ...record, ...(raw === undefined ? {} : { _raw: raw }), _error: describeFailure(error), _line: line };
    await failedFile.write(`${JSON.stringify(entry)}\n`);
  };
  const printResult = async (result: unknown) => {
    if (run.results === undefined || result === undefined) return;
    if (stoppedBy === 'output-closed') {
      unprinted += 1;
      return;
    }
    // A write fails when the reader has gone (EPIPE): the created record is not lost, only its printout.
    await run.results.write([result]).catch(() => {
      unprinted += 1;
      stop('output-closed');
    });
  };
  const attempt = async (input: InputLine) => {
    if (!('record' in input)) return fail(input.line, undefined, input.raw, { message: input.problem });
    let result: unknown;
    const call = new AbortController();
    inFlight.add(call);
    queued.add(call);
    // Aborted while queued: never sent, whatever the client does with the abort afterwards.
    let unsent = false;
    call.signal.addEventListener('abort', () => (unsent = queued.has(call)), { once: true });
    const options = { signal: call.signal, hooks: { onRequest: () => queued.delete(call) } };
    try {
      const { pathValues, params } = splitRecord(input.record, names, run.pathValues);
      result = await callOperation(run.client, run.operation, pathValues, { ...run.defaults, ...params }, options);
    } catch (error) {
      if (unsent && stoppedBy !== undefined) {
        skipped += 1;
        return fail(input.line, input.record, undefined, { message: NOT_ATTEMPTED[stoppedBy] });
      }
      return fail(input.line, input.record, undefined, error instanceof UserAbortError && call.signal.aborted ? { message: ABANDONED } : error);
    } finally {
      inFlight.delete(call);
      queued.delete(call);
    }
    created += 1;
    await printResult(result);
  };

  try {
    for await (const input of readRecords(openInput(inputFile, run.stdin))) {
      if (stoppedBy === undefined) await limit.whenFree();
      // Checked after the wait for a slot: a stop that came meanwhile keeps this record unsent.
      if (stoppedBy !== undefined) {
        // Copied to the failed file unsent, so that a rerun from it continues where this one stopped.
        skipped += 1;
        await fail(input.line, 'record' in input ? input.record : undefined, 'raw' in input ? input.raw : undefined, { message: NOT_ATTEMPTED[stoppedBy] });
        continue;
      }
      limit.start(() => attempt(input));
      run.progress.update(() => progressLine(created, failed, run.progress.elapsedSeconds));
    }
  } finally {
    // Also when the input fails midway: the records in flight finish and land where they belong.
    await limit.settled();
    stopSignal?.removeEventListener('abort', onInterrupt);
    abandon?.removeEventListener('abort', onAbandon);
    run.outputClosed?.removeEventListener('abort', onOutputClosed);
  }
  if (stoppedBy !== 'output-closed') await run.results?.end().catch(() => stop('output-closed'));
  await failedFile.close(failed > 0);
  run.progress.done('');
  run.note(summaryText(run.command, { created, failed, skipped, stoppedBy }, unprinted, failedPath, run.progress.elapsedSeconds));
  if (failedFile.error !== undefined) {
    const reason = (failedFile.error as NodeJS.ErrnoException).code ?? failedFile.error.message;
    run.note(`Could not write the failed-records file ${failedPath} (${reason}): it is incomplete, some of the ${count(failed)} failed records are not in it. Free space or choose another file with --failed.`);
  }
  return { created, failed, skipped, stoppedBy };
}

function summaryText(command: string, summary: ImportSummary, unprinted: number, failedPath: string, seconds: number): string {
  const { created, failed, skipped, stoppedBy } = summary;
  const lines: string[] = [];
  if (stoppedBy === 'interrupt' && skipped > 0) lines.push(`Interrupted: ${count(skipped)} records were not sent.`);
  if (stoppedBy === 'output-closed') {
    lines.push(
      `Stopped: the output (stdout) was closed by its reader; ${count(skipped)} records were not sent, ` +
        `${count(unprinted)} created records were not printed.`,
    );
  }
  lines.push(`${command}: ${count(created)} created, ${count(failed)} failed, of ${count(created + failed)} records (${seconds.toFixed(1)} s, ${rate(created + failed, seconds)}).`);
  if (failed > 0) lines.push(`Failed records, each with its error: ${failedPath}\nFix them and rerun with --from ${failedPath} to retry only those.`);
  return lines.join('\n');
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
