// The subset of the fault matrix (packages/core/test/reliability/fault-matrix.ts) on Deno: one
// `deno run` of test/deno/fault-matrix.ts with the built package and real retry waits, against the
// mock's HTTP server started here, with no permissions but the mock's and the refused port's
// addresses and the two variables. Each cell is then checked against the matrix as on Node.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedOutcome, FAULT_MATRIX, methodsOf } from '../../core/test/reliability/fault-matrix.js';
import { callIdOf, type Observation } from '../../core/test/reliability/fault-matrix-calls.js';
import { type MatrixMock, startMatrixMock } from '../../core/test/reliability/fault-matrix-mock.js';
import { expectedReport, outcomeLabel, reportOf } from '../../core/test/reliability/fault-matrix-report.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const deno = fileURLToPath(new URL('../node_modules/.bin/deno', import.meta.url));
const KEY = 'deno-matrix-key-2b7e91';
const subset = FAULT_MATRIX.filter((testCase) => testCase.subset);
let mock: MatrixMock;
const observations = new Map<string, Observation>();
let run: { code: number; stderr: string; ms: number };

beforeAll(async () => {
  mock = await startMatrixMock(KEY);
  const hosts = [mock.url, ...Object.values(mock.networkURLs)].map((url) => new URL(url).host);
  const args = [
    'run',
    `--allow-net=${hosts.join(',')}`,
    '--allow-env=CHARTMOGUL_API_KEY,CHARTMOGUL_API_BASE',
    'test/deno/fault-matrix.ts',
    JSON.stringify(mock.networkURLs),
  ];
  const env = {
    ...process.env,
    CHARTMOGUL_API_KEY: KEY,
    CHARTMOGUL_API_BASE: mock.url,
    DENO_NO_UPDATE_CHECK: '1',
    NO_COLOR: '1',
  };
  const started = performance.now();
  run = await new Promise((resolve) => {
    execFile(deno, args, { cwd: packageDir, env, timeout: 300_000 }, (error, stdout, stderr) => {
      for (const line of stdout.split('\n').filter((l) => l.startsWith('{'))) {
        const {
          case: name,
          method,
          observation,
        } = JSON.parse(line) as { case: string; method: string; observation: Observation };
        observations.set(`${name} ${method}`, observation);
      }
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stderr, ms: performance.now() - started });
    });
  });
  console.info(`deno fault matrix: ${observations.size} cells in ${Math.round(run.ms)} ms`);
}, 330_000);
afterAll(() => mock?.close());

it('deno ran every cell of the subset and exited cleanly', () => {
  expect(run.code, run.stderr).toBe(0);
  expect(observations.size).toBe(subset.reduce((cells, testCase) => cells + methodsOf(testCase).length, 0));
});

describe('fault matrix (Deno, built @chartmogul-kit/deno, mock HTTP server)', () => {
  for (const testCase of subset) {
    describe(testCase.name, () => {
      for (const method of methodsOf(testCase)) {
        const outcome = expectedOutcome(testCase, method, 'deno');
        it(`${method}: ${outcomeLabel(outcome)}`, () => {
          const observation = observations.get(`${testCase.name} ${method}`);
          expect(observation, `no outcome from deno; its stderr: ${run.stderr}`).toBeDefined();
          const expected = expectedReport(outcome, method, observation!);
          const applied = mock.applied(callIdOf(testCase, method));
          expect(reportOf(observation!, method, { expected, applied, apiKey: KEY })).toEqual(expected);
        });
      }
    });
  }
});
