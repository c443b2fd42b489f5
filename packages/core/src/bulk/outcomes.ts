import type { JsonImport } from '../types/json-imports.js';
import { ARRAY_OF } from './classify.js';
import type { BulkRecordType } from './types.js';

/** What became of one record. */
export type RecordOutcome = { readonly imported: true; readonly already: boolean } | { readonly imported: false; readonly reason: string };

/*
 * Where the outcome is read in `status_details`. ChartMogul documents (reference "Track Import
 * Status", dev.chartmogul.com/reference/bulk-import/track-status) plans under `plans` and every
 * other record under its customer's external id, by type:
 *   { "plans": { "status": "imported" },
 *     "scus_0001": { "status": "imported", "customers": { "status": "imported" }, "invoices": {...},
 *                    "line_items": {...}, "transactions": {...}, "subscription_events": {...} } }
 * It documents no failure's detail. We read `status: "failed"` on the most precise entry found
 * (the type under the customer, else the customer, else the type at the top, the mock's old
 * shape), and when that entry lists `errors` naming records (by `index` in the request's array or
 * by `external_id`), only those records failed; otherwise every record the entry covers did, with
 * the entry's words as the reason. A record no entry covers takes the import's own status.
 */

type Entry = Record<string, unknown>;

/** What the outcome of a record is looked up by. */
export interface OutcomeItem {
  readonly type: BulkRecordType;
  /** Its batch group: `c:<customer>`, `i:<invoice>` or `p`. */
  readonly group: string;
  readonly externalId: string | undefined;
}

const asEntry = (value: unknown): Entry | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Entry) : undefined;

/** "already exists" / "has already been taken": the record is in ChartMogul with that external id. */
const ALREADY = /already (exists|been taken)/i;

/** The outcome of each item of a batch, from its import's final answer. */
export function outcomesOf(items: readonly OutcomeItem[], result: JsonImport): RecordOutcome[] {
  const details = asEntry(result.status_details) ?? {};
  const positions = new Map<string, number>();
  return items.map((item) => {
    const array = ARRAY_OF[item.type];
    // Its position in the request's array of its type: the items are in the order they were sent.
    const position = positions.get(array) ?? 0;
    positions.set(array, position + 1);
    const entries = entriesFor(details, item, array);
    if (entries.length === 0) {
      return result.status === 'completed'
        ? { imported: true, already: false }
        : { imported: false, reason: `ChartMogul marked import ${result.external_id} ${String(result.status)} without a word on this record.` };
    }
    for (const entry of entries) {
      if (entry.status !== 'failed') continue;
      const reason = reasonFor(entry, item, position, entries.length === 1);
      if (reason === undefined) continue;
      return ALREADY.test(reason) && item.externalId !== undefined ? { imported: true, already: true } : { imported: false, reason };
    }
    return { imported: true, already: false };
  });
}

/**
 * The entries that may speak of the record: the most precise one found (the type under its
 * customer, else the customer, else the type at the top); for a line item or transaction whose
 * customer we do not know, its type under every customer, which list failures by position.
 */
function entriesFor(details: Entry, item: OutcomeItem, array: string): Entry[] {
  if (item.type === 'plan') return [asEntry(details.plans) ?? asEntry(details[array])].filter((e) => e !== undefined);
  if (item.group.startsWith('c:')) {
    const customer = asEntry(details[item.group.slice(2)]);
    const found = asEntry(customer?.[array]) ?? customer ?? asEntry(details[array]);
    return found === undefined ? [] : [found];
  }
  const all = Object.values(details).map((value) => asEntry(asEntry(value)?.[array]));
  return [...all, asEntry(details[array])].filter((e) => e !== undefined);
}

/**
 * ChartMogul's words on this record, or undefined when the entry lists the failed records and
 * this one is not among them. An entry that lists none speaks for all its records only when it
 * is the one entry of the record (`alone`).
 */
function reasonFor(entry: Entry, item: OutcomeItem, position: number, alone: boolean): string | undefined {
  const errors = entry.errors;
  const listed = Array.isArray(errors) ? errors.map(asEntry).filter((e): e is Entry => e !== undefined && ('index' in e || 'external_id' in e)) : [];
  if (listed.length === 0) return alone ? words(errors ?? entry) : undefined;
  const mine = listed.find((e) => (typeof e.index === 'number' ? e.index === position : e.external_id === item.externalId));
  return mine === undefined ? undefined : words(mine.errors ?? mine.message ?? mine);
}

/** `field: message; field: message`, or the JSON of whatever ChartMogul said. */
function words(said: unknown): string {
  if (typeof said === 'string') return said;
  const entry = asEntry(said);
  if (entry !== undefined) {
    const { status: _status, index: _index, ...rest } = entry;
    const parts = Object.entries(rest).map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : JSON.stringify(value)}`);
    if (parts.length > 0) return parts.join('; ');
  }
  return `ChartMogul reported a failure: ${JSON.stringify(said)}`;
}
