import type { Accept, SeqIndex, Sequenced, Slice } from '../store/seq-index.js';
import { apiError } from './errors.js';

/** ChartMogul's page size: 200 by default, and a larger `per_page` is served as 200. */
export const MAX_PER_PAGE = 200;

export interface PageRequest {
  perPage: number;
  /** Position after which the page starts (0 = from the beginning). */
  after: number;
  /** The deprecated offset paging, still honoured by the API in its transition period. */
  page?: number;
}

export interface PageResult<T> extends Slice<T> {
  cursor: string | null;
  request: PageRequest;
  /** How many items the whole list has; counted only when an answer reports pages. */
  count: () => number;
}

function positiveInteger(value: string, param: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw apiError(400, `Invalid value for ${param}: it must be a positive integer.`, param);
  }
  return Number(value);
}

/** The cursor is opaque to clients; inside it is the position of the page's last item. */
export function encodeCursor(position: number): string {
  return btoa(`cm-mock:${position}`).replace(/=+$/, '');
}

function decodeCursor(cursor: string): number {
  let text: string;
  try {
    text = atob(cursor);
  } catch {
    text = '';
  }
  const match = /^cm-mock:(\d+)$/.exec(text);
  if (!match) throw apiError(400, 'The cursor is invalid. Pass the cursor of the previous page as is.', 'cursor');
  return Number(match[1]);
}

export function readPaging(query: URLSearchParams): PageRequest {
  const perPageText = query.get('per_page');
  const perPage = perPageText === null ? MAX_PER_PAGE : Math.min(positiveInteger(perPageText, 'per_page'), MAX_PER_PAGE);
  const cursor = query.get('cursor');
  if (cursor !== null && cursor !== '') return { perPage, after: decodeCursor(cursor) };
  const page = query.get('page');
  if (page !== null) return { perPage, after: 0, page: positiveInteger(page, 'page') };
  return { perPage, after: 0 };
}

/** One page of an ordered store index; positions are record `seq`s. */
export function pageOfIndex<T extends Sequenced>(
  index: SeqIndex<T>,
  request: PageRequest,
  accept?: Accept<T>,
): PageResult<T> {
  const slice =
    request.page === undefined
      ? index.after(request.after, request.perPage, accept)
      : index.offset((request.page - 1) * request.perPage, request.perPage, accept);
  const last = slice.items[slice.items.length - 1];
  const count = () => {
    if (accept === undefined) return index.size;
    let total = 0;
    for (const item of index.values()) if (accept(item)) total++;
    return total;
  };
  return { ...slice, cursor: last === undefined ? null : encodeCursor(last.seq), request, count };
}

/** One page of a derived array (activities); positions are 1-based array indexes. */
export function pageOfArray<T>(items: readonly T[], request: PageRequest): PageResult<T> {
  const start = request.page === undefined ? request.after : (request.page - 1) * request.perPage;
  const end = Math.min(start + request.perPage, items.length);
  const page = items.slice(start, end);
  return { items: page, hasMore: end < items.length, cursor: page.length === 0 ? null : encodeCursor(end), request, count: () => items.length };
}

/**
 * The offset-paging fields some endpoints still send next to `cursor` and `has_more` on the
 * first page of a list (none on the pages after a cursor), as recorded from the real API:
 * customers `current_page`, `total_pages`, `page`, `per_page`; plans, plan groups and the
 * Import API's invoices and subscriptions `current_page`, `total_pages`; a customer's
 * subscriptions and activities `page`, `per_page`; activities `per_page`.
 */
export type LegacyPaging = ReadonlyArray<'current_page' | 'total_pages' | 'page' | 'per_page'>;

/** `current_page`, `total_pages`: plans, plan groups, invoices, the Import API's lists. */
export const PAGES: LegacyPaging = ['current_page', 'total_pages'];

/**
 * The page as ChartMogul sends it: the items under the list's key, `has_more` and `cursor`,
 * the endpoint's `legacy` offset fields on a first page, and all four of them when the client
 * paged by offset (`page`).
 */
export function pageBody<T>(
  key: string,
  result: PageResult<T>,
  toWire: (item: T) => unknown,
  extra: Record<string, unknown> = {},
  legacy: LegacyPaging = [],
): Record<string, unknown> {
  const body: Record<string, unknown> = { ...extra, [key]: result.items.map(toWire) };
  const { page, perPage, after } = result.request;
  const fields: LegacyPaging = page !== undefined ? ['current_page', 'total_pages', 'page', 'per_page'] : after === 0 ? legacy : [];
  for (const field of fields) {
    if (field === 'current_page' || field === 'page') body[field] = page ?? 1;
    else if (field === 'per_page') body[field] = perPage;
    else body[field] = Math.ceil(result.count() / perPage);
  }
  body.cursor = result.cursor;
  body.has_more = result.hasMore;
  return body;
}
