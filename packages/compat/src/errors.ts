/**
 * chartmogul-node's error classes, same names, constructor `(message, httpStatus, response)` and
 * properties. The official library defines them but, since it moved to superagent, rejects HTTP
 * errors with superagent's plain `Error`; here they are really raised (see `api-errors.ts`), and
 * still carry superagent's `status` and `response` so code written against 3.12.3 keeps working.
 *
 * Each constructor captures the stack itself, after setting `name`, as the official classes do:
 * the first frame is the class's own constructor, the next the caller.
 */
const captureStack = (Error as { captureStackTrace?: (target: object) => void }).captureStackTrace;

export class ChartMogulError extends Error {
  /** The response body the official constructor was given (an API error's parsed body, here). */
  response: unknown;
  httpStatus: number | undefined;
  /** The HTTP status, as superagent's error carried it. */
  declare status?: number;

  constructor(message?: string, httpStatus?: number, response?: unknown) {
    super(`${message} ${JSON.stringify(response)}`);
    this.name = 'ChartMogulError';
    this.response = response;
    this.httpStatus = httpStatus;
    captureStack?.(this);
  }
}

export class ConfigurationError extends ChartMogulError {
  constructor(message?: string, httpStatus?: number, response?: unknown) {
    super(message, httpStatus, response);
    this.name = 'ConfigurationError';
    captureStack?.(this);
  }
}

export class ForbiddenError extends ChartMogulError {
  constructor(message?: string, httpStatus?: number, response?: unknown) {
    super(message, httpStatus, response);
    this.name = 'ForbiddenError';
    captureStack?.(this);
  }
}

export class NotFoundError extends ChartMogulError {
  constructor(message?: string, httpStatus?: number, response?: unknown) {
    super(message, httpStatus, response);
    this.name = 'NotFoundError';
    captureStack?.(this);
  }
}

export class ResourceInvalidError extends ChartMogulError {
  constructor(message?: string, httpStatus?: number, response?: unknown) {
    super(message, httpStatus, response);
    this.name = 'ResourceInvalidError';
    captureStack?.(this);
  }
}

export class SchemaInvalidError extends ChartMogulError {
  constructor(message?: string, httpStatus?: number, response?: unknown) {
    super(message, httpStatus, response);
    this.name = 'SchemaInvalidError';
    captureStack?.(this);
  }
}

export class DeprecatedParamError extends ChartMogulError {
  constructor(message?: string, httpStatus?: number, response?: unknown) {
    super(message, httpStatus, response);
    this.name = 'DeprecatedParamError';
    captureStack?.(this);
  }
}

/**
 * A `ConfigurationError` for bad input found here, before anything is sent. The official
 * constructor appends `JSON.stringify(response)` ("... undefined") to the message; these read clean.
 */
export function configurationError(message: string, cause?: unknown): ConfigurationError {
  const error = new ConfigurationError(message);
  error.message = message;
  if (cause !== undefined)
    Object.defineProperty(error, 'cause', { value: cause, enumerable: false, configurable: true, writable: true });
  captureStack?.(error);
  return error;
}
