import type { WithResponse } from '../pipeline/api-promise.js';

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

/** Adds `nextPage` without making it part of the data: `JSON.stringify(page)` stays the API's body. */
export function toPage<Body extends PageBody>(body: Body, fetchPage: FetchPage<Body>): Page<Body> {
  return Object.defineProperty(body, 'nextPage', { value: () => followingPage(body, fetchPage), enumerable: false }) as Page<Body>;
}

/** The page after `body`, or `null` after the last one. */
export async function followingPage<Body extends PageBody>(
  body: Body,
  fetchPage: FetchPage<Body>,
  signal?: AbortSignal,
): Promise<Page<Body> | null> {
  if (!body.has_more || !body.cursor) return null;
  return toPage((await fetchPage(body.cursor, signal)).data, fetchPage);
}
