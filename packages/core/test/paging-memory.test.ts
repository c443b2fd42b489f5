import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { testClient } from './support/capture.js';

// Lets the test collect garbage itself, so heap figures compare live objects only.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

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

function heapUsed(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

it('walks 80,000 items with a heap that stays flat: pages already walked are not kept', async () => {
  // 400 pages from an in-process fetch: the client's pacing (40 requests/s) would make it a 10 s test.
  const client = testClient({ fetch: pagedFetch(), rateLimit: false });
  let items = 0;
  let early = 0;
  let late = 0;
  let firstItem: WeakRef<object> | undefined;
  let firstItemKept: boolean | undefined;
  for await (const customer of client.customers.list({ per_page: PER_PAGE })) {
    items += 1;
    firstItem ??= new WeakRef(customer);
    if (customer.uuid === `cus_20_0`) {
      // A WeakRef keeps its target alive until the current job ends: let one end first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      early = heapUsed();
      firstItemKept = firstItem.deref() !== undefined;
    }
    if (customer.uuid === `cus_${PAGES - 1}_0`) late = heapUsed();
  }
  // Not even the first page stays alive once the walk has moved on.
  expect(firstItemKept).toBe(false);
  expect(items).toBe(PAGES * PER_PAGE);
  // Kept pages would cost ~0.1 MB each (200 items of ~0.5 KB): 380 of them ~ 40 MB.
  // A flat walk stays within a few pages' worth of the reading at page 20.
  expect(late - early).toBeLessThan(8 * 1024 * 1024);
});
