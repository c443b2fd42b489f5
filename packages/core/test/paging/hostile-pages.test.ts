// A server whose pages never end, or whose pages are not pages: every way of walking a list stops
// with a PagingError saying what the server did, after a bounded number of requests. Before, a
// repeated cursor, a cycle or endless empty pages were followed for ever, "false" (a string) was
// taken as true, and a body of null or 42 threw an untyped TypeError. Each server here gives up
// after CUTOFF requests with a last page, so the old code ended too (and failed the test) rather than hung.
import { describe, expect, it } from 'vitest';
import { ChartMogulError, PagingError } from '../../src/index.js';
import { MAX_EMPTY_PAGES, MAX_REMEMBERED_CURSORS } from '../../src/paging/page-guard.js';
import { captureRequests, testClient } from '../support/capture.js';

const wire = captureRequests();
const client = testClient();
const CUTOFF = 50;

/** Pages chosen by the request's cursor (`first` without one), until CUTOFF requests have been made. */
function serve(pageFor: (cursor: string, n: number) => unknown) {
  wire.respondWith((request) => {
    const n = wire.requests.length;
    if (n > CUTOFF) return { status: 200, body: { entries: [], has_more: false, cursor: null } };
    return { status: 200, body: pageFor(request.query.cursor ?? 'first', n) };
  });
}

const item = (n: number) => ({ uuid: `cus_${n}` });

/** Every way to walk a list, each to its end, giving what it threw. */
const WALKS: Record<string, () => Promise<unknown>> = {
  'for await': async () => {
    for await (const _ of client.customers.list()) {
      // Only the walk matters here.
    }
  },
  'toArray()': () => client.customers.list().toArray({ limit: 100_000 }),
  'pages()': async () => {
    for await (const _ of client.customers.list().pages()) {
      // Only the walk matters here.
    }
  },
  'nextPage()': async () => {
    let page: { nextPage(): Promise<unknown> } | null = await client.customers.list();
    while (page) page = (await page.nextPage()) as typeof page;
  },
  "request(route, params, { items })": async () => {
    for await (const _ of client.request('GET /v1/customers', {}, { items: 'entries' })) {
      // Only the walk matters here.
    }
  },
};

async function thrownBy(walk: () => Promise<unknown>): Promise<PagingError> {
  const error = await walk().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PagingError);
  expect(error).toBeInstanceOf(ChartMogulError);
  return error as PagingError;
}

