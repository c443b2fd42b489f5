/**
 * One `abort` listener per signal, however many calls wait on it. A caller may share one
 * `AbortSignal` across hundreds of queued calls; a listener each would pass Node's limit of 10
 * per event and print `MaxListenersExceededWarning`. Here the first subscriber adds the one
 * listener (the same function for every signal) and the last one to leave removes it, so nothing
 * stays behind on a long-lived signal.
 */
const subscribers = new WeakMap<AbortSignal, Set<() => void>>();

function fire(this: AbortSignal): void {
  const callbacks = subscribers.get(this);
  subscribers.delete(this);
  // A copy: a callback may unsubscribe others while the rest still have to run.
  for (const callback of [...(callbacks ?? [])]) callback();
}

/** Runs `callback` once when `signal` fires (at once if it has). Returns the way to stop listening. */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  if (signal.aborted) {
    callback();
    return () => {};
  }
  let callbacks = subscribers.get(signal);
  if (!callbacks) {
    subscribers.set(signal, (callbacks = new Set()));
    signal.addEventListener('abort', fire, { once: true });
  }
  const own = callbacks;
  // A wrapper per subscription: the same function subscribed twice is two subscriptions.
  const entry = () => callback();
  own.add(entry);
  return () => {
    if (own.delete(entry) && own.size === 0 && subscribers.get(signal) === own) {
      subscribers.delete(signal);
      signal.removeEventListener('abort', fire);
    }
  };
}
