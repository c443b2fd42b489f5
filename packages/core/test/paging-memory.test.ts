import { expect, it } from 'vitest';
import { testClient } from './support/capture.js';

// A count, not a heap figure: which of the pages already walked are still alive after a full
// collection. Heap bytes move with the JIT and the collector's mood on a busy machine; a page
// that is unreachable is always gone after `gc()`. vitest.config.ts runs tests with --expose-gc.
const gc = (globalThis as { gc?: () => void }).gc;

const PAGES = 400;
const PER_PAGE = 200;

/** A fetch that serves PAGES pages of PER_PAGE fat customers, made fresh for each request. */
function pagedFetch(): typeof fetch {
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const page = Number(url.searchParams.get('cursor') ?? '0');
    const entries = Array.from({ length: PER_PAGE }, (_, i) => ({
      uuid: `cus_${page}_${i}`,
      name: `Customer ${page * PER_PAGE + i}`,
      notes: 'x'.repeat(400),
    }));
    const body = { entries, has_more: page + 1 < PAGES, cursor: String(page + 1) };
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  };
}

/** Which of `refs` (by index) still point at something after a full collection. */
async function alive(refs: WeakRef<object>[]): Promise<number[]> {
  // A WeakRef keeps its target alive until the current job ends: let one end first.
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc?.();
  return refs.flatMap((ref, index) => (ref.deref() !== undefined ? [index] : []));
}

it('walks 80,000 items keeping no page already walked: at page 20 and at page 399 the same few pages live, not all before', async () => {
  expect(gc, 'run with --expose-gc (vitest.config.ts sets it)').toBeTypeOf('function');
  // 400 pages from an in-process fetch: the client's pacing (40 requests/s) would make it a 10 s test.
  const client = testClient({ fetch: pagedFetch(), rateLimit: false });
  let items = 0;
  /** The first item of each page walked so far. */
  const pages: WeakRef<object>[] = [];
  const liveAt: Record<string, number[]> = {};
  for await (const customer of client.customers.list({ per_page: PER_PAGE })) {
    items += 1;
    if (customer.uuid.endsWith('_0')) pages.push(new WeakRef(customer));
    if (customer.uuid === 'cus_20_0' || customer.uuid === `cus_${PAGES - 1}_0`) {
      liveAt[customer.uuid] = await alive(pages);
    }
  }
  expect(items).toBe(PAGES * PER_PAGE);
  expect(pages).toHaveLength(PAGES);
  // The page being walked (its first item is `customer` itself) and at most two others (V8 may keep
  // one object it saw early in a cache: measured, one page, the same one all along). Pages kept by
  // the walk would be 21 and 400 here.
  for (const [uuid, live] of Object.entries(liveAt)) {
    expect(live.length, `pages alive at ${uuid}: ${live.join(', ')}`).toBeLessThanOrEqual(3);
    expect(live).toContain(Number(uuid.split('_')[1]));
  }
  expect(Object.keys(liveAt)).toHaveLength(2);
});
