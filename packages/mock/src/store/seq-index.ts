/**
 * An ordered list of records kept in creation order (by `seq`), which is the order every list
 * endpoint returns. A page after a cursor is a binary search plus a scan of one page, so
 * walking 100,000 records never copies the collection. Removals leave tombstones that a
 * later compaction sweeps out, so deleting stays O(1) as well.
 */
export interface Sequenced {
  readonly seq: number;
  /** Set once the record is deleted; every index skips it from then on. */
  removed?: boolean;
}

export interface Slice<T> {
  items: T[];
  hasMore: boolean;
}

export type Accept<T> = (record: T) => boolean;

export class SeqIndex<T extends Sequenced> {
  private items: T[] = [];
  private tombstones = 0;

  get size(): number {
    return this.items.length - this.tombstones;
  }

  add(record: T): void {
    const last = this.items[this.items.length - 1];
    if (last === undefined || last.seq < record.seq) this.items.push(record);
    else this.items.splice(this.firstAfter(record.seq - 1), 0, record);
  }

  /** Takes a live record out of this index (it moved to another group). */
  take(record: T): void {
    const at = this.firstAfter(record.seq - 1);
    if (this.items[at] === record) this.items.splice(at, 1);
  }

  /** Called when a record of this index was marked removed. */
  noteRemoved(): void {
    this.tombstones++;
    if (this.tombstones > 64 && this.tombstones * 2 > this.items.length) {
      this.items = this.items.filter((item) => !item.removed);
      this.tombstones = 0;
    }
  }

  /** Up to `limit` accepted records with `seq` greater than `afterSeq`, and whether more follow. */
  after(afterSeq: number, limit: number, accept?: Accept<T>): Slice<T> {
    return this.scan(this.firstAfter(afterSeq), 0, limit, accept);
  }

  /** The deprecated offset paging: skips `offset` accepted records first. */
  offset(offset: number, limit: number, accept?: Accept<T>): Slice<T> {
    return this.scan(0, offset, limit, accept);
  }

  *values(): IterableIterator<T> {
    for (const item of this.items) if (!item.removed) yield item;
  }

  private scan(start: number, skip: number, limit: number, accept?: Accept<T>): Slice<T> {
    const items: T[] = [];
    let toSkip = skip;
    for (let i = start; i < this.items.length; i++) {
      const item = this.items[i] as T;
      if (item.removed || (accept !== undefined && !accept(item))) continue;
      if (toSkip > 0) {
        toSkip--;
        continue;
      }
      if (items.length === limit) return { items, hasMore: true };
      items.push(item);
    }
    return { items, hasMore: false };
  }

  /** Index of the first record whose seq is greater than `seq`. */
  private firstAfter(seq: number): number {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.items[mid] as T).seq <= seq) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
