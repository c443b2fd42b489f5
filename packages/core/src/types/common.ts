/** Request fields of every cursor-paged list. */
export interface CursorParams {
  /** The `cursor` of the previous page. Iterating the list with `for await` passes it for you. */
  cursor?: string;
  /** Items per page; ChartMogul's default and maximum is 200. */
  per_page?: number;
}

/** A page of a cursor-paged list whose items sit under `Key` (`entries`, `plans`, `invoices`, ...). */
export type CursorPage<Key extends string, Item> = { [K in Key]: Item[] } & {
  /** Whether another page follows. */
  has_more: boolean;
  /** Pass as `cursor` to get the next page. */
  cursor: string | null;
};

/** Identifies a record by its source's id instead of ChartMogul's uuid. */
export interface ExternalIdParams {
  data_source_uuid: string;
  external_id: string;
}

/**
 * Fields ChartMogul added after these types were written arrive untouched: every response
 * type extends this, so reading an unknown field is typed `unknown`, not an error.
 */
export interface ExtraFields {
  readonly [field: string]: unknown;
}
