/**
 * The fault matrix as data: each fault mode x each HTTP method, and what the client must do.
 * Runners read only this file for what to expect, so it imports nothing:
 * - Node, every case: fault-matrix.test.ts (core's pipeline, retry waits skipped);
 * - Deno and workerd, the cases marked `subset`: packages/deno/test/fault-matrix.test.ts and
 *   packages/cloudflare/test/fault-matrix.test.ts (the built packages, waits real).
 * All of them run a cell the same way (fault-matrix-calls.ts): a public client method per HTTP
 * method, against the mock's HTTP server, with maxRetries 2.
 *
 * `faults` are queued on the mock for successive attempts; after them it answers normally.
 */
export const METHODS = ['GET', 'PUT', 'DELETE', 'POST', 'PATCH'] as const;
export type Method = (typeof METHODS)[number];

export type ErrorName =
  | 'RateLimitError'
  | 'InternalServerError'
  | 'ConnectionError'
  | 'TimeoutError'
  | 'APIError'
  | 'NotFoundError'
  | 'UnprocessableEntityError'
  | 'ResponseTooLargeError'
  | 'PagingError';

export type Outcome = (
  | { readonly result: true; readonly attempts: number }
  | {
      readonly error: ErrorName;
      readonly attempts: number;
      readonly status?: number;
      /** For a ConnectionError: whether the client counts the request as possibly received. */
      readonly requestSent?: boolean;
    }
) & {
  /**
   * The POST or PATCH reached the API twice although the client sent it once: the runtime's own
   * fetch repeated it. Never true of the client; a case that expects it says which runtime and why.
   */
  readonly duplicateWrite?: true;
};

/** Where a runner runs: the outcomes are the same everywhere unless a case says otherwise (`on`). */
export type Runtime = 'node' | 'deno' | 'workerd';

/**
 * Where a call goes instead of the mock, for faults below HTTP (fault-matrix-mock.ts serves them):
 * `refused`: nothing listens on the port, no request leaves; `upgrade`: a server that answers every
 * request with `101 Switching Protocols`; `untrusted-tls`: HTTPS with a self-signed certificate
 * (test-only-tls/); `dns`: a host name that does not resolve (`.invalid`).
 */
export const NETWORK_FAULTS = ['refused', 'upgrade', 'untrusted-tls', 'dns'] as const;
export type NetworkFault = (typeof NETWORK_FAULTS)[number];

export interface FaultCase {
  readonly name: string;
  /** Fault specs of the mock (packages/mock/src/faults/fault.ts), one per attempt, in order. */
  readonly faults: readonly string[];
  /** A fault below HTTP: the call goes to that server instead of the mock (see NETWORK_FAULTS). */
  readonly network?: NetworkFault;
  /**
   * The client's per-attempt timeout for this case, in ms (default 5 000). On Node the runner fires
   * it when the mock has taken up a request it delays beyond it (a count, not a clock: see
   * fault-matrix.test.ts); on Deno and workerd it is real, so a case leaves the retry a wide margin.
   */
  readonly timeout?: number;
  /** The call's `maxResponseBytes` (default the client's, 32 MiB). */
  readonly maxResponseBytes?: number;
  readonly expect: Readonly<Record<Method, Outcome>>;
  /** Part of the smaller set that the Deno and workerd runners repeat: one case per kind of fault. */
  readonly subset?: boolean;
  /** A runtime's own outcomes where they differ, with the reason in a comment. */
  readonly on?: Partial<Record<Runtime, Partial<Record<Method, Outcome>>>>;
  /**
   * The call walks a list to its end (`customers.list(...).toArray()`) instead of the method's one
   * call; `faults` then answer the successive page requests. Only GET: a list is read.
   */
  readonly walk?: true;
}

/** The methods a case is run with: a walk is a GET. */
export function methodsOf(testCase: FaultCase): readonly Method[] {
  return testCase.walk ? ['GET'] : METHODS;
}

