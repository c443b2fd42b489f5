import { ChartMogulError } from './chartmogul-error.js';

export interface APIErrorInit {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or the raw text when the body was not JSON. */
  body: unknown;
  method: string;
  /** The request's path (no origin, no query: queries can hold e-mail addresses). */
  path: string;
}

/** ChartMogul answered with a status outside 2xx. */
export class APIError extends ChartMogulError {
  override name = 'APIError';
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
  readonly requestId: string | undefined;
  readonly method: string;
  readonly path: string;

  constructor(init: APIErrorInit) {
    const detail = describeBody(init.body);
    super(`ChartMogul answered ${init.status} to ${init.method} ${init.path}${detail ? `: ${detail}` : ''}`);
    this.status = init.status;
    this.headers = init.headers;
    this.body = init.body;
    this.method = init.method;
    this.path = init.path;
    this.requestId = init.headers.get('x-request-id') ?? undefined;
  }
}

const EXCERPT_LENGTH = 200;

/** ChartMogul's error bodies come as `{message}`, `{error}`, `{errors: {field: text}}` or plain text. */
function describeBody(body: unknown): string {
  if (typeof body === 'string') {
    const text = body.replace(/\s+/g, ' ').trim();
    return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
  }
  if (body === null || typeof body !== 'object') return '';
  const record = body as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of ['message', 'error'] as const) {
    if (typeof record[key] === 'string') parts.push(record[key]);
  }
  const errors = record['errors'];
  if (errors && typeof errors === 'object') {
    for (const [field, text] of Object.entries(errors)) parts.push(`${field}: ${String(text)}`);
  } else if (typeof errors === 'string') {
    parts.push(errors);
  }
  return parts.join('; ');
}
