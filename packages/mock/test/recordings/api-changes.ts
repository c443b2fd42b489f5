import type { Exchange } from './recordings.js';

/**
 * The one place for recorded exchanges whose answer the mock does not match, each with its
 * reason. `changes` excuse only the listed keys, only in the exchanges they name (by operation
 * and recording date, or by file); the rest of those answers is still compared.
 * `notApplicable` lists exchanges that are not an operation's answer at all.
 */
export interface ApiChange {
  operations: readonly string[];
  /** The change: exchanges recorded before this date show the old shape. */
  before?: string;
  /** Or the exchanges, by cassette file, that this entry is about. */
  files?: readonly string[];
  /** Paths of the answer (`$.entries[0].owner`) that those recordings lack or have in excess. */
  keys: RegExp;
  reason: string;
}

const CUSTOMER_ANSWERS = ['customers.create', 'customers.retrieve', 'customers.update', 'customers.list', 'customers.search'];
const INVOICE_ANSWERS = ['invoices.import', 'invoices.listImported', 'invoices.list', 'invoices.retrieve'];
const EVENT_ANSWERS = ['subscriptionEvents.create', 'subscriptionEvents.update', 'subscriptionEvents.list'];
const CUSTOMER = '^\\$(\\.entries\\[0\\])?';

export const changes: readonly ApiChange[] = [
  {
    operations: CUSTOMER_ANSWERS,
    before: '2025-03-14',
    keys: new RegExp(`${CUSTOMER}\\.(attributes\\.clearbit|website_url)$`),
    reason:
      'Customers answered before 2025 carry attributes.clearbit and show website_url only when it is set; every answer ' +
      'recorded since 2025-03-14 (creates, attribute lookups in 2026) has no clearbit and always website_url (null when unset).',
  },
  {
    operations: CUSTOMER_ANSWERS,
    before: '2023-10-01',
    keys: new RegExp(`${CUSTOMER}\\.owner$`),
    reason: 'owner joined the customer in 2023: absent in the 2019 and 2022 recordings, present in every one since 2023-10-27.',
  },
  {
    operations: ['customers.list', 'subscriptions.listImported', 'subscriptionEvents.list'],
    before: '2023-10-01',
    keys: /^\$\.(cursor|has_more)$/,
    reason: 'Cursor paging (cursor, has_more) came in 2023; the 2019 and 2022 recordings have only the older page fields, which the mock still sends.',
  },
  {
    operations: ['dataSources.create'],
    before: '2022-01-01',
    keys: /^\$\.system$/,
    reason: 'A data source has shown its system since 2022 (recorded 2022, 2023, 2025); the 2017 recording predates it.',
  },
  {
    operations: ['account.retrieve'],
    before: '2024-01-01',
    keys: /^\$\.id$/,
    reason:
      "The account's id came with the include= settings after this 2021 recording; chartmogul-python's Account schema reads " +
      'id next to churn_recognition and the other include fields.',
  },
  {
    operations: ['metrics.mrr', 'metrics.arr', 'metrics.arpa', 'metrics.asp', 'metrics.customerCount', 'metrics.customerChurnRate', 'metrics.mrrChurnRate', 'metrics.ltv'],
    before: '2022-01-01',
    keys: /^\$\.entries\[0\]\.percentage-change$/,
    reason:
      'Entries gained a percentage change after these 2016 recordings: metrics.all entries recorded with 2022 data carry ' +
      '<metric>-percentage-change, and chartmogul-python reads percentage-change on every entry of the single metrics.',
  },
  {
    operations: [...INVOICE_ANSWERS, 'transactions.import'],
    before: '2025-03-15',
    keys: /\.(customer_external_id|data_source_uuid|collection_method|status|disabled|disabled_at|disabled_by|user_created|invoice_uuid)$/,
    reason:
      "Fields of the invoice status and disabled-state operations (PUT .../invoices/{external_id}/status, PATCH .../disabled_state), " +
      'which the current reference documents and the operations table carries; no invoice was recorded after 2025-03-14.',
  },
  {
    operations: EVENT_ANSWERS,
    before: '2024-01-01',
    keys: /^\$(\.subscription_events\[0\])?\.(event_order|disabled|disabled_at|disabled_by)$/,
    reason:
      'Fields of the subscription events disabled-state operations and event ordering, documented in the current reference; ' +
      'the events were recorded in 2022 and 2023.',
  },
  {
    operations: ['contacts.create'],
    files: ['ChartMogul_Customer/API_Actions/creates_a_contact_belonging_to_the_customer_correctly.yml'],
    keys: /^\$\.external_id$/,
    reason:
      'The API answered POST /v1/contacts with external_id in three recordings of 2023-10-29 and without it in this one of ' +
      '2023-10-30; the mock keeps the majority.',
  },
  {
    operations: ['subscriptions.listImported'],
    files: ['ChartMogul_Subscription/API_Interactions/correctly_interracts_with_the_API.yml'],
    keys: /^\$\.subscriptions\[0\]\.subscription_set_external_id$/,
    reason:
      'Not a change: subscription_set_external_id is in an answer only when the subscription has one (recorded both ways, ' +
      'and so in the mock); this customer\'s subscriptions had one, the seeded ones do not.',
  },
];

export const notApplicable: ReadonlyArray<{ file: string; reason: string }> = [
  {
    file: 'ChartMogul_Ping/pings/and_fails_with_500_internal_server_error.yml',
    reason: "A server failure (text/plain '500 Internal Server Error'), not ping's answer; the mock plays failures through its faults.",
  },
  {
    file: 'ChartMogul_Ping/pings/and_fails_with_504_gateway_timeout_error.yml',
    reason: "A gateway timeout (text/plain '504 Gateway Timeout Error'), not ping's answer; the mock plays failures through its faults.",
  },
];

export function excused(exchange: Exchange, operation: string): (path: string) => boolean {
  const at = Date.parse(exchange.recordedAt);
  const applying = changes.filter(
    (c) =>
      c.operations.includes(operation) &&
      (c.before === undefined || at < Date.parse(c.before)) &&
      (c.files === undefined || c.files.includes(exchange.file)),
  );
  return (path) => applying.some((c) => c.keys.test(path));
}

export function notApplicableReason(exchange: Exchange): string | undefined {
  return notApplicable.find((n) => n.file === exchange.file)?.reason;
}
