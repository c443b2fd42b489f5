// Paging overlaps the waits: the next page is requested when a page is handed out, one ahead at most.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageBody, WithResponse } from '../../src/index.js';
import { PagePromise } from '../../src/internal.js';
import { flush } from '../support/manual-clock.js';

interface Call {
  cursor: string | undefined;
  signal: AbortSignal | undefined;
  resolve: (page: WithResponse<PageBody>) => void;
  reject: (error: unknown) => void;
}

/** A list of `count` pages of two items; each fetch waits until the test answers it. */
function heldPages(count: number) {
  const calls: Call[] = [];
  const body = (n: number): PageBody => ({
    entries: [`item ${2 * n - 1}`, `item ${2 * n}`],
    has_more: n < count,
    cursor: n < count ? `c${n + 1}` : null,
  });
  const list = new PagePromise<PageBody, string>(
    (cursor, signal) => new Promise((resolve, reject) => calls.push({ cursor, signal, resolve, reject })),
    'entries',
  );
  const answer = (index: number) => {
    const call = calls[index];
    if (!call) throw new Error(`no request ${index} yet`);
    const data = body(call.cursor === undefined ? 1 : Number(call.cursor.slice(1)));
    call.resolve({ data, response: { status: 200, headers: new Headers(), requestId: undefined } });
  };
  return { list, calls, answer, cursors: () => calls.map((c) => c.cursor) };
}

let unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled = [];
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('paging ahead', () => {
  it('requests the next page once a page is handed out, and never two ahead', async () => {
    const { list, answer, cursors } = heldPages(4);
    const pages = list.pages();
    const first = pages.next();
    await flush();
    expect(cursors()).toEqual([undefined]);
    answer(0);
    expect((await first).value?.cursor).toBe('c2');
    expect(cursors()).toEqual([undefined, 'c2']);
    answer(1);
    await flush();
    // Page 2 has arrived but is not handed out yet: page 3 waits.
    expect(cursors()).toEqual([undefined, 'c2']);
    expect((await pages.next()).value?.cursor).toBe('c3');
    expect(cursors()).toEqual([undefined, 'c2', 'c3']);
    await pages.return();
  });

  it('has the next page on its way while the caller works on the items of one', async () => {
    const { list, answer, cursors } = heldPages(3);
    const seen: string[] = [];
    const walk = (async () => {
      for await (const item of list) {
        seen.push(item);
        if (item === 'item 1') {
          await flush();
          expect(cursors()).toEqual([undefined, 'c2']);
          answer(1);
        }
        if (item === 'item 3') answer(2);
      }
    })();
    await flush();
    answer(0);
    await walk;
    expect(seen).toEqual(['item 1', 'item 2', 'item 3', 'item 4', 'item 5', 'item 6']);
    expect(cursors()).toEqual([undefined, 'c2', 'c3']);
  });

  it('cancels the page fetched ahead when the loop breaks, and its failure is no unhandled rejection', async () => {
    const { list, answer, calls } = heldPages(3);
    const walk = (async () => {
      for await (const item of list) if (item === 'item 1') break;
    })();
    await flush();
    answer(0);
    await walk;
    expect(calls).toHaveLength(2);
    expect(calls[1]?.signal?.aborted).toBe(true);
    calls[1]?.reject(new Error('the page fetched ahead failed'));
    await flush();
    await flush();
    expect(unhandled).toEqual([]);
  });

  it('gives the error of the page fetched ahead to the caller who asks for it', async () => {
    const { list, answer, calls } = heldPages(3);
    const pages = list.pages();
    const first = pages.next();
    await flush();
    answer(0);
    await first;
    calls[1]?.reject(new Error('page 2 failed'));
    await flush();
    await expect(pages.next()).rejects.toThrow('page 2 failed');
    expect(unhandled).toEqual([]);
  });

  it('toArray({ limit }) requests ahead only while the limit needs another page', async () => {
    const { list, answer, cursors } = heldPages(5);
    const items = list.toArray({ limit: 4 });
    await flush();
    answer(0);
    await flush();
    expect(cursors()).toEqual([undefined, 'c2']);
    answer(1);
    await expect(items).resolves.toEqual(['item 1', 'item 2', 'item 3', 'item 4']);
    expect(cursors()).toEqual([undefined, 'c2']);
  });
});
