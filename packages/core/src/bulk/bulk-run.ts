import { systemTiming } from '../pipeline/timing.js';
import type { JsonImport } from '../types/json-imports.js';
import type { BulkImportClient } from './bulk-import.js';
import { type Batch, Batcher } from './batcher.js';
import { classify } from './classify.js';
import { type FollowContext, findImport, followImport } from './follow.js';
import { followId, readJournal } from './journal.js';
import { outcomesOf } from './outcomes.js';
import { payloadOf } from './payload.js';
import { PollPacer } from './poll-pacer.js';
import { isFatal, sendBatch } from './send.js';
import { recordOf, SentItems } from './sent-items.js';
import type { BulkSettings } from './settings.js';
import type { BulkImportSummary, BulkJournalEntry, BulkRecord } from './types.js';

/** How many records are read between two progress calls when nothing else happens. */
const PROGRESS_EVERY = 1_000;

/**
 * One run of a bulk import: reads the input lazily, hands records to the batcher, sends each
 * sealed batch when a slot is free and no unfinished import holds one of its customers (or
 * plans it names), follows it, and counts each record once. Memory: the open batch and the batch
 * waiting for a slot (records as JSON text), the batch being sent (its body), and for each import
 * in flight only what maps its answer to records (`SentItems`).
 */
export class BulkRun {
  readonly #s: BulkSettings;
  readonly #ctx: FollowContext;
  readonly #batcher: Batcher;
  readonly #active = new Set<Promise<void>>();
  /** Customers (`c:`), orphan invoices (`i:`) and plans (`p:`) held by unfinished imports, with how many hold each. */
  readonly #held = new Map<string, number>();
  #journal = new Map<string, BulkJournalEntry>();
  #fatal: { error: unknown } | undefined;
  #c = { read: 0, sent: 0, imported: 0, already: 0, failed: 0, skipped: 0, imports: 0, resumed: 0 };

