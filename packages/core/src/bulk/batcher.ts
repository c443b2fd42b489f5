import { type ClassifiedRecord, utf8Length } from './classify.js';
import { BatchIdHasher } from './external-id.js';
import type { BulkRecordType } from './types.js';

/**
 * One input record on its way, in few objects and strings (a batch holds thousands): its JSON,
 * not the record, and of its ids only those a batch or an answer is read by.
 */
export interface BatchItem {
  readonly index: number;
  readonly type: BulkRecordType;
  /** Its JSON, exactly as it goes into the request. */
  readonly json: string;
  readonly externalId: string | undefined;
  /** The plan it names (line items, events). */
  readonly plan: string | undefined;
  /** Its JSON's UTF-8 bytes, with the comma that separates it from the next. */
  readonly bytes: number;
  /** The group it went in: `c:<customer>`, `i:<invoice>` (an invoice read earlier, customer unknown) or `p` (plans). */
  readonly group: string;
}

/** A sealed batch: one import request. */
export interface Batch {
  readonly number: number;
  readonly externalId: string;
  /** In input order; emptied once ChartMogul accepted the batch (what is still needed is in a `SentItems`). */
  items: readonly BatchItem[];
  /** Customers (and plans, `p:<id>`) whose records it carries: a later batch with any of them waits for it to finish. */
  readonly holds: readonly string[];
  /** Plans it names and does not carry: it waits for the batches that carry them. */
  readonly needs: readonly string[];
  /** Its invoices, whose customer is remembered while the batch is in flight. */
  readonly invoices: readonly string[];
  /** An upper bound of its JSON's UTF-8 bytes. */
  readonly bytes: number;
}

export interface BatchFailure {
  readonly item: BatchItem;
  readonly reason: string;
}

/**
 * The JSON around the records: `{"external_id":"bulk-000000-<16 hex>"}` and six `,"line_items":[]`
 * (with room to spare): added to the records' bytes, an upper bound of the body's size.
 */
export const ENVELOPE_BYTES = 256;

interface Group {
  /** Its key, which its items share (rather than a string each). */
  readonly key: string;
  readonly items: BatchItem[];
  bytes: number;
}

interface OpenBatch {
  readonly groups: Map<string, Group>;
  customers: number;
  bytes: number;
}

const openBatch = (): OpenBatch => ({ groups: new Map(), customers: 0, bytes: ENVELOPE_BYTES });

/**
 * Packs records into batches by ChartMogul's rules, synchronously and deterministically: the
 * same input and options give the same batches on every run (resuming depends on it). Records of
 * one customer stay together; a batch closes when a new customer would pass `customersPerImport`,
 * or a record would pass `maxImportBytes` (then its customer's records move to the next batch).
 * Holds only the open batch, and the customer of each invoice in flight (for line items and
 * transactions, which name only their invoice).
 */
export class Batcher {
  #open = openBatch();
  #sealed = 0;
  /** Invoice external id → its customer, and how many unfinished batches hold it. */
  readonly #invoices = new Map<string, { customer: string; refs: number }>();
  /** Customers whose records could never fit one import, and why (their invoices stay remembered, so that their line items fail too). */
  readonly #oversized = new Map<string, string>();

  constructor(
    private readonly dataSourceUuid: string,
    private readonly customersPerImport: number,
    private readonly maxImportBytes: number,
  ) {}

