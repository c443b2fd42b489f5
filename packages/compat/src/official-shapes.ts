import type { ExternalIdParams } from '@chartmogul-kit/core';

/**
 * The official form of a write found by its source's ids: `{ qs: { data_source_uuid, external_id },
 * ...fields }`, the ids in the query string (`qs`), the rest in the body.
 */
export type WithQueryString<Params> = Omit<Params, keyof ExternalIdParams> & { qs: ExternalIdParams };

/** The fields of a customer's notes, opportunities and tasks, less the customer, which the official method takes first. */
export type ForCustomer<Params> = Omit<Params, 'customer_uuid'>;
