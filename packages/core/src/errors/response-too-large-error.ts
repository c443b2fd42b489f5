import { ChartMogulError } from './chartmogul-error.js';
import { excerpt as shorten } from './describe-body.js';

/** The default of `maxResponseBytes`: 32 MiB, far above the API's largest page, far below what hurts a process. */
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
  readonly status: number;
  readonly method: string;
  readonly path: string;
  readonly maxResponseBytes: number;
  /** At most 200 characters from the start of the body. */
  readonly excerpt: string;

  constructor(init: ResponseTooLargeInit) {
    const path = new URL(init.url).pathname;
    const write = init.method === 'POST' || init.method === 'PATCH';
    super(
      `ChartMogul's answer to ${init.method} ${path} (${init.status}) is larger than maxResponseBytes ` +
        `(${init.maxResponseBytes} bytes), so it was not read. ${
          write
            ? 'The write was answered, so it was probably applied: look it up rather than sending it again.'
            : 'Ask for less (a smaller per_page), raise maxResponseBytes, or check baseURL and any proxy.'
        }`,
    );
    this.status = init.status;
    this.method = init.method;
    this.path = path;
    this.maxResponseBytes = init.maxResponseBytes;
    this.excerpt = shorten(init.excerpt);
  }
}
