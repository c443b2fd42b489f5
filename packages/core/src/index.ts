/**
 * The public API of chartmogul-kit. Runtime packages re-export all of it: install the one for your runtime.
 * @module @chartmogul-kit/core
 */
export type { ChartMogulClient } from './client/client.js';
export type * from './client/client-methods.js';
export type { Route, RouteOptions } from './client/route.js';
export type { APIPromise, ResponseInfo, WithResponse } from './pipeline/api-promise.js';
export type { ClientOptions, DerivedOptions, RateLimitOptions, RequestOptions } from './config/options.js';
export type { Admission, AdmissionRequest, LimiterStore } from './scheduler/limiter-store.js';
export { createRedisLimiterStore, type RedisClientLike, type RedisLimiterStoreOptions } from './scheduler/stores/redis-store.js';
export type { SchedulerLimits } from './scheduler/scheduler.js';
export type { FailureHookEvent, HookEvent, Hooks, ResponseHookEvent, RetryHookEvent } from './pipeline/hooks.js';
export { DEFAULT_BASE_URL } from './config/base-url.js';
export { DEFAULT_LOG_LEVEL, type Logger, type LogLevel } from './logging/logger.js';
export * from './errors/index.js';
export { type OperationId, operations, operationTree } from './operations/index.js';
export { operationSummaries } from './operations/summaries.js';
export type { HttpMethod, OperationSpec, ParamsOf, ResultOf } from './operations/operation.js';
export type { PingResult } from './operations/ping.js';
export type * from './types/common.js';
export type * from './types/account.js';
export type * from './types/data-sources.js';
export type * from './types/customers.js';
export type * from './types/customer-attributes.js';
export type * from './types/customer-metrics.js';
export type * from './types/contacts.js';
export type * from './types/customer-notes.js';
export type * from './types/opportunities.js';
export type * from './types/tasks.js';
export type * from './types/import-api.js';
export type * from './types/plans.js';
export type * from './types/plan-groups.js';
export type * from './types/invoices.js';
export type * from './types/line-items.js';
export type * from './types/transactions.js';
export type * from './types/subscriptions.js';
export type * from './types/subscription-events.js';
export type * from './types/metrics.js';
export type * from './types/activities.js';
export type * from './types/activities-exports.js';
export type * from './types/json-imports.js';
export type {
  BulkImportJournal,
  BulkImportOptions,
  BulkImportProgress,
  BulkImportSummary,
  BulkJournalEntry,
  BulkPollInterval,
  BulkRecord,
  BulkRecordType,
  FailedRecord,
} from './bulk/types.js';
export { bulkImport, type BulkImportClient } from './bulk/bulk-import.js';
export { memoryJournal } from './bulk/memory-journal.js';
export type { Page, PageBody } from './paging/page.js';
export type { Transport, TransportRequest, TransportResponse } from './transport/transport.js';
export type { PagePromise } from './paging/page-promise.js';
