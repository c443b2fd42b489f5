import { Collection, type ScopedKey } from './collection.js';
import { IdSource } from './ids.js';
import { JsonImportQueue, type JsonImportSettings } from './json-import-queue.js';
import type {
  ActivitiesExportRecord,
  CrmRecord,
  CustomerRecord,
  DataSourceRecord,
  InvoiceRecord,
  JsonImportRecord,
  LineItemRecord,
  PlanGroupRecord,
  PlanRecord,
  SubscriptionEventRecord,
  SubscriptionRecord,
  TransactionRecord,
} from './records.js';

/** External ids are unique within their data source. */
const inDataSource = (dataSourceUuid: string, externalId: string | null | undefined): ScopedKey | undefined =>
  externalId === null || externalId === undefined ? undefined : [dataSourceUuid, externalId];

const customerKey = (record: { customer: CustomerRecord | null }) => record.customer?.uuid;

function createCollections() {
  return {
    dataSources: new Collection<DataSourceRecord>(),
    customers: new Collection<CustomerRecord, 'dataSource' | 'email', 'external'>({
      groups: {
        dataSource: (c) => (c.identities.length === 1 ? c.identities[0]?.dataSourceUuid : [...new Set(c.identities.map((i) => i.dataSourceUuid))]),
        email: (c) => (c.email === '' ? undefined : c.email.toLowerCase()),
      },
      unique: { external: (c) => c.identities.map((i) => [i.dataSourceUuid, i.externalId] as const) },
    }),
    plans: new Collection<PlanRecord, 'dataSource', 'external'>({
      groups: { dataSource: (p) => p.dataSourceUuid },
      unique: { external: (p) => inDataSource(p.dataSourceUuid, p.externalId) },
    }),
    planGroups: new Collection<PlanGroupRecord>(),
    invoices: new Collection<InvoiceRecord, 'customer' | 'dataSource', 'external'>({
      groups: { customer: (i) => i.customer.uuid, dataSource: (i) => i.dataSourceUuid },
      unique: { external: (i) => inDataSource(i.dataSourceUuid, i.externalId) },
    }),
    lineItems: new Collection<LineItemRecord, never, 'external'>({
      unique: { external: (li) => inDataSource(li.invoice.dataSourceUuid, li.externalId) },
    }),
    transactions: new Collection<TransactionRecord, never, 'external'>({
      unique: { external: (tr) => inDataSource(tr.invoice.dataSourceUuid, tr.externalId) },
    }),
    subscriptions: new Collection<SubscriptionRecord, 'customer', 'external'>({
      groups: { customer: (s) => s.customer.uuid },
      unique: { external: (s) => inDataSource(s.dataSourceUuid, s.externalId) },
    }),
    subscriptionEvents: new Collection<SubscriptionEventRecord, never, 'external'>({
      unique: { external: (e) => inDataSource(e.dataSourceUuid, e.externalId) },
    }),
    contacts: new Collection<CrmRecord, 'customer'>({ groups: { customer: customerKey } }),
    notes: new Collection<CrmRecord, 'customer'>({ groups: { customer: customerKey } }),
    opportunities: new Collection<CrmRecord, 'customer'>({ groups: { customer: customerKey } }),
    tasks: new Collection<CrmRecord, 'customer'>({ groups: { customer: customerKey } }),
    activitiesExports: new Collection<ActivitiesExportRecord>(),
    jsonImports: new Collection<JsonImportRecord, never, 'external'>({
      unique: { external: (j) => inDataSource(j.dataSourceUuid, j.externalId) },
    }),
  };
}

export type Collections = ReturnType<typeof createCollections>;

/**
 * One ChartMogul account: what one API key sees. Every resource lives in its own
 * collection; `version` changes with every write so derived data (metrics, activities)
 * can be cached until the next write.
 */
export class Account {
  readonly ids: IdSource;
  readonly uuid: string;
  readonly name = 'Mock Account';
  readonly currency = 'USD';
  readonly timeZone = 'UTC';
  readonly collections: Collections = createCollections();
  /** Bulk imports waiting for, or in, processing. */
  readonly jsonImportQueue: JsonImportQueue;
  private seq = 0;
  private customerId = 0;
  private eventId = 0;
  private writes = 0;
  private readonly cache = new Map<string, unknown>();
  private cacheVersion = 0;

  constructor(
    readonly apiKey: string,
    private readonly clock: () => number = Date.now,
    jsonImports: JsonImportSettings = { recordsPerSecond: Number.POSITIVE_INFINITY },
  ) {
    this.ids = new IdSource(apiKey);
    this.jsonImportQueue = new JsonImportQueue(jsonImports);
    this.uuid = this.ids.prefixed('acc');
  }

  get version(): number {
    return this.writes;
  }

  now(): number {
    return this.clock();
  }

  nextSeq(): number {
    return ++this.seq;
  }

  nextCustomerId(): number {
    return ++this.customerId;
  }

  nextEventId(): number {
    return ++this.eventId;
  }

  /** Marks derived data stale; called after every write. */
  touch(): void {
    this.writes++;
  }

  /** Derived data computed once per version of the account; a write drops all of it. */
  cached<T>(key: string, compute: () => T): T {
    if (this.cacheVersion !== this.writes) {
      this.cache.clear();
      this.cacheVersion = this.writes;
    }
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = compute();
    this.cache.set(key, value);
    return value;
  }
}
