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
  /** Only in the deprecated offset mode: how many pages there are. */
  totalPages?: number;
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
  const result: PageResult<T> = { ...slice, cursor: last === undefined ? null : encodeCursor(last.seq), request };
  if (request.page !== undefined) {
    let total = 0;
    for (const item of index.values()) if (accept === undefined || accept(item)) total++;
    result.totalPages = Math.ceil(total / request.perPage);
  }
  return result;
}

/** One page of a derived array (activities); positions are 1-based array indexes. */
export function pageOfArray<T>(items: readonly T[], request: PageRequest): PageResult<T> {
  const start = request.page === undefined ? request.after : (request.page - 1) * request.perPage;
  const end = Math.min(start + request.perPage, items.length);
  const page = items.slice(start, end);
  const result: PageResult<T> = {
    items: page,
    hasMore: end < items.length,
    cursor: page.length === 0 ? null : encodeCursor(end),
    request,
  };
  if (request.page !== undefined) result.totalPages = Math.ceil(items.length / request.perPage);
  return result;
}

/**
 * The page as ChartMogul sends it: the items under the list's key, `has_more` and `cursor`,
 * plus the deprecated `page` fields when the client paged by offset.
 */
export function pageBody<T>(
  key: string,
  result: PageResult<T>,
  toWire: (item: T) => unknown,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const body: Record<string, unknown> = { ...extra, [key]: result.items.map(toWire) };
  if (result.request.page !== undefined) {
    body.current_page = result.request.page;
    body.total_pages = result.totalPages;
    body.page = result.request.page;
    body.per_page = result.request.perPage;
  }
  body.cursor = result.cursor;
  body.has_more = result.hasMore;
  return body;
}
