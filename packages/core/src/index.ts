/**
 * The public API of chartmogul-kit. Runtime packages re-export all of it: install the one for your runtime.
 * @module @chartmogul-kit/core
 */
export { ChartMogulClient } from './client/client.js';
export type { ClientMethods, NoParams, OperationMethod, PathArgs } from './client/client-types.js';
export type { Route, RouteOptions } from './client/route.js';
export type { ClientOptions, RequestOptions, RuntimeDefaults } from './config/options.js';
export { DEFAULT_BASE_URL, isLoopbackHost } from './config/base-url.js';
export { DEFAULT_MAX_RETRIES, DEFAULT_RETRY_BUDGET_MS, DEFAULT_TIMEOUT_MS } from './config/resolve-config.js';
export { DEFAULT_LOG_LEVEL, type Logger, type LogLevel } from './logging/logger.js';
export { redactHeaders } from './logging/redact.js';
export {
  BACKOFF_BASE_MS,
  BACKOFF_MAX_MS,
  RETRY_AFTER_CAP_MS,
  RETRYABLE_STATUSES,
  isIdempotent,
} from './pipeline/retry-policy.js';
export { basicAuthorization } from './auth/basic-auth.js';
export * from './errors/index.js';
export { isOperation, type OperationId, operations, operationTree, type OperationTree } from './operations/index.js';
export { operationSummaries } from './operations/summaries.js';
export {
  defineOperation,
  type HttpMethod,
  type Operation,
  type OperationSpec,
  type ParamsOf,
  type ResultOf,
} from './operations/operation.js';
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
export { buildRequest, type BuildContext, type BuiltRequest } from './request/build-request.js';
export { pathParamNames } from './request/path.js';
export type { FetchPage, Page, PageBody } from './paging/page.js';
export { PagePromise } from './paging/page-promise.js';
export { createFetchTransport } from './transport/fetch-transport.js';
export { toTransportFailure } from './transport/failure-code.js';
export { TransportFailure, type TransportFailureOptions, type Transport, type TransportRequest, type TransportResponse } from './transport/transport.js';
