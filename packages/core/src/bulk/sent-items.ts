import type { BatchItem } from './batcher.js';
import type { OutcomeItem } from './outcomes.js';
import type { BulkRecord, BulkRecordType } from './types.js';

/** A record of an import in flight, read back when its import is final. */
export interface SentItem extends OutcomeItem {
  readonly index: number;
  /** Its JSON as sent; only when failed records are reported. */
  readonly json: string | undefined;
}

/**
 * The records of an accepted import, in the least memory that still maps ChartMogul's answer to
 * each record: their input positions in a typed array, and their types and ids as one JSON
 * string (a few dozen bytes a record instead of objects and the record itself). The records'
 * JSON, one line each, is kept only when failed records are reported (`onFailedRecord`), since
 * a failure must come back in the shape that can be fed in again.
 */
export class SentItems {
  readonly length: number;
  readonly #indexes: Float64Array;
  readonly #keys: string;
  readonly #json: string | undefined;

  constructor(items: readonly BatchItem[], keepJson: boolean) {
    this.length = items.length;
    this.#indexes = Float64Array.from(items, (item) => item.index);
    this.#keys = JSON.stringify(items.map((item) => [item.type, item.group, item.externalId ?? null]));
    // JSON.stringify never writes a raw line break (it escapes them in strings): one record a line.
    this.#json = keepJson ? items.map((item) => item.json).join('\n') : undefined;
  }

  /** The records back as objects, for the moment their import's answer is read. */
  expand(): SentItem[] {
    const keys = JSON.parse(this.#keys) as [BulkRecordType, string, string | null][];
    const json = this.#json?.split('\n');
    return keys.map(([type, group, externalId], i) => ({ type, group, externalId: externalId ?? undefined, index: this.#indexes[i] as number, json: json?.[i] }));
  }
}

/** A record as it was sent, read back from its JSON: it can be fed straight back in. */
export const recordOf = (type: BulkRecordType, json: string): BulkRecord => ({ [type]: JSON.parse(json) }) as BulkRecord;
