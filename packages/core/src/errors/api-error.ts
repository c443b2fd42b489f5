import { brand } from '../brand/brand.js';
import { ChartMogulError } from './chartmogul-error.js';
import { describeBody, excerpt, isHtml } from './describe-body.js';

export interface APIErrorInit {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or the raw text when the body was not JSON. */
  body: unknown;
  method: string;
  /** The request's path (no origin, no query: queries can hold e-mail addresses). */
  path: string;
  /** Set when a 2xx answer could not be read as JSON: `body` is then the raw text. */
  invalidBody?: boolean;
  /** What the caller can do about it; the last sentence of the message. */
  hint?: string;
}

/** ChartMogul answered with a status outside 2xx, or with a 2xx body that is not JSON. */
export class APIError extends ChartMogulError {
  static {
    brand(this, 'APIError');
  }
  declare readonly status: number;
  declare readonly headers: Headers;
  declare readonly body: unknown;
  declare readonly requestId: string | undefined;
  declare readonly method: string;
  declare readonly path: string;

  constructor(init: APIErrorInit) {
    super(messageFor(init));
    const { status, headers, body, method, path } = init;
    Object.assign(this, { status, headers, body, requestId: headers.get('x-request-id') ?? undefined, method, path });
  }
}

function messageFor(init: APIErrorInit): string {
  const what = `${init.method} ${init.path}`;
  let message: string;
  if (init.invalidBody) {
    const text = typeof init.body === 'string' ? init.body : '';
    const detail = isHtml(text) ? describeBody(text) : `"${excerpt(text)}"`;
    message = `ChartMogul answered ${init.status} to ${what} with a body that is not JSON: ${detail}.`;
  } else {
    const detail = describeBody(init.body);
    message = `ChartMogul answered ${init.status} to ${what}${detail ? `: ${detail.replace(/\.$/, '')}` : ''}.`;
  }
  return init.hint ? `${message} ${init.hint}` : message;
}
