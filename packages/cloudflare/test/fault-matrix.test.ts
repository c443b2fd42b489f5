// The subset of the fault matrix (packages/core/test/reliability/fault-matrix.ts) in workerd
// (miniflare 3): a Worker bundled from the built package runs each cell on request, with real
// retry waits, against the mock's HTTP server started here; each cell is checked as on Node.
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedOutcome, FAULT_MATRIX, methodsOf } from '../../core/test/reliability/fault-matrix.js';
import { callIdOf, type Observation } from '../../core/test/reliability/fault-matrix-calls.js';
import { type MatrixMock, startMatrixMock } from '../../core/test/reliability/fault-matrix-mock.js';
import { expectedReport, outcomeLabel, reportOf } from '../../core/test/reliability/fault-matrix-report.js';
import { bundleWorker } from './workerd/bundle-worker.js';

const KEY = 'workerd-matrix-key-9d04c7';
let mock: MatrixMock;
let miniflare: Miniflare;
let started = 0;

beforeAll(async () => {
  started = performance.now();
  mock = await startMatrixMock(KEY);
  const script = await bundleWorker('fault-matrix-worker.mjs');
  miniflare = new Miniflare({
    modules: true,
    script,
    compatibilityDate: '2025-07-18',
    bindings: {
      CHARTMOGUL_API_KEY: KEY,
      CHARTMOGUL_API_BASE: mock.url,
      NETWORK_URLS: JSON.stringify(mock.networkURLs),
    },
  });
  await miniflare.ready;
}, 60_000);

afterAll(async () => {
  await miniflare?.dispose();
  await mock?.close();
  console.info(`workerd fault matrix: ${Math.round(performance.now() - started)} ms in all`);
});

async function observe(caseName: string, method: string): Promise<Observation> {
  const response = await miniflare.dispatchFetch(
    `http://matrix.test/?${new URLSearchParams({ case: caseName, method })}`,
  );
  const text = await response.text();
  if (!response.ok) throw new Error(`The Worker failed: ${response.status} ${text}`);
  return JSON.parse(text) as Observation;
}

describe('fault matrix (workerd, built @chartmogul-kit/cloudflare, mock HTTP server)', () => {
  for (const testCase of FAULT_MATRIX.filter((c) => c.subset)) {
    describe(testCase.name, () => {
      for (const method of methodsOf(testCase)) {
        const outcome = expectedOutcome(testCase, method, 'workerd');
        it(`${method}: ${outcomeLabel(outcome)}`, async () => {
          const observation = await observe(testCase.name, method);
          const expected = expectedReport(outcome, method, observation);
          const applied = mock.applied(callIdOf(testCase, method));
          expect(reportOf(observation, method, { expected, applied, apiKey: KEY })).toEqual(expected);
        });
      }
    });
  }
});