  constructor(client: BulkImportClient, dataSourceUuid: string, settings: BulkSettings) {
    this.#s = settings;
    this.#ctx = {
      client,
      dataSourceUuid,
      poll: settings.poll,
      signal: settings.signal,
      requestOptions: settings.requestOptions,
      pacer: new PollPacer(systemTiming, settings.poll),
    };
    this.#batcher = new Batcher(dataSourceUuid, settings.customersPerImport, settings.maxImportBytes);
  }

  get #stopped(): boolean {
    return this.#fatal !== undefined || this.#s.signal?.aborted === true;
  }

  async run(records: Iterable<BulkRecord> | AsyncIterable<BulkRecord>): Promise<BulkImportSummary> {
    this.#journal = await readJournal(this.#s.journal);
    const input = Symbol.asyncIterator in records ? records[Symbol.asyncIterator]() : records[Symbol.iterator]();
    let finished = false;
    try {
      while (!this.#stopped) {
        const next = await input.next();
        if (next.done) {
          finished = true;
          const last = this.#batcher.finish();
          if (last !== undefined) await this.#dispatch(last);
          break;
        }
        await this.#take(this.#c.read++, next.value);
        if (this.#c.read % PROGRESS_EVERY === 0) this.#progress();
      }
    } catch (error) {
      this.#fatal ??= { error };
    } finally {
      // Stopped early: the input is closed (a file stream releases its handle).
      if (!finished) await Promise.resolve(input.return?.()).catch(() => {});
    }
    this.#skip(this.#batcher.takeOpen().length);
    while (this.#active.size > 0) await Promise.race(this.#active);
    this.#progress();
    if (this.#fatal !== undefined) throw this.#fatal.error;
    const c = this.#c;
    return {
      read: c.read,
      imported: c.imported,
      alreadyImported: c.already,
      failed: c.failed,
      skipped: c.skipped,
      imports: c.imports,
      resumedImports: c.resumed,
      aborted: this.#s.signal?.aborted === true,
    };
  }

  async #take(index: number, record: BulkRecord): Promise<void> {
    const classified = classify(record);
    if (typeof classified === 'string') return this.#fail(index, classified, () => record);
    const { sealed, failed } = this.#batcher.add(index, classified);
    for (const { item, reason: why } of failed) this.#fail(item.index, why, () => (item.index === index ? record : recordOf(item.type, item.json)));
    for (const batch of sealed) await this.#dispatch(batch);
  }

  /** Waits for a free slot and for the imports holding its customers to finish, then starts the batch. */
  async #dispatch(batch: Batch): Promise<void> {
    // (With nothing in flight nothing is held, so the wait always ends.)
    while (!this.#stopped && this.#active.size > 0 && (this.#active.size >= this.#s.concurrency || this.#waitsFor(batch))) {
      await Promise.race(this.#active);
    }
    if (this.#stopped) return this.#skip(batch.items.length);
    for (const key of batch.holds) this.#held.set(key, (this.#held.get(key) ?? 0) + 1);
    const running: Promise<void> = this.#send(batch).finally(() => {
      for (const key of batch.holds) {
        const left = (this.#held.get(key) ?? 1) - 1;
        if (left > 0) this.#held.set(key, left);
        else this.#held.delete(key);
      }
      this.#batcher.release(batch);
      this.#active.delete(running);
      this.#progress();
    });
    this.#active.add(running);
    this.#progress();
  }

  #waitsFor(batch: Batch): boolean {
    return batch.holds.some((key) => this.#held.has(key)) || batch.needs.some((key) => this.#held.has(key));
  }

  /** Sends (or, when the journal knows it, finds) one batch, follows it and counts its records. Never rejects. */
  async #send(batch: Batch): Promise<void> {
    const { signal } = this.#s;
    const base = { externalId: batch.externalId, batch: batch.number };
    let accepted: JsonImport | undefined;
    let sent: SentItems | undefined;
    try {
      const known = this.#journal.get(batch.externalId);
      if (known !== undefined) accepted = await findImport(this.#ctx, followId(known));
      let earlier = accepted !== undefined;
      if (accepted === undefined) {
        await this.#record({ state: 'sending', ...base, records: batch.items.length });
        ({ accepted, earlier } = await sendBatch(this.#ctx, payloadOf(batch)));
        await this.#record({ state: 'accepted', ...base, importId: accepted.id });
      }
      // Accepted: from here on an import in flight holds only what maps its answer to records.
      sent = new SentItems(batch.items, this.#s.onFailedRecord !== undefined);
      batch.items = [];
      if (earlier) this.#c.resumed++;
      this.#c.sent += sent.length;
      this.#progress();
      const final = await followImport(this.#ctx, accepted.id, accepted, sent.length);
      if (final === undefined) {
        return this.#skip(sent.length);
      }
      await this.#record({ state: 'finished', ...base, importId: accepted.id, status: String(final.status) });
      this.#c.imports++;
      this.#count(sent, final);
    } catch (error) {
      const count = sent?.length ?? batch.items.length;
      if (signal?.aborted) return this.#skip(count);
      if (accepted === undefined && isFatal(error)) this.#fatal ??= { error };
      if (this.#fatal !== undefined) return this.#skip(count);
      const message = (error as Error)?.message ?? String(error);
      const reason =
        accepted === undefined
          ? `ChartMogul refused import ${batch.externalId}: ${message}`
          : `The outcome of import ${batch.externalId} is unknown (${message}); a run with the same journal asks again.`;
      if (sent !== undefined) {
        for (const item of sent.expand()) this.#fail(item.index, reason, () => recordOf(item.type, item.json as string));
      } else {
        for (const item of batch.items) this.#fail(item.index, reason, () => recordOf(item.type, item.json));
      }
    }
  }

  /** Writes to the journal; a journal that cannot write stops the run, since a resume would rely on it. */
  async #record(entry: BulkJournalEntry): Promise<void> {
    try {
      await this.#s.journal.record(entry);
    } catch (error) {
      this.#fatal ??= { error };
      throw error;
    }
  }

  #count(sent: SentItems, final: JsonImport): void {
    const items = sent.expand();
    const outcomes = outcomesOf(items, final);
    for (let i = 0; i < items.length; i++) {
      const outcome = outcomes[i];
      const item = items[i] as (typeof items)[number];
      if (outcome?.imported === false) {
        this.#fail(item.index, outcome.reason, () => recordOf(item.type, item.json as string));
      } else {
        this.#c.imported++;
        if (outcome?.already) this.#c.already++;
      }
    }
  }

  /** Counts a failed record and reports it; the record is read back (from its JSON) only when someone listens. */
  #fail(index: number, reason: string, record: () => BulkRecord): void {
    this.#c.failed++;
    if (this.#s.onFailedRecord === undefined) return;
    try {
      this.#s.onFailedRecord({ record: record(), reason, index });
    } catch (error) {
      this.#fatal ??= { error };
    }
  }

  /** Records an abort (or a stop on error) left unsent or unconfirmed: a run with the same journal picks them up. */
  #skip(records: number): void {
    this.#c.skipped += records;
  }

  #progress(): void {
    const c = this.#c;
    try {
      this.#s.onProgress?.({ read: c.read, sent: c.sent, imported: c.imported, failed: c.failed, skipped: c.skipped, importsInFlight: this.#active.size });
    } catch (error) {
      this.#fatal ??= { error };
    }
  }
}
