/**
 * How the local ChartMogul processes bulk imports over time. The real service queues each
 * import and works through it in the background ("The import status goes through queued,
 * processing, and completed states", reference "Track Import Status"); it does not say how fast.
 * The mock has one worker per account that takes imports in the order they came, at
 * `recordsPerSecond` records per second: an import is `queued` until the worker reaches it,
 * `processing` while it works, and its records are written when it is done. Infinity (the
 * default) finishes each import the moment it is created, as the mock did before.
 *
 * So a client that never asks for an import's status, or asks too often, shows in `stats`;
 * and a client that sends a customer's records again while an earlier import holding that
 * customer is unfinished (which ChartMogul asks clients not to do) is counted.
 */

/** Shared by every account of a store; the control endpoint and tests may change it while running. */
export interface JsonImportSettings {
  recordsPerSecond: number;
}

export interface JsonImportStats {
  /** Imports accepted. */
  created: number;
  /** Status requests (GET .../json_imports/{id}). */
  polls: number;
  /** Status requests answered while the import was still `queued` or `processing`. */
  pollsBeforeDone: number;
  /** Records worked through. */
  recordsProcessed: number;
  /** Requests refused for a body over 5 MB. */
  tooLarge: number;
  /** Requests refused because an import of that external id exists. */
  duplicateExternalIds: number;
  /** Create requests that touched a customer an unfinished earlier import holds. */
  orderingViolations: number;
  /** The first of those: which import, which customer, which earlier import. */
  violations: { import: string; customer: string; earlier: string }[];
}

export const newJsonImportStats = (): JsonImportStats => ({
  created: 0,
  polls: 0,
  pollsBeforeDone: 0,
  recordsProcessed: 0,
  tooLarge: 0,
  duplicateExternalIds: 0,
  orderingViolations: 0,
  violations: [],
});

/** The violations kept in detail; the count goes on. */
const MAX_VIOLATIONS_KEPT = 50;

interface Pending {
  readonly id: string;
  readonly customers: ReadonlySet<string>;
  /** Its invoices' customers: a later import's line items and transactions name only the invoice. */
  readonly invoices: ReadonlyMap<string, string>;
  readonly records: number;
  readonly startsAt: number;
  readonly endsAt: number;
  readonly apply: (at: number) => void;
}

export type QueueState = 'queued' | 'processing' | 'done';

export class JsonImportQueue {
  readonly stats = newJsonImportStats();
  readonly #pending: Pending[] = [];
  #busyUntil = 0;

  constructor(private readonly settings: JsonImportSettings) {}

  /**
   * Queues an import of `records` records touching `customers`; `apply` writes them when the
   * worker is done with it (at the time it finished). Counts an ordering violation when an unfinished import holds one of the customers.
   */
  enqueue(
    id: string,
    touched: { customers: ReadonlySet<string>; invoices: ReadonlyMap<string, string> },
    records: number,
    now: number,
    apply: (at: number) => void,
  ): void {
    this.advance(now);
    const { customers, invoices } = touched;
    for (const earlier of this.#pending) {
      const shared = [...customers].find((customer) => earlier.customers.has(customer));
      if (shared === undefined) continue;
      this.stats.orderingViolations++;
      if (this.stats.violations.length < MAX_VIOLATIONS_KEPT) this.stats.violations.push({ import: id, customer: shared, earlier: earlier.id });
      break;
    }
    const rate = this.settings.recordsPerSecond;
    const startsAt = Math.max(now, this.#busyUntil);
    const endsAt = rate === Number.POSITIVE_INFINITY ? startsAt : startsAt + (records / rate) * 1000;
    this.#busyUntil = endsAt;
    this.#pending.push({ id, customers, invoices, records, startsAt, endsAt, apply });
    this.stats.created++;
  }

  /** Writes the records of every import the worker has finished by `now`, in the order they came. */
  advance(now: number): void {
    while (this.#pending.length > 0 && (this.#pending[0] as Pending).endsAt <= now) {
      const done = this.#pending.shift() as Pending;
      this.stats.recordsProcessed += done.records;
      done.apply(done.endsAt);
    }
  }

  /** The customer of an invoice in an unfinished import, if one carries it. */
  pendingInvoiceOwner(invoice: string): string | undefined {
    for (const pending of this.#pending) {
      const owner = pending.invoices.get(invoice);
      if (owner !== undefined) return owner;
    }
    return undefined;
  }

  /** Where an import stands at `now` (after `advance`). */
  stateOf(id: string, now: number): QueueState {
    const pending = this.#pending.find((p) => p.id === id);
    if (pending === undefined) return 'done';
    return now < pending.startsAt ? 'queued' : 'processing';
  }
}
