import type { Writable } from 'node:stream';

/**
 * The stream, seen through a rewrite of every text written to it: how the command line makes
 * sure that nothing it prints (data, notes, errors, progress, the SDK's log lines) holds the
 * key. A view, not a stream of its own: its events, state, buffer and backpressure are the
 * stream's, so `drain`, EPIPE and `isTTY` work as before, and two views of one stream (stderr's
 * messages and its progress line) keep their order. Each write is rewritten whole, so what is
 * written in one call (a page, a line, a message) is redacted whole.
 */
export function printView<S extends Writable>(stream: S, rewrite: (text: string) => string): S {
  const write = (chunk: unknown, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    return (stream.write as (...args: unknown[]) => boolean)(rewrite(text), ...rest);
  };
  return new Proxy(stream, {
    get(target, property) {
      if (property === 'write') return write;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
