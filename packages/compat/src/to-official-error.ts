import { APIError, ConfigurationError as KitConfigurationError, InvalidParameterError } from '@chartmogul-kit/core';
import {
  ChartMogulError,
  configurationError,
  ForbiddenError,
  NotFoundError,
  ResourceInvalidError,
  SchemaInvalidError,
} from './errors.js';
import { rawBodyOf } from './raw-body.js';
import { statusText } from './status-text.js';

/** What superagent's error carried as `response`, the part chartmogul-node users read. */
export interface ErrorResponse {
  status: number;
  statusCode: number;
  ok: false;
  /** The body exactly as received. */
  text: string;
  /** The parsed JSON body, or `{}` when it was not JSON (as superagent gave it). */
  body: unknown;
  /** Lower-case header names. */
  headers: Record<string, string>;
  header: Record<string, string>;
}

const captureStack = (Error as { captureStackTrace?: (target: object) => void }).captureStackTrace;

/**
 * The error a chartmogul-node user catches for a failure of the kit's pipeline: an HTTP error
 * becomes the official class for its status (400 `SchemaInvalidError`, 401/403 `ForbiddenError`,
 * 404 `NotFoundError`, 422 `ResourceInvalidError`, any other `ChartMogulError`) with superagent's
 * `message` (the reason phrase), `status` and `response`; bad input becomes a `ConfigurationError`.
 * Network failures, timeouts and aborts stay the kit's `ConnectionError`, `TimeoutError` and
 * `UserAbortError`, which carry `code` as superagent's errors did. The kit's error is the `cause`.
 */
export function toOfficialError(error: unknown, resourceName: string): unknown {
  if (error instanceof APIError) return fromApiError(error, resourceName);
  if (error instanceof KitConfigurationError || error instanceof InvalidParameterError) {
    return configurationError(error.message, error);
  }
  return error;
}

function fromApiError(error: APIError, resourceName: string): ChartMogulError {
  const { status } = error;
  const text =
    rawBodyOf(error.headers) ?? (typeof error.body === 'string' ? error.body : JSON.stringify(error.body ?? ''));
  const body = typeof error.body === 'string' || error.body === undefined ? {} : error.body;
  const headers = Object.fromEntries(error.headers);
  const response: ErrorResponse = { status, statusCode: status, ok: false, text, body, headers, header: headers };
  const official = officialError(status, resourceName, body);
  official.message = statusText(status);
  official.status = status;
  official.response = response;
  Object.defineProperties(official, {
    body: { value: body, enumerable: false, configurable: true, writable: true },
    requestId: { value: error.requestId, enumerable: false, configurable: true, writable: true },
    cause: { value: error, enumerable: false, configurable: true, writable: true },
  });
  // The stack header shows the message it was captured with: capture it again now that it is final.
  captureStack?.(official);
  return official;
}

function officialError(status: number, name: string, body: unknown): ChartMogulError {
  switch (status) {
    case 400:
      return new SchemaInvalidError("JSON schema validation hasn't passed.", status, body);
    case 401:
    case 403:
      return new ForbiddenError('The requested action is forbidden.', status, body);
    case 404:
      return new NotFoundError(`The requested ${name} could not be found.`, status, body);
    case 422:
      return new ResourceInvalidError(`The ${name} could not be created or updated.`, status, body);
    default:
      return new ChartMogulError(`${name} request error has occurred.`, status, body);
  }
}
