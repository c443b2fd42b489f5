export interface LinkedSignal {
  readonly signal: AbortSignal;
  /** Removes the listener from the first signal, which may outlive many pages (the caller's). */
  dispose(): void;
}

/** A signal that fires when either does, with that one's reason. */
export function eitherSignal(first: AbortSignal, second: AbortSignal): LinkedSignal {
  const controller = new AbortController();
  const fromFirst = () => controller.abort(first.reason);
  const fromSecond = () => controller.abort(second.reason);
  if (first.aborted) fromFirst();
  else if (second.aborted) fromSecond();
  first.addEventListener('abort', fromFirst, { once: true });
  second.addEventListener('abort', fromSecond, { once: true });
  return {
    signal: controller.signal,
    dispose() {
      first.removeEventListener('abort', fromFirst);
      second.removeEventListener('abort', fromSecond);
    },
  };
}
