import { type Log, silentLog } from '../logging/logger.js';
import { redactHeaders } from '../logging/redact.js';
import type { BuiltRequest } from '../request/build-request.js';
import type { RequestScheduler } from '../scheduler/scheduler.js';
import type { Transport } from '../transport/transport.js';
import type { ParsedResponse } from './parse-response.js';
import { emit, type Hooks } from './hooks.js';
import { decideRetry, type Fault, faultOf, type GiveUpReason, isDeclined, mayHaveBeenApplied } from './retry-policy.js';
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
  const { method, url, headers } = request;
  const path = new URL(url).pathname;
  const label = `chartmogul: ${method} ${path}`;
  const { scheduler, signal, maxRetries } = options;
  const hooks = options.hooks ?? [];
  // Made only for a call with hooks: redacting costs a copy of the headers.
  const told = hooks[0] && { operation: options.operation ?? path, method, url: url.split('?')[0] as string, headers: redactHeaders(headers), callId: ++calls };
  // The retry budget counts from the first attempt, not from the call: time queued behind the
  // client's limits is not time spent failing.
  let started: number | undefined;
  for (let attempt = 1; ; attempt++) {
    const release = await scheduler?.acquire({ signal, retry: attempt > 1, timeoutMs: options.timeout });
    if (scheduler && !release) throw userAbort(`${method} ${path}`, signal);
    log.debug(`${label} (attempt ${attempt})`, { method, path, attempt, headers: redactHeaders(headers) });
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
      log.info(`${label} ${status} in ${durationMs} ms`, tell('onResponse', { status, durationMs }));
      return parsed;
    } catch (error) {
      const now = timing.now();
      const fault = faultOf(error);
      const { status, code } = (error ?? {}) as { status?: number; code?: string };
      const failure = describeFailure(fault, error as Error);
      const durationMs = now - attemptStarted;
      const data = { method, path, attempt, ...(status === undefined ? code && { code } : { status }), durationMs };
      log.info(`${label} ${failure} in ${durationMs} ms`, data);
      const decision = decideRetry({ method, error, retries: attempt - 1, maxRetries, elapsedMs: now - started, budgetMs: options.retryBudget, now, random: timing.random });
      const failed = { error, status, durationMs };
      if (!decision.retry) {
        tell('onError', failed);
        const giveUp = GIVE_UP[decision.reason];
        // A write that may have been applied is an error: repeating it blindly could apply it twice.
        if (giveUp && (decision.reason !== 'unsafe' || mayHaveBeenApplied(method, fault))) {
          log[decision.reason === 'unsafe' ? 'error' : 'warn'](`${label} failed (${failure})${giveUp(attempt, decision.delayMs)}`, {
            ...data,
            attempts: attempt,
            reason: decision.reason,
          });
        }
        throw error;
      }
      const { delayMs } = decision;
      tell('onRetry', { ...failed, delayMs });
      if (isDeclined(fault)) scheduler?.pause(delayMs);
      log.info(`chartmogul: retrying ${method} ${path} after ${failure} in ${delayMs} ms (retry ${attempt} of ${maxRetries})`, {
        ...data,
        delayMs,
        retryAfter: decision.fromRetryAfter,
      });
      await timing.sleep(delayMs, signal);
      // A retry never follows a user abort, even one that came during the wait.
      if (signal?.aborted) {
        const aborted = userAbort(`${method} ${path}`, signal);
        tell('onError', { error: aborted, status: undefined, durationMs: timing.now() - attemptStarted });
        throw aborted;
      }
    }
  }
}

/** What the warning (or error) says when the client gives up; no line for an abort or a final answer. */
const GIVE_UP: Partial<Record<GiveUpReason, (attempts: number, delayMs?: number) => string>> = {
  unsafe: () => '; not retried because the write may have been applied: check before repeating it',
  'retries-exhausted': (attempts) => ` after ${attempts} attempt(s)`,
  'retry-after-too-long': (_, delayMs) => `; Retry-After asks for ${delayMs} ms, longer than the client waits`,
  'over-budget': (_, delayMs) => `; a retry in ${delayMs} ms would exceed the retry budget`,
};

/** A short name for a failed attempt, for log lines: `503`, `timeout`, `connection error (ECONNRESET)`. */
function describeFailure(fault: Fault, error: Error & { status?: number; code?: string }): string {
  switch (fault.kind) {
    case 'status':
      return String(fault.status);
    case 'abort':
      return 'aborted';
    case 'connection':
      return `connection error${error.code ? ` (${error.code})` : ''}`;
    case 'other':
      if (error.status !== undefined) return `${error.status} with a body that is not JSON`;
      return error?.name ?? 'error';
  }
  return fault.kind;
}
