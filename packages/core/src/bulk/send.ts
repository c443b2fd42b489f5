import { APIError } from '../errors/api-error.js';
import { ConnectionError } from '../errors/connection-error.js';
import { AuthenticationError, NotFoundError, PermissionDeniedError, UnprocessableEntityError } from '../errors/status-errors.js';
import { systemTiming } from '../pipeline/timing.js';
import type { JsonImport, JsonImportCreateParams } from '../types/json-imports.js';
import { type FollowContext, findImport } from './follow.js';

/** Tries at sending one batch, when ChartMogul answers 429/5xx or the connection fails. */
const MAX_SEND_ATTEMPTS = 5;
const SEND_BACKOFF_MS = 1_000;

/**
 * Errors after which no batch can succeed (the key, its rights, the source): the run stops and
 * rejects with the error instead of failing every record one batch at a time.
 */
export const isFatal = (error: unknown): boolean =>
  error instanceof AuthenticationError || error instanceof PermissionDeniedError || error instanceof NotFoundError;

/** A fault after which the request may or may not have arrived: look before sending again. */
const mayHaveArrived = (error: unknown): boolean =>
  error instanceof ConnectionError || (error instanceof APIError && (error.status === 429 || error.status >= 500));

/**
 * Sends one batch and returns the accepted import, and whether an earlier request (a lost answer,
 * an earlier run) had already brought it. The pipeline retries only what cannot have been applied
 * (a POST is not repeated after a 5xx or a dropped connection); here the batch's `external_id`
 * makes the rest safe: before sending again we ask ChartMogul for an import of that id, and a 422
 * on create (an import of that id exists) is followed instead of failing.
 */
export async function sendBatch(ctx: FollowContext, payload: JsonImportCreateParams): Promise<{ accepted: JsonImport; earlier: boolean }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { accepted: await ctx.client.jsonImports.create(ctx.dataSourceUuid, payload, ctx.requestOptions), earlier: false };
    } catch (error) {
      if (ctx.signal?.aborted || isFatal(error)) throw error;
      const duplicate = error instanceof UnprocessableEntityError;
      if (!duplicate && !mayHaveArrived(error)) throw error;
      const found = await findImport(ctx, payload.external_id).catch(() => undefined);
      if (found !== undefined) return { accepted: found, earlier: duplicate };
      if (duplicate || attempt >= MAX_SEND_ATTEMPTS) throw error;
      await systemTiming.sleep(SEND_BACKOFF_MS * 2 ** (attempt - 1), ctx.signal);
      if (ctx.signal?.aborted) throw error;
    }
  }
}
