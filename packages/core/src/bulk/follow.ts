import type { RequestOptions } from '../config/options.js';
import { NotFoundError } from '../errors/status-errors.js';
import type { JsonImport } from '../types/json-imports.js';
import type { BulkImportClient } from './bulk-import.js';
import type { PollPacer } from './poll-pacer.js';
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
  /** The run's one pacer: when each status request goes. */
  readonly pacer: PollPacer;
}

/**
 * Asks for the import's status until it is final. The first request goes when the import of
 * `records` records should be done by what the run has seen so far, later ones back off (by
 * `factor`, up to `maxMs`) only while it is found unfinished; all go through the run's pacer,
 * which keeps them a small share of the rate limit, and through the client's pipeline, which
 * retries a 429 or 5xx by itself. Resolves undefined on abort.
 */
export async function followImport(ctx: FollowContext, importId: string, first: JsonImport | undefined, records: number): Promise<JsonImport | undefined> {
  if (first !== undefined && isFinal(first.status)) return first;
  const { pacer } = ctx;
  const acceptedAt = pacer.timing.now();
  let due = acceptedAt + pacer.firstWait(records);
  let backoff: number | undefined;
  let unfinishedAt: number | undefined;
  let failures = 0;
  for (;;) {
    await pacer.turn(due, ctx.signal);
    if (ctx.signal?.aborted) return undefined;
    const sentAt = pacer.timing.now();
    try {
      const status = await ctx.client.jsonImports.retrieve(ctx.dataSourceUuid, importId, ctx.requestOptions);
      failures = 0;
      if (isFinal(status.status)) {
        pacer.observe(records, acceptedAt, sentAt, unfinishedAt);
        return status;
      }
      unfinishedAt = sentAt;
    } catch (error) {
      if (ctx.signal?.aborted) return undefined;
      if (error instanceof NotFoundError || ++failures >= MAX_FAILED_POLLS) throw error;
    }
    backoff = backoff === undefined ? pacer.firstBackoff(records) : Math.min(ctx.poll.maxMs, backoff * ctx.poll.factor);
    due = pacer.timing.now() + backoff;
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
