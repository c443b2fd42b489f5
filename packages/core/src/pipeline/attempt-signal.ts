import type { ChartMogulError } from '../errors/chartmogul-error.js';
import { onAbort } from '../signal/on-abort.js';

export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** Removes the timer and the listener on the caller's signal. Call it when the attempt is over. */
  dispose(): void;
}

export interface AbortReasons {
  /** The error when the attempt's timeout fires. */
  timeout: () => ChartMogulError;
  /** The error when the caller's signal fires. */
  userAbort: () => ChartMogulError;
}

/**
 * One attempt's signal: fires on the per-attempt timeout or on the caller's signal,
 * with a typed reason, so the pipeline can tell a timeout from a user abort.
 */
export function attemptSignal(timeoutMs: number, userSignal: AbortSignal | undefined, reasons: AbortReasons): AttemptSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(reasons.timeout()), timeoutMs);
  const unsubscribe = userSignal ? onAbort(userSignal, () => controller.abort(reasons.userAbort())) : undefined;
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer);
      unsubscribe?.();
    },
  };
}
