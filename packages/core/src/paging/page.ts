import type { WithResponse } from '../pipeline/api-promise.js';
import { placePage, type Position, type Walk } from './page-guard.js';

/** A page as the API sends it: the items under some key, plus the cursor. */
export interface PageBody {
  has_more?: boolean;
  cursor?: string | null;
  [key: string]: unknown;
}

/** A page of a list: the API's body as is, plus `nextPage()`. */
export type Page<Body> = Body & {
  /** The following page, or `null` after the last one. */
  nextPage(): Promise<Page<Body> | null>;
};

/** Fetches the page at `cursor` (the first without one), with its response; `signal` cancels a page fetched ahead that nobody wants any more. */
export type FetchPage<Body> = (cursor: string | undefined, signal?: AbortSignal) => Promise<WithResponse<Body>>;

/** Each page's place in its walk, beside the page rather than on it: the page stays the API's body. */
const positions = new WeakMap<object, Position>();

/**
 * Checks a page that arrived (see page-guard.ts: a malformed page or an endless walk is a
 * `PagingError`) and adds `nextPage` without making it part of the data: `JSON.stringify(page)`
 * stays the API's body. `previous` is the page it follows; none for the first of a walk.
 */
export function toPage<Body extends PageBody>(body: Body, fetchPage: FetchPage<Body>, walk: Walk, previous?: Page<Body>): Page<Body> {
  const position = placePage(body, walk, previous && positions.get(previous));
  const page = Object.defineProperty(body, 'nextPage', { value: () => followingPage(page, fetchPage), enumerable: false }) as Page<Body>;
  positions.set(page, position);
  return page;
}

/** The page after `page`, or `null` after the last one. */
export async function followingPage<Body extends PageBody>(
  page: Page<Body>,
  fetchPage: FetchPage<Body>,
  signal?: AbortSignal,
): Promise<Page<Body> | null> {
  const position = positions.get(page);
  if (position?.next === undefined) return null;
  return toPage((await fetchPage(position.next, signal)).data, fetchPage, position.walk, page);
}
