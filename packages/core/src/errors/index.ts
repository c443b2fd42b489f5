export { ChartMogulError } from './chartmogul-error.js';
export { ConfigurationError } from './configuration-error.js';
export { InvalidParameterError } from './invalid-parameter-error.js';
export { ConnectionError, type ConnectionErrorOptions, TimeoutError, UserAbortError } from './connection-error.js';
export { APIError, type APIErrorInit } from './api-error.js';
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ForbiddenError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResourceInvalidError,
  SchemaInvalidError,
  UnprocessableEntityError,
  apiErrorClassFor,
} from './status-errors.js';
export { ResponseTooLargeError, type ResponseTooLargeInit } from './response-too-large-error.js';
export { PagingError, type PagingErrorInit, type PagingFault } from './paging-error.js';
