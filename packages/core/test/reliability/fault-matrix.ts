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
  | 'UnprocessableEntityError';

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

export interface FaultCase {
  readonly name: string;
  /** Fault specs of the mock (packages/mock/src/faults/fault.ts), one per attempt, in order. */
  readonly faults: readonly string[];
  /** `refused`: nothing listens on the port, no request leaves. */
  readonly network?: 'refused';
  /** The client's per-attempt timeout for this case, in ms (default 5 000). */
  readonly timeout?: number;
  readonly expect: Readonly<Record<Method, Outcome>>;
  /** Part of the smaller set that the Deno and workerd runners repeat: one case per kind of fault. */
  readonly subset?: boolean;
  /** A runtime's own outcomes where they differ, with the reason in a comment. */
  readonly on?: Partial<Record<Runtime, Partial<Record<Method, Outcome>>>>;
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
  {
    name: '500 after applying the write',
    faults: ['500;applied'],
    expect: idempotentOnly(retriedOnceOk, { error: 'InternalServerError', attempts: 1, status: 500 }),
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
    // The retry must finish inside the timeout on a loaded machine, in Deno and workerd too (a new
    // connection, real waits): keep the margin generous.
    name: 'latency beyond the timeout',
    faults: ['latency=3000'],
    timeout: 1_000,
    expect: idempotentOnly(retriedOnceOk, { error: 'TimeoutError', attempts: 1 }),
    subset: true,
  },
  {
    name: 'latency beyond the timeout, three times',
    faults: ['latency=500', 'latency=500', 'latency=500'],
    timeout: 50,
    expect: idempotentOnly({ error: 'TimeoutError', attempts: 3 }, { error: 'TimeoutError', attempts: 1 }),
  },
  {
    name: 'slow body beyond the timeout',
    faults: ['slow-body=3000'],
    timeout: 1_000,
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
];