/** What `testCase` must give for `method` on `runtime`. */
export function expectedOutcome(testCase: FaultCase, method: Method, runtime: Runtime): Outcome {
  return testCase.on?.[runtime]?.[method] ?? testCase.expect[method];
}

const all = (outcome: Outcome): Record<Method, Outcome> => ({ GET: outcome, PUT: outcome, DELETE: outcome, POST: outcome, PATCH: outcome });

/** The rule for faults after which a write may have been applied: idempotent methods retry, writes stop at once. */
const idempotentOnly = (idempotent: Outcome, write: Outcome): Record<Method, Outcome> => ({
  GET: idempotent,
  PUT: idempotent,
  DELETE: idempotent,
  POST: write,
  PATCH: write,
});

const retriedOnceOk: Outcome = { result: true, attempts: 2 };

export const FAULT_MATRIX: readonly FaultCase[] = [
  { name: 'no fault', faults: [], expect: all({ result: true, attempts: 1 }), subset: true },

  // Refused before any work: every method retries.
  { name: '429 once', faults: ['429'], expect: all(retriedOnceOk), subset: true },
  { name: '429 with Retry-After in seconds', faults: ['429;retry-after=1'], expect: all(retriedOnceOk) },
  { name: '429 with Retry-After as a date', faults: ['429;retry-after-date=2'], expect: all(retriedOnceOk) },
  { name: '429 three times', faults: ['429', '429', '429'], expect: all({ error: 'RateLimitError', attempts: 3, status: 429 }) },
  {
    name: '429 with Retry-After beyond the cap',
    faults: ['429;retry-after=120'],
    expect: all({ error: 'RateLimitError', attempts: 1, status: 429 }),
  },
  { name: '503 with Retry-After (declined)', faults: ['503;retry-after=1'], expect: all(retriedOnceOk), subset: true },

  // May have been applied: only idempotent methods retry.
  ...[503, 500, 502, 504, 520, 524].map(
    (status): FaultCase => ({
      name: `${status} once${status === 503 ? ' (no Retry-After)' : ''}`,
      faults: [String(status)],
      expect: idempotentOnly(retriedOnceOk, { error: 'InternalServerError', attempts: 1, status }),
      subset: status === 500,
    }),
  ),
  // A Retry-After that cannot be read promises nothing: the 503 is a bare one, writes are not repeated.
  ...[
    ['empty', ''],
    ['garbled', 'soon'],
  ].map(
    ([what, text]): FaultCase => ({
      name: `503 with an ${what} Retry-After`,
      faults: [`503;retry-after-text=${text}`],
      expect: idempotentOnly(retriedOnceOk, { error: 'InternalServerError', attempts: 1, status: 503 }),
      subset: what === 'garbled',
    }),
  ),
  {
    name: '500 after applying the write',
    faults: ['500;applied'],
    expect: idempotentOnly(retriedOnceOk, { error: 'InternalServerError', attempts: 1, status: 500 }),
  },
  {
    // 1 MB of `<` without `>`: a quadratic tag-stripping regex blocked the process for minutes.
    name: 'HTML 502 page of a megabyte of < without >',
    faults: ['html-flood=1000000'],
    expect: idempotentOnly(retriedOnceOk, { error: 'InternalServerError', attempts: 1, status: 502 }),
    subset: true,
  },
  {
    name: '502 three times',
    faults: ['502', '502', '502'],
    expect: idempotentOnly({ error: 'InternalServerError', attempts: 3, status: 502 }, { error: 'InternalServerError', attempts: 1, status: 502 }),
  },
  {
    name: 'HTML 502 page from a gateway',
    faults: ['html=502'],
    expect: idempotentOnly(retriedOnceOk, { error: 'InternalServerError', attempts: 1, status: 502 }),
    subset: true,
  },
  {
    name: 'connection reset before the response',
    faults: ['reset-before-response'],
    expect: idempotentOnly(retriedOnceOk, { error: 'ConnectionError', attempts: 1, requestSent: true }),
    subset: true,
    on: {
      // Deno's fetch (hyper's pooled client) sends a request again, once and by itself, when a
      // reused keep-alive connection closes before any answer: the client sees one attempt,
      // answered. @chartmogul-kit/deno sends POST and PATCH over unpooled connections
      // (src/deno-fetch.ts), so only the idempotent methods are repeated that way.
      deno: idempotentOnly({ result: true, attempts: 1 }, { error: 'ConnectionError', attempts: 1, requestSent: true }),
    },
  },
  {
    name: 'connection reset before the response, after applying',
    faults: ['reset-before-response;applied'],
    expect: idempotentOnly(retriedOnceOk, { error: 'ConnectionError', attempts: 1, requestSent: true }),
    subset: true,
    on: {
      // The same repeat by Deno's fetch for the idempotent methods, where doing it twice is doing it
      // once; a write, on its own connection, fails as on Node and reaches the API only once.
      deno: idempotentOnly({ result: true, attempts: 1 }, { error: 'ConnectionError', attempts: 1, requestSent: true }),
    },
  },
  {
    name: 'connection reset during the body',
    faults: ['reset-during-body'],
    expect: idempotentOnly(retriedOnceOk, { error: 'ConnectionError', attempts: 1, requestSent: true }),
    subset: true,
  },
  {
    // Deno and workerd wait for real: the retry has the whole 2 s timeout to finish in, on a loaded
    // machine too. Node fires the timeout by count (see `timeout`), so there it cannot be late.
    name: 'latency beyond the timeout',
    faults: ['latency=10000'],
    timeout: 2_000,
    expect: idempotentOnly(retriedOnceOk, { error: 'TimeoutError', attempts: 1 }),
    subset: true,
  },
  {
    name: 'latency beyond the timeout, three times',
    faults: ['latency=10000', 'latency=10000', 'latency=10000'],
    timeout: 50,
    expect: idempotentOnly({ error: 'TimeoutError', attempts: 3 }, { error: 'TimeoutError', attempts: 1 }),
  },
  {
    name: 'slow body beyond the timeout',
    faults: ['slow-body=10000'],
    timeout: 2_000,
    expect: idempotentOnly(retriedOnceOk, { error: 'TimeoutError', attempts: 1 }),
    subset: true,
  },
  { name: 'latency within the timeout', faults: ['latency=20'], expect: all({ result: true, attempts: 1 }) },

  // Nothing sent: every method retries.
  {
    name: 'connection refused',
    faults: [],
    network: 'refused',
    expect: all({ error: 'ConnectionError', attempts: 3, requestSent: false }),
    subset: true,
    on: {
      // workerd reports a refused connection exactly as a dropped one ("Network connection lost."),
      // so the client cannot know that nothing was sent: writes are not repeated, reads are.
      workerd: idempotentOnly({ error: 'ConnectionError', attempts: 3, requestSent: true }, { error: 'ConnectionError', attempts: 1, requestSent: true }),
    },
  },

  {
    name: 'DNS failure',
    faults: [],
    network: 'dns',
    expect: all({ error: 'ConnectionError', attempts: 3, requestSent: false }),
  },
  {
    // A certificate will not fix itself: nothing was sent, and nothing is sent again.
    name: 'TLS certificate not trusted (self-signed)',
    faults: [],
    network: 'untrusted-tls',
    expect: all({ error: 'ConnectionError', attempts: 1, requestSent: false }),
    subset: true,
    on: {
      // workerd says only "internal error; reference = ..." (the cause goes to its log): the client
      // cannot tell a refused certificate from a dropped connection, as with a refused one.
      workerd: idempotentOnly({ error: 'ConnectionError', attempts: 3, requestSent: true }, { error: 'ConnectionError', attempts: 1, requestSent: true }),
    },
  },
  {
    // No HTTP answer will come over a connection that switched protocols; the request did arrive.
    name: 'upgrade (101 Switching Protocols)',
    faults: [],
    network: 'upgrade',
    expect: idempotentOnly({ error: 'ConnectionError', attempts: 3, requestSent: true }, { error: 'ConnectionError', attempts: 1, requestSent: true }),
    subset: true,
  },

  // Too large: the download stops at maxResponseBytes, the same answer would come again.
  {
    name: 'huge body',
    faults: ['huge-body=3000000'],
    maxResponseBytes: 1_048_576,
    expect: { ...all({ error: 'ResponseTooLargeError', attempts: 1, status: 200 }), POST: { error: 'ResponseTooLargeError', attempts: 1, status: 201 } },
    subset: true,
  },
  {
    // Some kilobytes of gzip on the wire that inflate to 8 MB: counted decoded.
    name: 'gzip bomb',
    faults: ['gzip-bomb=8000000'],
    maxResponseBytes: 1_048_576,
    expect: { ...all({ error: 'ResponseTooLargeError', attempts: 1, status: 200 }), POST: { error: 'ResponseTooLargeError', attempts: 1, status: 201 } },
    subset: true,
  },

  // Not transient: never retried.
  {
    // The status is the normal answer's: the body is what is wrong.
    name: 'malformed JSON body',
    faults: ['malformed-json'],
    expect: { ...all({ error: 'APIError', attempts: 1, status: 200 }), POST: { error: 'APIError', attempts: 1, status: 201 } },
    subset: true,
  },
  { name: '404', faults: ['404'], expect: all({ error: 'NotFoundError', attempts: 1, status: 404 }) },
  { name: '422', faults: ['422'], expect: all({ error: 'UnprocessableEntityError', attempts: 1, status: 422 }) },
  { name: '501', faults: ['501'], expect: all({ error: 'InternalServerError', attempts: 1, status: 501 }) },

  // Pages that never end, or are no pages: the walk stops with a PagingError after a bounded
  // number of requests (the attempts here). Each fault is one page's body.
  ...pagingCases(),
];

