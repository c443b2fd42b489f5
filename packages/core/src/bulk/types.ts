import type { RequestOptions } from '../config/options.js';
import type {
  JsonImportCustomer,
  JsonImportInvoice,
  JsonImportLineItem,
  JsonImportPlan,
  JsonImportSubscriptionEvent,
  JsonImportTransaction,
} from '../types/json-imports.js';

/**
 * One record of a bulk import: an object with exactly one key naming its type, whose value is an
 * element of the Bulk Import API's array of that type. The CLI's JSON lines use the same shape.
 * An invoice's line items and transactions are records of their own, tied by `invoice_external_id`
 * (put them right after their invoice); plans go before the invoices and events that name them.
 */
export type BulkRecord =
  | { customer: JsonImportCustomer }
  | { plan: JsonImportPlan }
  | { invoice: JsonImportInvoice }
  | { line_item: JsonImportLineItem }
  | { transaction: JsonImportTransaction }
  | { subscription_event: JsonImportSubscriptionEvent };

/** The key naming a record's type: `customer`, `plan`, `invoice`, `line_item`, `transaction`, `subscription_event`. */
export type BulkRecordType = 'customer' | 'plan' | 'invoice' | 'line_item' | 'transaction' | 'subscription_event';

/**
 * How often an import's status is asked for. The first request goes when the import should be
 * done, by the time per record seen on the run's earlier imports (`initialMs` before any); an
 * import found unfinished is asked again after waits growing by `factor`, up to `maxMs`. All
 * status requests of a run go at least `min(initialMs, 500)` ms apart.
 */
export interface BulkPollInterval {
  /** The first wait after an import is accepted, until the run has seen one finish, in ms; also caps the gap between two status requests. Default 1,000. */
  initialMs?: number;
  /** The longest wait between two status requests, in ms. Default 15,000. */
  maxMs?: number;
  /** How much longer each wait is than the one before. Default 1.5. */
  factor?: number;
}

/** Options of `cm.bulkImport`. None of them is sent to the API. */
export interface BulkImportOptions {
  /** Customers (with all their records) per import request. Default 500 (ChartMogul advises 100 to 1,000). */
  customersPerImport?: number;
  /**
   * The largest request body, in UTF-8 bytes of the JSON actually sent. Default 4,500,000: under
   * ChartMogul's 5 MB cap with headroom. A customer whose records alone are larger fails, unsent.
   */
  maxImportBytes?: number;
  /** Imports sent and not yet finished processing, at most. Default 4. */
  concurrency?: number;
  /** Where sent and accepted imports are written down, so a run after a crash sends no batch twice. Default: in memory. */
  journal?: BulkImportJournal;
  /** Stops sending new imports; the call then settles with what was done and `aborted: true`. */
  signal?: AbortSignal;
  /** Called when a batch is sent or finishes, and every 1,000 records read: enough to draw a progress bar. */
  onProgress?: (progress: BulkImportProgress) => void;
  /** Called once for each failed record, as soon as its outcome is known (so failures need not be held in memory). */
  onFailedRecord?: (failure: FailedRecord) => void;
  /** How often each import's status is polled (with backoff). */
  pollInterval?: BulkPollInterval;
  /** Options for every request the import makes (headers, timeout, hooks); not its signal, use `signal`. */
  requestOptions?: Omit<RequestOptions, 'signal'>;
}

/** Where a bulk import stands; every field is a count. */
export interface BulkImportProgress {
  /** Records read from the input. */
  readonly read: number;
  /** Records in imports ChartMogul accepted. */
  readonly sent: number;
  /** Records ChartMogul imported (including `alreadyImported`). */
  readonly imported: number;
  /** Records that failed, with a reason (`onFailedRecord`). */
  readonly failed: number;
  /** Records neither imported nor failed because the import was aborted first. */
  readonly skipped: number;
  /** Imports sent and not finished processing. */
  readonly importsInFlight: number;
}

/** A record that was not imported, and why. */
export interface FailedRecord {
  /** The record as it was sent (read back from its JSON): it can be fed straight back in once fixed. */
  readonly record: BulkRecord;
  /** Why: ChartMogul's words when it refused the record, else the kit's. */
  readonly reason: string;
  /** Its position in the input, from 0. */
  readonly index: number;
}

/** What a bulk import did. `imported + failed + skipped === read`, always. */
export interface BulkImportSummary {
  /** Records read from the input. */
  readonly read: number;
  /** Records ChartMogul holds after the run, `alreadyImported` included. */
  readonly imported: number;
  /** Of `imported`: records ChartMogul refused as already there with the same external id (e.g. after a resume). */
  readonly alreadyImported: number;
  /** Records that failed; each was given to `onFailedRecord`. */
  readonly failed: number;
  /** Records not imported nor failed because the run was aborted first (a run with the same journal picks them up). */
  readonly skipped: number;
  /** Imports followed to their end in this run (sent now, or found in the journal). */
  readonly imports: number;
  /** Of `imports`: those sent by an earlier run, recognised from the journal and not sent again. */
  readonly resumedImports: number;
  /** True when the signal stopped the run. */
  readonly aborted: boolean;
}

/**
 * One line of the journal. A batch is written down before it is sent (`sending`), when ChartMogul
 * accepts it (`accepted`, with its id) and when it finished processing (`finished`). Batches are
 * rebuilt from the same input in the same way on every run, and each carries an `external_id`
 * derived from its position and content, so a batch found in the journal is followed, not sent again.
 */
export type BulkJournalEntry =
  | { readonly state: 'sending'; readonly externalId: string; readonly batch: number; readonly records: number }
  | { readonly state: 'accepted'; readonly externalId: string; readonly batch: number; readonly importId: string }
  | { readonly state: 'finished'; readonly externalId: string; readonly batch: number; readonly importId: string; readonly status: string };

/**
 * Where a bulk import writes down what it sent. `record` must have stored the entry durably
 * when its promise resolves (the file journal of `@chartmogul-kit/node` appends a JSON line and syncs).
 */
export interface BulkImportJournal {
  /** Every entry recorded so far, oldest first (a fresh journal returns none). */
  load(): Promise<Iterable<BulkJournalEntry>>;
  /** Stores one entry. */
  record(entry: BulkJournalEntry): Promise<void>;
}
