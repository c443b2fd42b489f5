/**
 * What the local ChartMogul can do wrong, one request at a time. Written as a short spec string
 * (in the `x-mock-fault` header, `faults.next(...)` or the control endpoint) or as an object:
 *
 * | spec                                | what the client sees                                              |
 * |-------------------------------------|-------------------------------------------------------------------|
 * | `503`, `500`, `429`, any 4xx/5xx    | that status with ChartMogul's JSON error body (not applied)        |
 * | `429;retry-after=2`                 | ... with `Retry-After: 2` (seconds)                                |
 * | `429;retry-after-date=2`            | ... with `Retry-After` as the HTTP date 2 s from now               |
 * | `503;retry-after-text=soon`         | ... with `Retry-After: soon`, any text (`retry-after-text=`: empty) |
 * | `500;applied`                       | the request is applied (a record created), then answered with 500 |
 * | `latency=200`                       | the normal answer, 200 ms late                                     |
 * | `reset-before-response`             | the connection dropped before any answer (`;applied`: after work) |
 * | `reset-during-body`                 | the normal status and headers, half the body, then a dropped line |
 * | `malformed-json`                    | the normal status, the body cut in half (not valid JSON)           |
 * | `html`, `html=503`                  | a gateway's HTML error page, status 502 (or the one given)         |
 * | `html-flood=BYTES`                  | a 502 HTML page of BYTES `<` without `>` (quadratic for a regex)    |
 * | `body=TEXT`                         | 200 with TEXT as its JSON body (`body=`: empty), the API not asked: |
 * |                                     | pages that never end or are no pages; TEXT holds no `;`           |
 * | `slow-body=300`                     | the normal answer, its body trickling in over 300 ms               |
 * | `huge-body=BYTES`                   | the normal answer padded to BYTES (valid JSON), streamed           |
 * | `gzip-bomb=BYTES`                   | the same, gzip-compressed when the client accepts gzip: a few KB   |
 * |                                     | on the wire that inflate to BYTES                                  |
 *
 * Every number is at most 2^31-1 (a timer's limit): a larger delay would fire at once.
 */
export type Fault =
  | {
      readonly kind: 'status';
      readonly status: number;
      readonly retryAfter?: number;
      readonly retryAfterDate?: boolean;
      /** A `Retry-After` sent as it is, readable or not: how a hostile or broken server says it. */
      readonly retryAfterText?: string;
      readonly applied?: boolean;
    }
  | { readonly kind: 'latency'; readonly ms: number }
  | { readonly kind: 'reset-before-response'; readonly applied?: boolean }
  | { readonly kind: 'reset-during-body' }
  | { readonly kind: 'malformed-json' }
  | { readonly kind: 'html'; readonly status: number }
  | { readonly kind: 'html-flood'; readonly bytes: number }
  | { readonly kind: 'body'; readonly text: string }
  | { readonly kind: 'slow-body'; readonly ms: number }
  | { readonly kind: 'huge-body' | 'gzip-bomb'; readonly bytes: number };

/** The largest number a fault takes: `setTimeout` overflows past it and fires after ~1 ms. */
export const MAX_FAULT_NUMBER = 2 ** 31 - 1;

export type FaultSpec = string | Fault;

/** The request header that switches a fault on for that one request (every attempt that carries it). */
export const FAULT_HEADER = 'x-mock-fault';

export function parseFault(spec: FaultSpec): Fault {
  if (typeof spec !== 'string') return spec;
  const [head = '', ...options] = spec.split(';').map((part) => part.trim());
  // Split at the first `=` only: a body's text may hold more.
  const equals = head.indexOf('=');
  const name = (equals === -1 ? head : head.slice(0, equals)).trim();
  const value = equals === -1 ? undefined : head.slice(equals + 1).trim();
  const params = new Map<string, string | undefined>(
    options.map((option) => {
      const [key = '', val] = option.split('=').map((part) => part.trim());
      return [key, val];
    }),
  );
  const number = (text: string | undefined, what: string): number => {
    const n = Number(text);
    if (text === undefined || text === '' || !Number.isFinite(n) || n < 0 || n > MAX_FAULT_NUMBER) {
      throw new Error(`Mock fault "${spec}": ${what} must be a number from 0 to ${MAX_FAULT_NUMBER}.`);
    }
    return n;
  };
  if (/^[1-5]\d\d$/.test(name)) {
    const retryAfter = params.get('retry-after') ?? params.get('retry-after-date');
    return {
      kind: 'status',
      status: Number(name),
      ...(retryAfter !== undefined ? { retryAfter: number(retryAfter, 'retry-after') } : {}),
      ...(params.has('retry-after-date') ? { retryAfterDate: true } : {}),
      ...(params.has('retry-after-text') ? { retryAfterText: params.get('retry-after-text') ?? '' } : {}),
      ...(params.has('applied') ? { applied: true } : {}),
    };
  }
  switch (name) {
    case 'latency':
      return { kind: 'latency', ms: number(value, 'latency') };
    case 'slow-body':
      return { kind: 'slow-body', ms: number(value, 'slow-body') };
    case 'reset-before-response':
      return { kind: 'reset-before-response', ...(params.has('applied') ? { applied: true } : {}) };
    case 'reset-during-body':
      return { kind: 'reset-during-body' };
    case 'malformed-json':
      return { kind: 'malformed-json' };
    case 'html':
      return { kind: 'html', status: value === undefined ? 502 : number(value, 'html') };
    case 'huge-body':
    case 'gzip-bomb':
    case 'html-flood':
      return { kind: name, bytes: number(value, name) };
    case 'body':
      return { kind: 'body', text: value ?? '' };
  }
  throw new Error(
    `Unknown mock fault "${spec}". Use a status (503, 429;retry-after=2), latency=MS, slow-body=MS, ` +
      'reset-before-response, reset-during-body, malformed-json, html[=STATUS], html-flood=BYTES, body=TEXT, huge-body=BYTES or gzip-bomb=BYTES.',
  );
}

/** The fault's spec string: the key of the injection statistics. */
export function formatFault(fault: Fault): string {
  switch (fault.kind) {
    case 'status': {
      const retry = fault.retryAfter === undefined ? '' : `;${fault.retryAfterDate ? 'retry-after-date' : 'retry-after'}=${fault.retryAfter}`;
      const text = fault.retryAfterText === undefined ? '' : `;retry-after-text=${fault.retryAfterText}`;
      return `${fault.status}${retry}${text}${fault.applied ? ';applied' : ''}`;
    }
    case 'latency':
    case 'slow-body':
      return `${fault.kind}=${fault.ms}`;
    case 'html':
      return `html=${fault.status}`;
    case 'huge-body':
    case 'gzip-bomb':
    case 'html-flood':
      return `${fault.kind}=${fault.bytes}`;
    case 'body':
      return `body=${fault.text}`;
    case 'reset-before-response':
      return `reset-before-response${fault.applied ? ';applied' : ''}`;
    default:
      return fault.kind;
  }
}