  /** Adds a record; returns the batches it closed and the records that failed with it. */
  add(index: number, c: ClassifiedRecord): { sealed: Batch[]; failed: BatchFailure[] } {
    const sealed: Batch[] = [];
    const failed: BatchFailure[] = [];
    const key = this.#groupOf(c);
    const group = this.#open.groups.get(key)?.key ?? key;
    const item: BatchItem = { index, type: c.type, json: c.json, externalId: c.externalId, plan: c.plan, bytes: utf8Length(c.json) + 1, group };
    const refused = this.#oversized.get(group);
    if (refused !== undefined) return { sealed, failed: [{ item, reason: refused }] };
    if (c.type === 'invoice') this.#remember(c.externalId as string, c.customer as string);

    let open = this.#open;
    let target = open.groups.get(group);
    const isCustomer = group !== 'p';
    if (target === undefined && isCustomer && open.customers >= this.customersPerImport) {
      open = this.#seal(sealed);
    }
    if (open.bytes + item.bytes > this.maxImportBytes) {
      const own = (isCustomer ? (target?.bytes ?? 0) : 0) + item.bytes + ENVELOPE_BYTES;
      if (own > this.maxImportBytes) {
        // Alone it would not fit either: a plan fails by itself, a customer with all its records.
        const reason = this.#tooLarge(group, own);
        if (!isCustomer) return { sealed, failed: [{ item, reason }] };
        this.#oversized.set(group, reason);
        if (target !== undefined) {
          this.#drop(open, group);
          for (const earlier of target.items) failed.push({ item: earlier, reason });
        }
        failed.push({ item, reason });
        return { sealed, failed };
      }
      // The customer's records so far move with it to the next batch; plans stay with the invoices that named them.
      if (isCustomer && target !== undefined) this.#drop(open, group);
      if (open.groups.size > 0) open = this.#seal(sealed);
      if (isCustomer && target !== undefined) {
        open.groups.set(group, target);
        open.customers++;
        open.bytes += target.bytes;
      } else {
        target = undefined;
      }
    }
    if (target === undefined) {
      target = { key: group, items: [], bytes: 0 };
      open.groups.set(group, target);
      if (isCustomer) open.customers++;
    }
    target.items.push(item);
    target.bytes += item.bytes;
    open.bytes += item.bytes;
    return { sealed, failed };
  }

  /** Closes the last batch, if it holds anything. */
  finish(): Batch | undefined {
    const sealed: Batch[] = [];
    if (this.#open.groups.size > 0) this.#seal(sealed);
    return sealed[0];
  }

  /** The records of the open batch, which an abort leaves unsent. */
  takeOpen(): BatchItem[] {
    const items = [...this.#open.groups.values()].flatMap((group) => group.items);
    this.#open = openBatch();
    return items;
  }

  /** A batch finished processing: its invoices' customers need no longer be remembered. */
  release(batch: Batch): void {
    for (const invoice of batch.invoices) this.#forget(invoice);
  }

  #groupOf(c: ClassifiedRecord): string {
    if (c.type === 'plan') return 'p';
    if (c.customer !== undefined) return `c:${c.customer}`;
    const customer = c.invoice === undefined ? undefined : this.#invoices.get(c.invoice)?.customer;
    return customer === undefined ? `i:${c.invoice}` : `c:${customer}`;
  }

  #tooLarge(group: string, bytes: number): string {
    const whose = group === 'p' ? 'This plan takes' : `The records of ${group.startsWith('c:') ? 'customer' : 'invoice'} ${JSON.stringify(group.slice(2))} take`;
    return `${whose} ${bytes} bytes as JSON, more than one import may carry (maxImportBytes ${this.maxImportBytes}); not sent.`;
  }

  #drop(open: OpenBatch, group: string): void {
    const target = open.groups.get(group);
    if (target === undefined) return;
    open.groups.delete(group);
    open.customers--;
    open.bytes -= target.bytes;
  }

  #remember(invoice: string, customer: string): void {
    const known = this.#invoices.get(invoice);
    if (known === undefined || known.customer !== customer) this.#invoices.set(invoice, { customer, refs: 1 });
    else known.refs++;
  }

  #forget(invoice: string): void {
    const known = this.#invoices.get(invoice);
    if (known !== undefined && --known.refs <= 0) this.#invoices.delete(invoice);
  }

  #seal(into: Batch[]): OpenBatch {
    const { groups, bytes } = this.#open;
    const items = [...groups.values()].flatMap((group) => group.items).sort((a, b) => a.index - b.index);
    const number = this.#sealed++;
    const hasher = new BatchIdHasher().update(this.dataSourceUuid);
    const holds = new Set<string>();
    const needs = new Set<string>();
    const invoices: string[] = [];
    for (const item of items) {
      hasher.update(item.type).update(item.json);
      if (item.group !== 'p') holds.add(item.group);
      if (item.type === 'plan') holds.add(`p:${item.externalId}`);
      if (item.type === 'invoice') invoices.push(item.externalId as string);
      if (item.plan !== undefined) needs.add(`p:${item.plan}`);
    }
    for (const held of holds) needs.delete(held);
    into.push({ number, externalId: hasher.id(number), items, holds: [...holds], needs: [...needs], invoices, bytes });
    this.#open = openBatch();
    return this.#open;
  }
}
