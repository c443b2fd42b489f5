// One AbortSignal shared by many calls queued behind the client's limits: one listener on it at
// most, none once they are done, and no MaxListenersExceededWarning (Node warns past 10).
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { UserAbortError } from '../../src/index.js';
import { onAbort } from '../../src/signal/on-abort.js';
import { testClient } from '../support/capture.js';

const warnings: Error[] = [];
const onWarning = (warning: Error) => warnings.push(warning);
process.on('warning', onWarning);
afterEach(() => {
  warnings.length = 0;
});

/** A fetch that answers only when told: the calls stay in flight or queued as long as the test wants. */
function heldFetch() {
  const waiting: Array<() => void> = [];
  const fetch: typeof globalThis.fetch = (_input, init) =>
    new Promise((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
      waiting.push(() => resolve(Response.json({ data: 'pong!' })));
    });
  return {
    fetch,
    release: () => {
      for (const answer of waiting.splice(0)) answer();
    },
    get held() {
      return waiting.length;
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('a signal shared across 50 queued calls', () => {
  it('holds one listener while they wait and run, none after, and no warning', async () => {
    const held = heldFetch();
    const cm = testClient({ fetch: held.fetch, rateLimit: { maxConcurrency: 2, maxRequestsPerSecond: Infinity } });
    const controller = new AbortController();
    const calls = Array.from({ length: 50 }, () => cm.ping({ signal: controller.signal }));
    await tick();
    expect(held.held).toBe(2);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    while (held.held > 0) {
      held.release();
      await tick();
    }
    await expect(Promise.all(calls)).resolves.toHaveLength(50);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    await tick();
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
  });

  it('aborting it ends every call, queued or running, with UserAbortError, and leaves no listener', async () => {
    const held = heldFetch();
    const cm = testClient({ fetch: held.fetch, rateLimit: { maxConcurrency: 2, maxRequestsPerSecond: Infinity } });
    const controller = new AbortController();
    const calls = Array.from({ length: 30 }, () => cm.ping({ signal: controller.signal }).catch((e: unknown) => e));
    await tick();
    controller.abort();
    const outcomes = await Promise.all(calls);
    expect(outcomes.every((e) => e instanceof UserAbortError)).toBe(true);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    await tick();
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
  });
});

describe('onAbort', () => {
  it('runs every subscriber once, in order, through one listener, and removes it with the last', () => {
    const controller = new AbortController();
    const ran: number[] = [];
    const stops = [1, 2, 3].map((n) => onAbort(controller.signal, () => ran.push(n)));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    stops[1]?.();
    controller.abort();
    controller.abort();
    expect(ran).toEqual([1, 3]);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    const other = new AbortController();
    const stop = onAbort(other.signal, () => ran.push(4));
    stop();
    stop();
    expect(getEventListeners(other.signal, 'abort')).toHaveLength(0);
    expect(onAbort(AbortSignal.abort(), () => ran.push(5))).toBeTypeOf('function');
    expect(ran).toEqual([1, 3, 5]);
  });
});
