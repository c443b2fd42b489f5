import { ChartMogulError } from './chartmogul-error.js';
import { excerpt as shorten } from './describe-body.js';

/** The default of `maxResponseBytes`: 32 MiB, far above the API's largest page, far below what would exhaust a program's memory. */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

export interface ResponseTooLargeInit {
  readonly method: string;
  /** The request's URL; only its path is kept (queries can hold e-mail addresses). */
  readonly url: string;
  readonly status: number;
  /** The limit that was passed, in bytes. */
  readonly maxResponseBytes: number;
  /** The first bytes of the body, decoded: all that is kept of it. */
  readonly excerpt: string;
}

/**
 * The answer's body grew past `maxResponseBytes` (counted as it arrived, after decompression): the
 * request was aborted and the body dropped, keeping a short excerpt. Never retried: the same
 * request would get the same answer.
 */
export class ResponseTooLargeError extends ChartMogulError {
  override name = 'ResponseTooLargeError';
  /** The answer's status. */
  declare readonly status: number;
  /** The limit that was passed, in bytes. */
  declare readonly maxResponseBytes: number;
  /** At most 200 characters from the start of the body: all that is kept of it. */
  declare readonly excerpt: string;

  constructor(init: ResponseTooLargeInit) {
    super(
      `${init.method} ${new URL(init.url).pathname}: the answer (${init.status}) is over maxResponseBytes (${init.maxResponseBytes}).${
        init.method === 'POST' || init.method === 'PATCH' ? ' The write was probably applied.' : ''
      }`,
    );
    Object.assign(this, { status: init.status, maxResponseBytes: init.maxResponseBytes, excerpt: shorten(init.excerpt) });
  }
}
