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

export type FetchPage<Body> = (cursor: string | undefined) => Promise<Body>;

/** Adds `nextPage` without making it part of the data: `JSON.stringify(page)` stays the API's body. */
export function toPage<Body extends PageBody>(body: Body, fetchPage: FetchPage<Body>): Page<Body> {
  const nextPage = async (): Promise<Page<Body> | null> => {
    if (!body.has_more || !body.cursor) return null;
    return toPage(await fetchPage(body.cursor), fetchPage);
  };
  return Object.defineProperty(body, 'nextPage', { value: nextPage, enumerable: false }) as Page<Body>;
}
