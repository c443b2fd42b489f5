/**
 * One `abort` listener per signal, however many calls wait on it. A caller may share one
 * `AbortSignal` across hundreds of queued calls; a listener each would pass Node's limit of 10
 * per event and print `MaxListenersExceededWarning`. Here the first subscriber adds the one
 * listener and the last one to leave removes it, so nothing stays behind on a long-lived signal.
 */
interface Subscribers {
  readonly callbacks: Set<() => void>;
  readonly listener: () => void;
}

const bySignal = new WeakMap<AbortSignal, Subscribers>();

/** Runs `callback` once when `signal` fires (at once if it has). Returns the way to stop listening. */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  if (signal.aborted) {
    callback();
    return noop;
  }
  let subscribers = bySignal.get(signal);
  if (!subscribers) {
    const callbacks = new Set<() => void>();
    const listener = () => {
      bySignal.delete(signal);
      // A copy: a callback may unsubscribe others while the rest still have to run.
      for (const run of [...callbacks]) run();
      callbacks.clear();
    };
    subscribers = { callbacks, listener };
    bySignal.set(signal, subscribers);
    signal.addEventListener('abort', listener, { once: true });
  }
  const { callbacks, listener } = subscribers;
  // A wrapper per subscription: the same function subscribed twice is two subscriptions.
  const entry = () => callback();
  callbacks.add(entry);
  return () => {
    if (!callbacks.delete(entry) || callbacks.size > 0 || bySignal.get(signal) !== subscribers) return;
    bySignal.delete(signal);
    signal.removeEventListener('abort', listener);
  };
}

function noop(): void {}
