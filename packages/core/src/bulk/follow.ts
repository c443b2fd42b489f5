import type { RequestOptions } from '../config/options.js';
import { NotFoundError } from '../errors/status-errors.js';
import { systemTiming } from '../pipeline/timing.js';
import type { JsonImport } from '../types/json-imports.js';
import type { BulkImportClient } from './bulk-import.js';
import type { BulkPollInterval } from './types.js';

/** The two final states; anything else (`queued`, `processing`, a state added later) is not final. */
export const isFinal = (status: unknown): boolean => status === 'completed' || status === 'failed';

export const DEFAULT_POLL: Required<BulkPollInterval> = { initialMs: 1_000, maxMs: 15_000, factor: 1.5 };

/** Status requests that fail (after the pipeline's own retries) in a row before the outcome is given up as unknown. */
const MAX_FAILED_POLLS = 8;

export interface FollowContext {
  readonly client: BulkImportClient;
  readonly dataSourceUuid: string;
  readonly poll: Required<BulkPollInterval>;
  readonly signal: AbortSignal | undefined;
  readonly requestOptions: RequestOptions;
}

/**
 * Asks for the import's status, waiting longer each time, until it is final. The waits grow so
 * that a long import costs few requests (a small share of the rate limit); they go through the
 * client's pipeline, which retries a 429 or 5xx by itself. Resolves undefined on abort.
 */
export async function followImport(ctx: FollowContext, importId: string, first: JsonImport | undefined): Promise<JsonImport | undefined> {
  if (first !== undefined && isFinal(first.status)) return first;
  let wait = ctx.poll.initialMs;
  let failures = 0;
  for (;;) {
    await systemTiming.sleep(wait, ctx.signal);
    if (ctx.signal?.aborted) return undefined;
    wait = Math.min(ctx.poll.maxMs, wait * ctx.poll.factor);
    try {
      const status = await ctx.client.jsonImports.retrieve(ctx.dataSourceUuid, importId, ctx.requestOptions);
      failures = 0;
      if (isFinal(status.status)) return status;
    } catch (error) {
      if (ctx.signal?.aborted) return undefined;
      if (error instanceof NotFoundError || ++failures >= MAX_FAILED_POLLS) throw error;
    }
  }
}

/** The import ChartMogul holds under this external id, or undefined when it has none (it never arrived). */
export async function findImport(ctx: FollowContext, externalId: string): Promise<JsonImport | undefined> {
  try {
    return await ctx.client.jsonImports.retrieve(ctx.dataSourceUuid, externalId, ctx.requestOptions);
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}
