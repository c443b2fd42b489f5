// The fault matrix (packages/core/test/reliability/fault-matrix.ts) through the client's public
// methods on Node's default transport (keep-alive node:http, no fetch), with real retry waits,
// against the mock's HTTP server. The attempts are counted by the client's own hooks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedOutcome, FAULT_MATRIX, methodsOf } from '../../core/test/reliability/fault-matrix.js';
import {
  type CellRunner,
  callIdOf,
  type Invoke,
  runCell,
  settle,
} from '../../core/test/reliability/fault-matrix-calls.js';
import { type MatrixMock, startMatrixMock } from '../../core/test/reliability/fault-matrix-mock.js';
import { expectedReport, outcomeLabel, reportOf } from '../../core/test/reliability/fault-matrix-report.js';
import { ChartMogul, ChartMogulError } from '../src/index.js';

const KEY = 'node-matrix-key-5c21d0';
let mock: MatrixMock;
let runner: CellRunner;

/** Calls the public method on a fresh client with the default transport; its hooks count the attempts. */
const invoke: Invoke = async (call) => {
  let attempts = 0;
  const cm = new ChartMogul({
    apiKey: KEY,
    baseURL: call.baseURL,
    logLevel: 'off',
    hooks: { onRequest: () => void attempts++ },
  });
  let target: unknown = cm;
  for (const name of call.operation.split('.')) target = (target as Record<string, unknown>)[name];
  const method = target as (...args: unknown[]) => Promise<unknown>;
  const params = call.params === undefined ? [] : [call.params];
  try {
    const value = await settle(method(...call.pathValues, ...params, call.options), call);
    return { attempts, settled: { value } };
  } catch (error) {
    return { attempts, settled: { error } };
  }
};

beforeAll(async () => {
  mock = await startMatrixMock(KEY);
  runner = {
    mockURL: mock.url,
    networkURLs: mock.networkURLs,
    setup: new ChartMogul({ apiKey: KEY, baseURL: mock.url, logLevel: 'off' }) as unknown as CellRunner['setup'],
    invoke,
    isTyped: (error) => error instanceof ChartMogulError,
  };
});
afterAll(() => mock?.close());

describe('fault matrix (Node, the client methods over node:http, mock HTTP server)', () => {
  for (const testCase of FAULT_MATRIX) {
    describe(testCase.name, () => {
      for (const method of methodsOf(testCase)) {
        const outcome = expectedOutcome(testCase, method, 'node');
        it(`${method}: ${outcomeLabel(outcome)}`, { timeout: 30_000 }, async () => {
          const observation = await runCell(runner, testCase, method);
          const expected = expectedReport(outcome, method, observation);
          const applied = mock.applied(callIdOf(testCase, method));
          expect(reportOf(observation, method, { expected, applied, apiKey: KEY })).toEqual(expected);
        });
      }
    });
  }
});