/** A page of customers as the mock's `body=` fault sends it. */
function page(entries: number, hasMore: unknown, cursor: unknown): string {
  const items = Array.from({ length: entries }, (_, i) => ({ uuid: `cus_matrix_${i}` }));
  return `body=${JSON.stringify({ entries: items, has_more: hasMore, cursor })}`;
}

function pagingCases(): FaultCase[] {
  const walk = (name: string, faults: string[], outcome: Outcome, subset?: true): FaultCase => ({
    name,
    faults,
    walk: true,
    expect: all(outcome),
    ...(subset ? { subset } : {}),
  });
  const stopped = (attempts: number): Outcome => ({ error: 'PagingError', attempts });
  return [
    walk('paging: the same cursor again', [page(1, true, 'A'), page(1, true, 'A')], stopped(2), true),
    walk('paging: a cycle of cursors A, B, A', [page(1, true, 'A'), page(1, true, 'B'), page(1, true, 'A')], stopped(3), true),
    walk('paging: empty pages that say has_more: true', [1, 2, 3, 4, 5].map((n) => page(0, true, `c${n}`)), stopped(4), true),
    walk('paging: three empty pages, then the items', [page(0, true, 'c1'), page(0, true, 'c2'), page(0, true, 'c3'), page(2, false, null)], {
      result: true,
      attempts: 4,
    }),
    walk('paging: has_more "false" (a string)', [page(1, 'false', 'A')], stopped(1), true),
    walk('paging: has_more true without a cursor', [page(1, true, null)], stopped(1)),
    ...['null', '"entries"', '42', 'true', '', '{"has_more":false}'].map((text) =>
      walk(`paging: a page body of ${text === '' ? 'nothing' : text}`, [`body=${text}`], stopped(1), text === 'null' ? true : undefined),
    ),
  ];
}
