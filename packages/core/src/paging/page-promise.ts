import { InvalidParameterError } from '../errors/invalid-parameter-error.js';
import type { WithResponse } from '../pipeline/api-promise.js';
import { type FetchPage, followingPage, type Page, type PageBody, toPage } from './page.js';
import { startWalk } from './page-guard.js';

const ignore = () => {};

/**
 * What a list method returns. Awaited, it is the first page; iterated with `for await`, it
 * yields every item of every page. Iterating overlaps the waits: when a page is handed out,
 * the next is requested, so it is on its way while the caller works; never more than one page
 * ahead, so memory stays flat. Stopping early (`break`) cancels the page fetched ahead.
 * Nothing is fetched until it is awaited or iterated.
 */
export class PagePromise<Body extends PageBody, Item> implements PromiseLike<Page<Body>>, AsyncIterable<Item> {
  readonly #fetchPage: FetchPage<Body>;
  readonly #itemsKey: string;
  readonly #what: string;
  #first: Promise<WithResponse<Page<Body>>> | undefined;

  /** `what` names the list's request in errors: `GET /v1/customers`. */
  constructor(fetchPage: FetchPage<Body>, itemsKey: string, what = 'a list') {
    this.#fetchPage = fetchPage;
    this.#itemsKey = itemsKey;
    this.#what = what;
  }

  /** The first page, and with it a new walk: every walk checks its own pages for an end that never comes. */
  #loadFirstPage(): Promise<WithResponse<Page<Body>>> {
    return this.#fetchPage(undefined).then(({ data, response }) => ({
      data: toPage(data, this.#fetchPage, startWalk(this.#what, this.#itemsKey)),
      response,
    }));
  }

  /** The first page for `await`: fetched once and kept, as a promise's value is. */
  #firstPage(): Promise<Page<Body>> {
    return this.withResponse().then((first) => first.data);
  }

  /** The first page with its response's `status`, `headers` and `requestId`. */
  withResponse(): Promise<WithResponse<Page<Body>>> {
    this.#first ??= this.#loadFirstPage();
    return this.#first;
  }

  then<A = Page<Body>, B = never>(
    onFulfilled?: ((page: Page<Body>) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#firstPage().then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Page<Body> | B> {
    return this.#firstPage().catch(onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<Page<Body>> {
    return this.#firstPage().finally(onFinally);
  }

  /** Every page, in order. */
  pages(): AsyncGenerator<Page<Body>, void, undefined> {
    return this.#walk(() => true);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* this.#itemsOf(page);
  }

  /**
   * The pages in order; `ahead(page)` says whether to request the next one as `page` is handed
   * out. A page requested ahead that fails while nobody waits for it is not an unhandled
   * rejection: the error reaches the caller if it asks for that page, else it is dropped.
   */
  async *#walk(ahead: (page: Page<Body>) => boolean): AsyncGenerator<Page<Body>, void, undefined> {
    const stop = new AbortController();
    try {
      // Iterating does not keep the first page alive: a walk holds only the page in hand.
      let page: Page<Body> | null = (await (this.#first ?? this.#loadFirstPage())).data;
      while (page) {
        const next: Promise<Page<Body> | null> | undefined = ahead(page) ? followingPage(page, this.#fetchPage, stop.signal) : undefined;
        next?.catch(ignore);
        yield page;
        page = await (next ?? followingPage(page, this.#fetchPage, stop.signal));
      }
    } finally {
      stop.abort();
    }
  }

  #itemsOf(page: Page<Body>): Item[] {
    const items = page[this.#itemsKey];
    return Array.isArray(items) ? (items as Item[]) : [];
  }

  /** Collects items into an array; `limit` bounds it so that a huge account cannot exhaust memory. */
  async toArray(options: { limit: number }): Promise<Item[]> {
    const { limit } = options;
    if (!Number.isSafeInteger(limit) || limit < 0) {
      throw new InvalidParameterError('limit', `toArray({ limit }) takes a whole number of items, not ${String(limit)}.`);
    }
    const items: Item[] = [];
    if (limit === 0) return items;
    // A page is requested ahead only if the items so far and this page's leave the limit unmet.
    for await (const page of this.#walk((page) => items.length + this.#itemsOf(page).length < limit)) {
      for (const item of this.#itemsOf(page)) {
        items.push(item);
        if (items.length >= limit) return items;
      }
    }
    return items;
  }

  get [Symbol.toStringTag](): string {
    return 'PagePromise';
  }
}
