import { TimeoutError, UserAbortError } from '../errors/connection-error.js';

export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** Removes the timer and the listener on the caller's signal. Call it when the attempt is over. */
  dispose(): void;
}

/**
 * One attempt's signal: fires on the per-attempt timeout or on the caller's signal,
 * with a typed reason, so the pipeline can tell a timeout from a user abort.
 */
export function attemptSignal(timeoutMs: number, userSignal: AbortSignal | undefined, label: string): AttemptSignal {
  const controller = new AbortController();
  const onUserAbort = () => controller.abort(new UserAbortError(`${label} was aborted by the caller.`));
  const timer = setTimeout(
    () => controller.abort(new TimeoutError(`${label} timed out after ${timeoutMs} ms.`)),
    timeoutMs,
  );
  if (userSignal?.aborted) onUserAbort();
  else userSignal?.addEventListener('abort', onUserAbort, { once: true });
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer);
      userSignal?.removeEventListener('abort', onUserAbort);
    },
  };
}
