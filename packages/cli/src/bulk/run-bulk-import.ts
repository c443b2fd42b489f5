import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { type BulkImportProgress, type BulkImportSummary, bulkImport, type ChartMogul, createFileJournal, type FileJournal } from '@chartmogul-kit/node';
import { openInputFile } from '../import/open-input.js';
import { openInput, readRecords } from '../import/read-records.js';
import type { ImportInterrupts } from '../import/run-import.js';
import { count, type Progress, rate } from '../output/progress.js';
import { FailedFile, failedPathFor } from './failed-file.js';
import { LineIndex } from './line-index.js';
import { bulkRecords } from './line-records.js';

export interface BulkImportRun {
  readonly client: ChartMogul;
  /** A JSON-lines file, or `-` for stdin. */
  readonly input: string;
  readonly dataSourceUuid: string;
  /** `--failed`, else `<input>.failed.jsonl`. */
  readonly failedPath: string | undefined;
  /** `--resume`: the journal file. */
  readonly journalPath: string | undefined;
  readonly customersPerImport: number | undefined;
  readonly stdin: Readable;
  readonly progress: Progress;
  readonly note: (message: string) => void;
  /** The first Ctrl-C stops the run: no new import is sent, and those sent are no longer followed (their records count as skipped). */
  readonly interrupts?: ImportInterrupts;
  /** Cuts the key out of the failed-records file (a reason may echo it). */
  readonly redact?: (text: string) => string;
}

/** The import's counts with the lines refused before it (not JSON, not a record): `imported + failed + skipped === read`. */
export interface BulkRunSummary extends BulkImportSummary {
  /** Of `failed`: lines that never reached the import. */
  readonly refused: number;
}

/**
 * `chartmogul import`: streams a JSON-lines file into the SDK's bulk import (which batches,
 * sends, follows and journals) and keeps the command line's part: the lines that are not
 * records, the failed-records file with each record's line and reason, progress and summary.
 */
export async function runBulkImport(run: BulkImportRun): Promise<BulkRunSummary> {
  const failedTarget = failedPathFor(run.input, run.failedPath);
  let inputFile: FileHandle | undefined;
  if (run.input !== '-') inputFile = await openInputFile(run.input, 'chartmogul import');
  let failedFile: FailedFile;
  try {
    failedFile = await FailedFile.create(failedTarget.path, run.redact);
  } catch (error) {
    await inputFile?.close();
    throw error;
  }
  const journal: FileJournal | undefined = run.journalPath === undefined ? undefined : createFileJournal(run.journalPath);
  const lines = new LineIndex();
  let refused = 0;
  const saveFailure = (entry: Record<string, unknown>, reason: string, line: number | undefined) => void failedFile.write(entry, reason, line);
  let latest: BulkImportProgress = { read: 0, sent: 0, imported: 0, failed: 0, skipped: 0, importsInFlight: 0 };
  const draw = () => run.progress.update(() => progressLine(latest, refused, run.progress.elapsedSeconds));
  const onInterrupt = () => {
    const rerun = run.journalPath === undefined ? '' : ` (a rerun with --resume ${run.journalPath} follows them)`;
    run.note(`Interrupted: no new import is sent; those already sent go on at ChartMogul${rerun}.`);
  };
  run.interrupts?.stop.addEventListener('abort', onInterrupt, { once: true });

  const records = bulkRecords(readRecords(openInput(inputFile, run.stdin)), lines, async (line) => {
    refused += 1;
    await failedFile.write(line.entry, line.reason, line.line);
    draw();
  });
  let summary: BulkImportSummary | undefined;
  try {
    summary = await bulkImport(run.client, run.dataSourceUuid, records, {
      ...(run.customersPerImport === undefined ? {} : { customersPerImport: run.customersPerImport }),
      ...(journal === undefined ? {} : { journal }),
      ...(run.interrupts ? { signal: run.interrupts.stop } : {}),
      onProgress: (progress) => {
        latest = progress;
        draw();
      },
      onFailedRecord: (failure) => saveFailure(failure.record as Record<string, unknown>, failure.reason, lines.lineOf(failure.index)),
    });
  } finally {
    run.interrupts?.stop.removeEventListener('abort', onInterrupt);
    await journal?.close();
    await records.return(undefined);
    await inputFile?.close().catch(() => undefined);
    // A run that failed as a whole (no summary) leaves the previous failed file as it was; so does an
    // interrupted one whose input is that file: its records not sent are only there.
    await failedFile.finish(summary === undefined || (failedTarget.replacesInput && summary.aborted));
    run.progress.done('');
  }
  if (failedFile.error !== undefined) {
    const reason = (failedFile.error as NodeJS.ErrnoException).code ?? failedFile.error.message;
    throw new Error(`Could not write the failed-records file ${failedFile.path} (${reason}); free space or choose another file with --failed.`);
  }
  const total: BulkRunSummary = { ...summary, read: summary.read + refused, failed: summary.failed + refused, refused };
  run.note(summaryText(total, failedFile, failedTarget.replacesInput, run, run.progress.elapsedSeconds));
  return total;
}

function progressLine(progress: BulkImportProgress, refused: number, seconds: number): string {
  const done = progress.imported + progress.failed + refused;
  return [
    `${count(progress.read + refused)} read`,
    `${count(progress.sent)} sent`,
    `${count(progress.imported)} imported`,
    `${count(progress.failed + refused)} failed`,
    `${count(progress.importsInFlight)} imports in flight`,
    rate(done, seconds),
  ].join(' · ');
}

function summaryText(summary: BulkRunSummary, failedFile: FailedFile, replacesInput: boolean, run: BulkImportRun, seconds: number): string {
  const { read, imported, alreadyImported, failed, skipped, imports, resumedImports, aborted } = summary;
  const lines: string[] = [];
  if (aborted) {
    const resume = run.journalPath === undefined ? 'add --resume <journal file> to a rerun next time, so that it sends no batch twice' : `rerun the same command (--resume ${run.journalPath}) to continue`;
    lines.push(`Interrupted: ${count(skipped)} records were not imported; ${resume}.`);
  }
  const already = alreadyImported > 0 ? ` (${count(alreadyImported)} were already in ChartMogul)` : '';
  const resumed = resumedImports > 0 ? `, ${count(resumedImports)} of them sent by an earlier run` : '';
  lines.push(
    `chartmogul import: ${count(imported)} imported${already}, ${count(failed)} failed, ${count(skipped)} skipped, of ${count(read)} records ` +
      `in ${count(imports)} ${imports === 1 ? 'import' : 'imports'}${resumed} (${seconds.toFixed(1)} s, ${rate(imported + failed, seconds)}).`,
  );
  if (failedFile.count > 0 && !(aborted && replacesInput)) {
    lines.push(`Failed records, each with its reason and line: ${failedFile.path}`);
    lines.push(`Fix them and import that file: chartmogul import ${failedFile.path} --data-source-uuid ${run.dataSourceUuid}`);
  }
  return lines.join('\n');
}
