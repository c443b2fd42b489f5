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

/**
 * Page-number fields that some lists (customers, plans, plan groups, invoices, imported
 * subscriptions, a customer's subscriptions and activities) still send beside the cursor, as
 * recorded from the real API. ChartMogul deprecated page numbers: page with `cursor`.
 * (A type, not an interface, so that a page stays assignable to `PageBody`.)
 */
export type LegacyPageFields = {
  /** The page's number, counted from 1 (where sent). */
  current_page?: number;
  /** How many pages there are; `null` when not counted (where sent). */
  total_pages?: number | null;
  /** The page's number, counted from 1 (where sent). */
  page?: number;
  /** Items per page (where sent). */
  per_page?: number;
};

/** Identifies a record by its source's id instead of ChartMogul's uuid. */
export interface ExternalIdParams {
  /** The data source the record was imported into, `ds_...`. */
  data_source_uuid: string;
  /** Your id of the record in that data source. */
  external_id: string;
}

/**
 * What ChartMogul answers to a delete, merge or other action that has nothing to return:
 * `{}`, and `undefined` when the answer has no body at all (202/204).
 *
 * Response types declare exactly the fields the API sends (checked against recordings of the
 * real API): reading a misspelt field does not compile. A field ChartMogul adds later still
 * arrives untouched at run time; read it with a cast until the types declare it.
 */
export type EmptyResult = Record<string, never> | undefined;

/** A custom attribute as written: its type, key and value (the format of `attributes.custom` on create). */
export interface CustomAttributeInput {
  /** `String` (up to 255 characters), `Integer`, `Decimal`, `Timestamp` (ISO 8601) or `Boolean`. Defaults to `String`. */
  type?: 'String' | 'Integer' | 'Decimal' | 'Timestamp' | 'Boolean';
  /** The attribute's name: letters, digits and underscores. */
  key: string;
  /** The value, matching `type`. */
  value: string | number | boolean | null;
  /** Where the value came from, shown in ChartMogul; defaults to `API`. */
  source?: string;
}

/** A custom field of a contact or an opportunity, as written: a key and its value. */
export interface CustomFieldInput {
  /** The field's key, as set up in ChartMogul. */
  key: string;
  /** The field's value, of the field's type; `null` clears it. */
  value: string | number | boolean | null;
}
