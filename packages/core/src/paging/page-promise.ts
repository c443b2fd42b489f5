import { InvalidParameterError } from '../errors/invalid-parameter-error.js';
import { type FetchPage, type Page, type PageBody, toPage } from './page.js';

/**
 * What a list method returns. Awaited, it is the first page; iterated with `for await`, it
 * yields every item of every page, fetching lazily and holding one page at a time.
 * Nothing is fetched until it is awaited or iterated.
 */
export class PagePromise<Body extends PageBody, Item> implements PromiseLike<Page<Body>>, AsyncIterable<Item> {
  readonly #fetchPage: FetchPage<Body>;
  readonly #itemsKey: string;
  #first: Promise<Page<Body>> | undefined;

  constructor(fetchPage: FetchPage<Body>, itemsKey: string) {
    this.#fetchPage = fetchPage;
    this.#itemsKey = itemsKey;
  }

  #loadFirstPage(): Promise<Page<Body>> {
    return this.#fetchPage(undefined).then((body) => toPage(body, this.#fetchPage));
  }

  /** The first page for `await`: fetched once and kept, as a promise's value is. */
  #firstPage(): Promise<Page<Body>> {
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
  async *pages(): AsyncGenerator<Page<Body>, void, undefined> {
    // Iterating does not keep the first page alive: a walk holds only the page in hand.
    let page: Page<Body> | null = await (this.#first ?? this.#loadFirstPage());
    while (page) {
      yield page;
      page = await page.nextPage();
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) {
      const items = page[this.#itemsKey];
      if (Array.isArray(items)) yield* items as Item[];
    }
  }

  /** Collects items into an array; `limit` bounds it so that a huge account cannot exhaust memory. */
  async toArray(options: { limit: number }): Promise<Item[]> {
    const { limit } = options;
    if (!Number.isSafeInteger(limit) || limit < 0) {
      throw new InvalidParameterError('limit', `toArray({ limit }) takes a whole number of items, not ${String(limit)}.`);
    }
    const items: Item[] = [];
    if (limit === 0) return items;
    for await (const item of this) {
      items.push(item);
      if (items.length >= limit) break;
    }
    return items;
  }

  get [Symbol.toStringTag](): string {
    return 'PagePromise';
  }
}
