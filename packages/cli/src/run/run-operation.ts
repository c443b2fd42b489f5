import type { ChartMogul, OperationSpec, PagePromise, PageBody } from '@chartmogul-kit/node';
import { UsageError } from '../usage-error.js';
import { createItemWriter, type OutputContext } from '../output/item-writer.js';
import { count, type Progress, rate } from '../output/progress.js';
import { writeResult } from '../output/write-result.js';
import { callOperation } from './call-operation.js';

export interface OperationRun {
  readonly client: ChartMogul;
  readonly operation: OperationSpec;
  readonly command: string;
  readonly pathValues: readonly string[];
  readonly params: Record<string, unknown>;
  readonly all: boolean;
  readonly output: OutputContext;
  readonly progress: Progress;
}

/** One call: prints its answer; with `--all`, streams every item of every page instead. */
export async function runOperation(run: OperationRun): Promise<void> {
  const { operation } = run;
  if (run.all) {
    if (!operation.paging) throw new UsageError(`${run.command} is not a paged list; --all applies to lists only.`);
    return exportAll(run, operation.paging.items);
  }
  const result = await callOperation(run.client, operation, run.pathValues, run.params);
  await writeResult(run.output, operation, result);
  const page = result as PageBody | undefined;
  if (operation.paging && page?.has_more && run.output.format !== 'json') {
    run.output.note(`More pages follow: add --all for every item, or --cursor ${String(page.cursor)} for the next page.`);
  }
}

/**
 * Walks the pages through the SDK's lazy iteration and writes each page as it arrives: the
 * first line is out after one request, and memory holds a page, not the export.
 */
async function exportAll(run: OperationRun, itemsKey: string): Promise<void> {
  const list = callOperation(run.client, run.operation, run.pathValues, run.params) as PagePromise<PageBody, unknown>;
  const writer = createItemWriter(run.output);
  let items = 0;
  let pages = 0;
  for await (const page of list.pages()) {
    const pageItems = (page[itemsKey] ?? []) as unknown[];
    await writer.write(pageItems);
    items += pageItems.length;
    pages += 1;
    run.progress.update(() => `${count(items)} items · ${count(pages)} pages · ${rate(items, run.progress.elapsedSeconds)}`);
  }
  await writer.end();
  const seconds = run.progress.elapsedSeconds;
  run.progress.done(`${count(items)} items in ${count(pages)} pages, ${seconds.toFixed(1)} s (${rate(items, seconds)}).`);
}
