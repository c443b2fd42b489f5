import { type Log, silentLog } from '../logging/logger.js';
import { redactHeaders } from '../logging/redact.js';
import type { BuiltRequest } from '../request/build-request.js';
import type { RequestScheduler } from '../scheduler/scheduler.js';
import type { Transport } from '../transport/transport.js';
import type { ParsedResponse } from './parse-response.js';
import { emit, type Hooks } from './hooks.js';
import { decideRetry, faultOf, type GiveUpReason, isDeclined, mayHaveBeenApplied } from './retry-policy.js';
import { sendRequest, userAbort } from './send-request.js';
import { systemTiming, type Timing } from './timing.js';

export interface ExecuteOptions {
  readonly transport: Transport;
  /** Each attempt's timeout in ms. */
  readonly timeout: number;
  readonly maxRetries: number;
  /** The total time in ms a call may spend before a retry is started; see retry-policy.ts. */
  readonly retryBudget: number;
  /** The largest answer body accepted, in bytes. */
  readonly maxResponseBytes?: number;
  readonly signal?: AbortSignal;
  readonly log?: Log;
  readonly timing?: Timing;
  /** The client's limits: every attempt, retries included, waits for a slot; a 429 holds them all. */
  readonly scheduler?: RequestScheduler;
  /** Told of every attempt: the client's, the derived client's and the call's, in that order. */
  readonly hooks?: readonly Hooks[];
  /** The operation's id for the hooks; the path when not given. */
  readonly operation?: string;
}

let calls = 0;

/**
 * Runs a request to its end: attempts it, and after a failure asks the retry policy whether and
 * when to try again. Resolves with the parsed body and the response, or rejects with the last attempt's typed error.
 */
export async function execute(request: BuiltRequest, options: ExecuteOptions): Promise<ParsedResponse> {
  const timing = options.timing ?? systemTiming;
  const log = options.log ?? silentLog;
  const method = request.method;
  const path = new URL(request.url).pathname;
  const { scheduler } = options;
  const hooks = options.hooks ?? [];
  // Made only for a call with hooks: redacting costs a copy of the headers.
  const told =
    hooks.length > 0
      ? { operation: options.operation ?? path, method, url: request.url.split('?')[0] as string, headers: redactHeaders(request.headers), callId: ++calls }
      : undefined;
  // The retry budget counts from the first attempt, not from the call: time queued behind the
  // client's limits is not time spent failing.
  let started: number | undefined;
  for (let retries = 0; ; retries++) {
    const attempt = retries + 1;
    const release = await scheduler?.acquire({ signal: options.signal, retry: retries > 0 });
    if (scheduler && !release) throw userAbort(`${method} ${path}`, options.signal);
    log.debug(`chartmogul: ${method} ${path} (attempt ${attempt})`, { method, path, attempt, headers: redactHeaders(request.headers) });
    const attemptStarted = timing.now();
    started ??= attemptStarted;
    /** Tells the hooks and returns what the log line carries: one object for both. */
    const tell = (name: keyof Hooks, event: object) => {
      if (told) emit(hooks, name, { ...told, attempt, ...event } as never, log);
      return { method, path, attempt, ...event };
    };
    tell('onRequest', {});
    try {
      const parsed = await sendRequest(request, options).finally(release);
      const { status } = parsed.response;
      const durationMs = timing.now() - attemptStarted;
      log.info(`chartmogul: ${method} ${path} ${status} in ${durationMs} ms`, tell('onResponse', { status, durationMs }));
      return parsed;
    } catch (error) {
      const now = timing.now();
      const failure = describeFailure(error);
      const durationMs = now - attemptStarted;
      log.info(`chartmogul: ${method} ${path} ${failure} in ${durationMs} ms`, { method, path, attempt, ...statusOf(error), durationMs });
      const decision = decideRetry({
        method,
        error,
        retries,
        maxRetries: options.maxRetries,
        elapsedMs: now - started,
        budgetMs: options.retryBudget,
        now,
        random: timing.random,
      });
      const failed = { error, status: statusOf(error).status, durationMs };
      if (!decision.retry) {
        tell('onError', failed);
        reportGiveUp(log, decision.reason, { method, path, attempt, failure, error, delayMs: decision.delayMs });
        throw error;
      }
      const { delayMs } = decision;
      tell('onRetry', { ...failed, delayMs });
      if (isDeclined(faultOf(error))) scheduler?.pause(delayMs);
      log.info(`chartmogul: retrying ${method} ${path} after ${failure} in ${delayMs} ms (retry ${attempt} of ${options.maxRetries})`, {
        method,
        path,
        attempt,
        delayMs,
        retryAfter: decision.fromRetryAfter,
      });
      await timing.sleep(decision.delayMs, options.signal);
      // A retry never follows a user abort, even one that came during the wait.
      if (options.signal?.aborted) {
        const aborted = userAbort(`${method} ${path}`, options.signal);
        tell('onError', { error: aborted, status: undefined, durationMs: timing.now() - attemptStarted });
        throw aborted;
      }
    }
  }
}

interface GiveUp {
  method: string;
  path: string;
  attempt: number;
  failure: string;
  error: unknown;
  delayMs: number | undefined;
}

function reportGiveUp(log: Log, reason: GiveUpReason, g: GiveUp): void {
  const data = { method: g.method, path: g.path, attempts: g.attempt, reason, ...statusOf(g.error) };
  const what = `chartmogul: ${g.method} ${g.path} failed (${g.failure})`;
  switch (reason) {
    case 'aborted':
    case 'final':
      return;
    case 'unsafe':
      if (mayHaveBeenApplied(g.method, faultOf(g.error))) {
        log.error(`${what}; not retried because the write may have been applied: check before repeating it`, data);
      }
      return;
    case 'retries-exhausted':
      log.warn(`${what} after ${g.attempt} attempt(s)`, data);
      return;
    case 'retry-after-too-long':
      log.warn(`${what}; Retry-After asks for ${g.delayMs} ms, longer than the client waits`, data);
      return;
    case 'over-budget':
      log.warn(`${what}; a retry in ${g.delayMs} ms would exceed the retry budget`, data);
      return;
  }
}

function statusOf(error: unknown): { status?: number; code?: string } {
  if (error && typeof error === 'object') {
    const { status, code } = error as { status?: unknown; code?: unknown };
    if (typeof status === 'number') return { status };
    if (typeof code === 'string') return { code };
  }
  return {};
}

/** A short name for a failed attempt, for log lines: `503`, `timeout`, `connection error (ECONNRESET)`. */
function describeFailure(error: unknown): string {
  const fault = faultOf(error);
  switch (fault.kind) {
    case 'status':
      return String(fault.status);
    case 'timeout':
      return 'timeout';
    case 'abort':
      return 'aborted';
    case 'connection': {
      const code = statusOf(error).code;
      return `connection error${code ? ` (${code})` : ''}`;
    }
    case 'other': {
      const status = statusOf(error).status;
      if (status !== undefined) return `${status} with a body that is not JSON`;
      return error instanceof Error ? error.name : 'error';
    }
  }
}
