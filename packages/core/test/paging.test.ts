import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '../src/index.js';
import { captureRequests, testClient } from './support/capture.js';

// Paging is the same for every cursor-paged list; customers.list stands for them all.
const wire = captureRequests();
const client = testClient();

const customer = (n: number) => ({ id: n, uuid: `cus_${n}`, external_id: `ext_${n}`, name: `C${n}`, email: '', status: 'Active' });

/** Three pages of customers (2 + 2 + 1), chosen by the request's cursor the way the API does. */
const pages: Record<string, { entries: unknown[]; has_more: boolean; cursor: string | null }> = {
  first: { entries: [customer(1), customer(2)], has_more: true, cursor: 'c2' },
  c2: { entries: [customer(3), customer(4)], has_more: true, cursor: 'c3' },
  c3: { entries: [customer(5)], has_more: false, cursor: null },
};
function serveThreePages() {
  wire.respondWith((request) => ({ status: 200, body: pages[request.query.cursor ?? 'first'] }));
}
const cursorsSent = () => wire.requests.map((request) => request.query.cursor);

describe('cursor paging (customers.list)', () => {
  it('iterates every item of three pages, passing each cursor and keeping the filters', async () => {
    serveThreePages();
    const seen: string[] = [];
    for await (const item of client.customers.list({ status: 'Active', per_page: 2 })) seen.push(item.uuid);
    expect(seen).toEqual(['cus_1', 'cus_2', 'cus_3', 'cus_4', 'cus_5']);
    expect(wire.requests.map((request) => request.query)).toEqual([
      { status: 'Active', per_page: '2' },
      { status: 'Active', per_page: '2', cursor: 'c2' },
      { status: 'Active', per_page: '2', cursor: 'c3' },
    ]);
  });

  it('awaited, gives the first page; nextPage() walks on and ends with null without asking again', async () => {
    serveThreePages();
    const first = await client.customers.list();
    expect(first).toEqual(pages.first);
    expect(wire.requests).toHaveLength(1);
    const second = await first.nextPage();
    expect(second).toEqual(pages.c2);
    const third = await second?.nextPage();
    expect(third).toEqual(pages.c3);
    await expect(third?.nextPage()).resolves.toBeNull();
    expect(cursorsSent()).toEqual([undefined, 'c2', 'c3']);
  });

  it('pages() yields each page once, in order', async () => {
    serveThreePages();
    const cursors = [];
    for await (const page of client.customers.list().pages()) cursors.push(page.cursor);
    expect(cursors).toEqual(['c2', 'c3', null]);
  });

  it('stops fetching when the loop breaks', async () => {
    serveThreePages();
    for await (const item of client.customers.list()) {
      expect(item.uuid).toBe('cus_1');
      break;
    }
    expect(wire.requests).toHaveLength(1);

    wire.requests.length = 0;
    const seen: string[] = [];
    for await (const item of client.customers.list()) {
      seen.push(item.uuid);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['cus_1', 'cus_2', 'cus_3']);
    expect(cursorsSent()).toEqual([undefined, 'c2']);
  });

  it('fetches nothing until awaited or iterated', async () => {
    serveThreePages();
    const list = client.customers.list();
    await Promise.resolve();
    expect(wire.requests).toHaveLength(0);
    await list;
    expect(wire.requests).toHaveLength(1);
  });

  it('an empty list yields no items after one request', async () => {
    wire.reply({ entries: [], has_more: false, cursor: null });
    const seen = [];
    for await (const item of client.customers.list()) seen.push(item);
    expect(seen).toEqual([]);
    expect(wire.requests).toHaveLength(1);
    await expect(client.customers.list().toArray({ limit: 10 })).resolves.toEqual([]);
  });

  it('toArray({ limit }) stops at the limit and fetches only the pages it needs', async () => {
    serveThreePages();
    const items = await client.customers.list().toArray({ limit: 3 });
    expect(items.map((item) => item.uuid)).toEqual(['cus_1', 'cus_2', 'cus_3']);
    expect(cursorsSent()).toEqual([undefined, 'c2']);

    wire.requests.length = 0;
    await expect(client.customers.list().toArray({ limit: 0 })).resolves.toEqual([]);
    expect(wire.requests).toHaveLength(0);
  });

  it('refuses the deprecated page parameter before any request, pointing to cursor', async () => {
    serveThreePages();
    // @ts-expect-error `page` is not a parameter of a cursor-paged list
    const list = client.customers.list({ page: 2 });
    await expect(list).rejects.toThrow(InvalidParameterError);
    await expect(list).rejects.toThrow(/cursor/);
    // @ts-expect-error same for a customer-scoped list
    await expect(client.customers.contacts.list('cus_1', { page: 1 }).toArray({ limit: 1 })).rejects.toThrow(/cursor/);
    expect(wire.requests).toHaveLength(0);
  });
});