describe.each(Object.entries(WALKS))('walking a hostile list with %s', (_, walk) => {
  it('stops when a page gives the cursor it was asked with', async () => {
    serve((cursor, n) => ({ entries: [item(n)], has_more: true, cursor: cursor === 'first' ? 'A' : cursor }));
    const error = await thrownBy(walk);
    expect(error).toMatchObject({ reason: 'repeated-cursor', page: 2 });
    expect(error.message).toMatch(/^GET \/v1\/customers: paging stopped at page 2: the server sent a cursor it had sent at page 1 \(a cycle\)/);
    expect(wire.requests.length).toBeLessThanOrEqual(3);
  });

  it('stops on a cycle of cursors A, B, C, A', async () => {
    const next: Record<string, string> = { first: 'A', A: 'B', B: 'C', C: 'A' };
    serve((cursor, n) => ({ entries: [item(n)], has_more: true, cursor: next[cursor] }));
    const error = await thrownBy(walk);
    expect(error).toMatchObject({ reason: 'repeated-cursor', page: 4 });
    expect(error.message).toContain('page 4: the server sent a cursor it had sent at page 1 (a cycle)');
    expect(wire.requests.length).toBeLessThanOrEqual(5);
  });

  it(`stops after ${MAX_EMPTY_PAGES} empty pages in a row that say has_more: true, each with a new cursor`, async () => {
    serve((_cursor, n) => ({ entries: [], has_more: true, cursor: `c${n}` }));
    const error = await thrownBy(walk);
    expect(error).toMatchObject({ reason: 'empty-pages', page: MAX_EMPTY_PAGES + 1 });
    expect(error.message).toContain(`${MAX_EMPTY_PAGES + 1} empty pages in a row, each saying has_more: true`);
    expect(wire.requests.length).toBeLessThanOrEqual(MAX_EMPTY_PAGES + 2);
  });

  it.each([
    ['has_more "true" (a string)', { entries: [item(1)], has_more: 'true', cursor: 'A' }, /has_more: "true", not true or false/],
    ['has_more "false" (a string)', { entries: [item(1)], has_more: 'false', cursor: 'A' }, /has_more: "false"/],
    ['has_more 1', { entries: [item(1)], has_more: 1, cursor: 'A' }, /has_more: 1,/],
    ['has_more: true without a cursor', { entries: [item(1)], has_more: true, cursor: null }, /has_more: true without a cursor/],
    ['has_more: true with an empty cursor', { entries: [item(1)], has_more: true, cursor: '' }, /has_more: true without a cursor/],
    ['null', null, /sent null, not a page with an "entries" array/],
    ['a string', 'entries', /sent "entries", not a page/],
    ['a number', 42, /sent 42, not a page/],
    ['true', true, /sent true, not a page/],
    ['an array', [item(1)], /sent \[\{"uuid":"cus_1"\}\], not a page/],
    ['an empty body', undefined, /sent nothing, not a page/],
    ['no entries', { has_more: false, cursor: null }, /sent \{"has_more":false,"cursor":null\}, not a page with an "entries" array/],
    ['entries that are not an array', { entries: { 0: item(1) }, has_more: false }, /not a page with an "entries" array/],
  ])('refuses a first page that is %s: a malformed-page error', async (_name, body, said) => {
    serve(() => body);
    const error = await thrownBy(walk);
    expect(error).toMatchObject({ reason: 'malformed-page', page: 1 });
    expect(error.message).toMatch(said);
    expect(wire.requests).toHaveLength(1);
  });

  it('refuses a malformed page after good ones, at its place in the walk', async () => {
    serve((cursor) => (cursor === 'first' ? { entries: [item(1)], has_more: true, cursor: 'A' } : null));
    expect(await thrownBy(walk)).toMatchObject({ reason: 'malformed-page', page: 2 });
    expect(wire.requests).toHaveLength(2);
  });
});

describe('what a hostile list leaves alone', () => {
  it('a few empty pages with has_more: true, then items: served in full', async () => {
    serve((cursor) => {
      const index = cursor === 'first' ? 0 : Number(cursor.slice(1));
      if (index < MAX_EMPTY_PAGES) return { entries: [], has_more: true, cursor: `c${index + 1}` };
      return { entries: [item(index)], has_more: false, cursor: null };
    });
    await expect(client.customers.list().toArray({ limit: 10 })).resolves.toEqual([item(MAX_EMPTY_PAGES)]);
  });

  it('a page without has_more is the last one, as before', async () => {
    serve(() => ({ entries: [item(1)] }));
    await expect(client.customers.list().toArray({ limit: 10 })).resolves.toEqual([item(1)]);
  });

  it('nextPage() called twice on one page is no repeat: each following page is checked against its own past', async () => {
    const next: Record<string, string | null> = { first: 'A', A: 'B', B: null };
    serve((cursor, n) => ({ entries: [item(n)], has_more: next[cursor] !== null, cursor: next[cursor] }));
    const first = await client.customers.list();
    const second = await first.nextPage();
    const again = await first.nextPage();
    expect(again?.cursor).toBe('B');
    await expect(second?.nextPage()).resolves.toMatchObject({ has_more: false });
    await expect(again?.nextPage()).resolves.toMatchObject({ has_more: false });
  });

  it('a cycle longer than the cursors remembered still ends (Brent: it comes back to a checkpoint)', async () => {
    // Unit-level: placePage walks a cycle of MAX_REMEMBERED_CURSORS + 5 cursors without any request.
    const { placePage, startWalk } = await import('../../src/paging/page-guard.js');
    const length = MAX_REMEMBERED_CURSORS + 5;
    const walk = startWalk('GET /v1/customers', 'entries');
    let position: ReturnType<typeof placePage> | undefined;
    let error: unknown;
    for (let page = 0; page < 4 * length && !error; page++) {
      try {
        position = placePage({ entries: [1], has_more: true, cursor: `c${page % length}` }, walk, position);
      } catch (e) {
        error = e;
      }
    }
    expect(error).toBeInstanceOf(PagingError);
    expect((error as PagingError).reason).toBe('repeated-cursor');
    expect(walk.cursors.size).toBeLessThanOrEqual(MAX_REMEMBERED_CURSORS);
  });
});
