/**
 * What chartmogul-kit's own packages (the runtime packages, the command line, the mock) need of
 * core's inside. **Not covered by semver**: anything here may change in any release. Programs
 * that use the client import the runtime package for their runtime instead.
 * @module @chartmogul-kit/core/internal
 */
export { ChartMogulClient } from './client/client.js';
export type { ClientMethods, NoParams, OperationMethod, PathArgs } from './client/client-types.js';
export type { RuntimeDefaults } from './config/options.js';
export { checkProxy, proxyOrigin, type TransportOptions } from './config/proxy.js';
export { isLoopbackHost } from './config/base-url.js';
export { DEFAULT_MAX_RETRIES, DEFAULT_RETRY_BUDGET_MS, DEFAULT_TIMEOUT_MS } from './config/resolve-config.js';
export { DEFAULT_MAX_RESPONSE_BYTES } from './errors/response-too-large-error.js';
export { redactHeaders } from './logging/redact.js';
export {
  BACKOFF_BASE_MS,
  BACKOFF_MAX_MS,
  RETRY_AFTER_CAP_MS,
  RETRYABLE_STATUSES,
  isIdempotent,
} from './pipeline/retry-policy.js';
export { basicAuthorization } from './auth/basic-auth.js';
/** Brands a runtime package's `ChartMogul` class so `instanceof` holds across copies. */
export { brand } from './brand/brand.js';
export { isOperation, type OperationTree } from './operations/index.js';
export { operationParamNames } from './operations/param-names.js';
export { createParamCheck, unknownParamMessage, closestName, type ParamCheck } from './params/param-check.js';
export { defineOperation, type Operation, type OperationSpec } from './operations/operation.js';
export { buildRequest, type BuildContext, type BuiltRequest } from './request/build-request.js';
export { pathParamNames } from './request/path.js';
export type { FetchPage } from './paging/page.js';
export { PagePromise } from './paging/page-promise.js';
/** The rate window's pacing, reused where a shared limiter (a Durable Object) keeps an account's starts. */
export { RatePacer } from './scheduler/rate-pacer.js';
export { createFetchTransport } from './transport/fetch-transport.js';
export { toTransportFailure } from './transport/failure-code.js';
export { readBody, type StreamedResponse } from './transport/read-body.js';
export { TransportFailure, type TransportFailureOptions, type Transport, type TransportRequest, type TransportResponse } from './transport/transport.js';
