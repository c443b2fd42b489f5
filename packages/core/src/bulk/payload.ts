import type { JsonImportCreateParams } from '../types/json-imports.js';
import type { Batch } from './batcher.js';
import { ARRAY_OF } from './classify.js';

/**
 * A record in a request: its JSON, read back only while the body is written (JSON.stringify calls
 * `toJSON`), so that a batch being sent holds its records once, as text, not also as objects.
 */
class RecordJson {
  constructor(readonly json: string) {}
  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

/**
 * The request body of a batch: its external id and one array per record type, in ChartMogul's
 * order (customers, plans, invoices, line items, transactions, events), each in input order.
 * `outcomesOf` relies on that order to find a record's position in its array.
 */
export function payloadOf(batch: Batch): JsonImportCreateParams {
  const arrays = new Map<string, unknown[]>();
  for (const item of batch.items) {
    const array = ARRAY_OF[item.type];
    let list = arrays.get(array);
    if (list === undefined) arrays.set(array, (list = []));
    list.push(new RecordJson(item.json));
  }
  const payload: Record<string, unknown> = { external_id: batch.externalId };
  for (const array of Object.values(ARRAY_OF)) {
    const list = arrays.get(array);
    if (list !== undefined) payload[array] = list;
  }
  return payload as unknown as JsonImportCreateParams;
}
