import { brand } from '../brand/brand.js';
import { parseRetryAfter } from '../pipeline/retry-after.js';
import { APIError, type APIErrorInit } from './api-error.js';

/** 400: the request did not match the API's schema. */
export class BadRequestError extends APIError {
  static {
    brand(this, 'BadRequestError');
  }
}
/** 401: the API key is missing or wrong. */
export class AuthenticationError extends APIError {
  static {
    brand(this, 'AuthenticationError');
  }
}
/** 403: the key may not do this (or the account's trial has ended). */
export class PermissionDeniedError extends APIError {
  static {
    brand(this, 'PermissionDeniedError');
  }
}
/** 404: no such resource. */
export class NotFoundError extends APIError {
  static {
    brand(this, 'NotFoundError');
  }
}
/** 409: the request conflicts with the resource's current state. */
export class ConflictError extends APIError {
  static {
    brand(this, 'ConflictError');
  }
}
/** 422: the resource is invalid, e.g. a duplicate `external_id` or a missing required field. */
export class UnprocessableEntityError extends APIError {
  static {
    brand(this, 'UnprocessableEntityError');
  }
}
/** 429: over the rate limit (ChartMogul allows 40 requests per second per account). */
export class RateLimitError extends APIError {
  static {
    brand(this, 'RateLimitError');
  }
  /** How long ChartMogul asked to wait (its `Retry-After`, in ms), when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(init: APIErrorInit) {
    super(init);
    this.retryAfterMs = parseRetryAfter(init.headers.get('retry-after'), Date.now());
  }
}
/** 5xx: ChartMogul (or something in front of it) failed. */
export class InternalServerError extends APIError {
  static {
    brand(this, 'InternalServerError');
  }
}

/** The official libraries' names, kept so that code migrating from them still reads. */
export {
  BadRequestError as SchemaInvalidError,
  PermissionDeniedError as ForbiddenError,
  UnprocessableEntityError as ResourceInvalidError,
};

type APIErrorClass = typeof APIError;

const byStatus: Record<number, APIErrorClass> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The error class for a status: one per family, `APIError` for the rest. */
export function apiErrorClassFor(status: number): APIErrorClass {
  return byStatus[status] ?? (status >= 500 ? InternalServerError : APIError);
}
