// Runs the whole fault matrix (fault-matrix.ts) from Node against the mock's real HTTP server. Each
// call is built from the public method's own operation row and sent through core's pipeline with
// the default fetch transport, as the client does, except that the waits between retries are
// skipped (140 cells with real backoff would take minutes), and each attempt's timeout fires on a
// count rather than a clock: once the mock has taken up a request it was told to hold past the
// timeout (its fault queue shrank), never for any other. So a loaded machine can neither time out
// a retry that should succeed nor let a slow attempt through. The Deno and workerd runners
// (packages/deno, packages/cloudflare) repeat the subset through the built packages, with real time.
// The whole matrix runs twice: over the fetch transport and over the ofetch transport
// (src/ofetch), so the transport that wraps an application's $fetch meets every fault too. A
// `walk` case (pages that never end) walks customers.list through a client on the same transport.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChartMogulError, NotFoundError, operations, TimeoutError } from '../../src/index.js';
import { basicAuthorization, ChartMogulClient } from '../../src/internal.js';
import { MAX_TIMER_MS } from '../../src/config/ranges.js';
import { execute } from '../../src/pipeline/execute.js';
import { buildRequest } from '../../src/request/build-request.js';
import { ofetch } from 'ofetch';
import { createOfetchTransport } from '../../src/ofetch/index.js';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import type { Transport } from '../../src/transport/transport.js';
import { instantTiming } from '../support/scripted.js';
import { expectedOutcome, FAULT_MATRIX, methodsOf } from './fault-matrix.js';
import { callIdOf, type CellRunner, type Invoke, runCell, settle } from './fault-matrix-calls.js';
import { type MatrixMock, startMatrixMock } from './fault-matrix-mock.js';
import { expectedReport, outcomeLabel, reportOf } from './fault-matrix-report.js';

const KEY = 'matrix-key-5f3a9c';
let mock: MatrixMock;
let setup: ChartMogulClient;

/** The transports the matrix runs over: core's default, and the one over an application's ofetch instance. */
const TRANSPORTS: Record<string, () => Transport> = {
  fetch: () => createFetchTransport(fetch),
  ofetch: () => createOfetchTransport(ofetch),
};

/** A walk through a list: the client's own paging over the transport, its attempts counted. */
const walkThroughClient =
  (makeTransport: () => Transport): Invoke =>
  async (call) => {
    let attempts = 0;
    const inner = makeTransport();
    const transport: Transport = (r) => {
      attempts++;
      return inner(r);
    };
    const client = new ChartMogulClient({ apiKey: KEY, baseURL: call.baseURL, transport, logLevel: 'off' }, { readEnv: () => undefined, apiKeyHint: '' });
    try {
      const value = await settle(client.customers.list(call.params as never, call.options), call);
      return { attempts, settled: { value } };
    } catch (error) {
      return { attempts, settled: { error } };
    }
  };

/** The client's request path, minus its sleeps: the operation row, buildRequest, execute. */
const invokeThroughPipeline = (makeTransport: () => Transport): Invoke => async (call) => {
  if (call.walk) return walkThroughClient(makeTransport)(call);
  const operation = operations.find((row) => row.id === call.operation);
  if (!operation) throw new Error(`No operation ${call.operation}`);
  const request = buildRequest(operation, call.pathValues, call.params, {
    baseURL: call.baseURL,
    authorization: basicAuthorization(KEY),
    headers: call.options.headers,
  });
  const inner = makeTransport();
  let attempts = 0;
  // The attempt's timeout, fired by count: when the mock has taken up a request it was told to hold
  // beyond the timeout. The pipeline's own timer is set out of reach, so it never decides.
  const transport: Transport = (r) => {
    const attempt = attempts++;
    if (!heldBeyond(call.faults[attempt], call.options.timeout)) return inner(r);
    const held = new AbortController();
    const sent = inner({ ...r, signal: held.signal });
    sent.catch(() => {});
    return untilTakenUp(call.baseURL, call.faults.length - attempt - 1).then(() => {
      const timeout = new TimeoutError(`${r.method} timed out after ${call.options.timeout} ms (the matrix's count-based timer).`);
      held.abort(timeout);
      throw timeout;
    });
  };
  const { timing } = instantTiming({ now: Date.now() });
  const { maxRetries, retryBudget, maxResponseBytes } = call.options;
  try {
    const { data: value } = await execute(request, { transport, timeout: MAX_TIMER_MS, maxRetries, retryBudget, maxResponseBytes, timing });
    return { attempts, settled: { value } };
  } catch (error) {
    return { attempts, settled: { error } };
  }
};

/** Whether the mock fault delays the answer (or its body) beyond `timeoutMs`. */
function heldBeyond(fault: string | undefined, timeoutMs: number): boolean {
  const delay = /^(?:latency|slow-body)=(\d+)/.exec(fault ?? '')?.[1];
  return delay !== undefined && Number(delay) > timeoutMs;
}

/** Resolves once the mock's fault queue is down to `queued`: the attempt's request has arrived and is being held. */
async function untilTakenUp(mockURL: string, queued: number): Promise<void> {
  for (;;) {
    const state = (await (await fetch(new URL('/__mock/faults', mockURL))).json()) as { queued: number };
    if (state.queued <= queued) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

beforeAll(async () => {
  mock = await startMatrixMock(KEY);
  setup = new ChartMogulClient({ apiKey: KEY, baseURL: mock.url }, { readEnv: () => undefined, apiKeyHint: '' });
});
afterAll(() => mock.close());

describe.each(Object.entries(TRANSPORTS))('fault matrix (Node, %s transport, mock HTTP server)', (_, makeTransport) => {
  const runner = (): CellRunner => ({
    mockURL: mock.url,
    networkURLs: mock.networkURLs,
    setup,
    invoke: invokeThroughPipeline(makeTransport),
    isTyped: (error) => error instanceof ChartMogulError,
  });
  for (const testCase of FAULT_MATRIX) {
    describe(testCase.name, () => {
      for (const method of methodsOf(testCase)) {
        const outcome = expectedOutcome(testCase, method, 'node');
        it(`${method}: ${outcomeLabel(outcome)}`, async () => {
          // The two transports' cells share names: what the API did is counted from this cell's start.
          const before = mock.applied(callIdOf(testCase, method));
          const observation = await runCell(runner(), testCase, method);
          const expected = expectedReport(outcome, method, observation);
          const applied = mock.applied(callIdOf(testCase, method)) - before;
          expect(reportOf(observation, method, { expected, applied, apiKey: KEY })).toEqual(expected);
        });
      }
    });
  }
});

describe('a DELETE retried after ChartMogul applied it', () => {
  it('answers 404: customers.delete, 500 after deleting, then the retry finds nothing', async () => {
    const client = setup;
    const dataSource = await client.dataSources.create({ name: 'Fault matrix delete' });
    const customer = await client.customers.create({ data_source_uuid: dataSource.uuid, external_id: 'delete-applied', name: 'Gone' });
    await fetch(new URL('/__mock/faults', mock.url), { method: 'POST', body: JSON.stringify({ clear: true, next: ['500;applied'] }) });
    let attempts = 0;
    const counting = new ChartMogulClient(
      { apiKey: KEY, baseURL: mock.url, fetch: (input, init) => {
        attempts++;
        return fetch(input, init);
      } },
      { readEnv: () => undefined, apiKeyHint: '' },
    );
    const error = await counting.customers.delete(customer.uuid).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(attempts).toBe(2);
    expect(await client.customers.retrieve(customer.uuid).catch((e: unknown) => e)).toBeInstanceOf(NotFoundError);
  });
});
