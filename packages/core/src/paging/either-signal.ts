import { onAbort } from '../signal/on-abort.js';

export interface LinkedSignal {
  readonly signal: AbortSignal;
  /** Removes the listener from the first signal, which may outlive many pages (the caller's). */
  dispose(): void;
}

/** A signal that fires when either does, with that one's reason. */
export function eitherSignal(first: AbortSignal, second: AbortSignal): LinkedSignal {
  const controller = new AbortController();
  const fromFirst = onAbort(first, () => controller.abort(first.reason));
  const fromSecond = onAbort(second, () => controller.abort(second.reason));
  return {
    signal: controller.signal,
    dispose() {
      fromFirst();
      fromSecond();
    },
  };
}
