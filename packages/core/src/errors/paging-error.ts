import { brand } from '../brand/brand.js';
import { ChartMogulError } from './chartmogul-error.js';

/**
 * What the server did that stopped a walk through a list:
 * - `repeated-cursor`: a page gave a cursor the walk had already followed (the same one again, or a cycle A, B, A);
 * - `empty-pages`: page after page with no items, each saying `has_more: true`;
 * - `malformed-page`: a page that is no page: not an object, no items array, `has_more` not a
 *   boolean, or `has_more: true` without a cursor.
 */
export type PagingFault = 'repeated-cursor' | 'empty-pages' | 'malformed-page';

export interface PagingErrorInit {
  readonly reason: PagingFault;
  /** The list's request, `GET /v1/customers`. */
  readonly what: string;
  /** The page that showed it, counting from 1. */
  readonly page: number;
  /** What the server sent, in a few words. */
  readonly said: string;
}

/**
 * A list's pages would never end, or a page is not one: the walk (`for await`, `toArray()`,
 * `nextPage()`, `pages()`) stops with this error instead of requesting for ever. Never retried:
 * the server's paging is broken, asking again would get the same. The items already handed out stay valid.
 */
export class PagingError extends ChartMogulError {
  static {
    brand(PagingError, 'PagingError');
  }
  declare readonly reason: PagingFault;
  /** The page that showed it, counting from 1. */
  declare readonly page: number;

  constructor(init: PagingErrorInit) {
    super(`${init.what}: paging stopped at page ${init.page}: the server sent ${init.said}.`);
    Object.assign(this, { reason: init.reason, page: init.page });
  }
}
