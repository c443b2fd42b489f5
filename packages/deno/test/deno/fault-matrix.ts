/// <reference lib="deno.ns" />
// Run by Deno (`deno run`, started by test/fault-matrix.test.ts): the subset of the fault matrix
// through the built package, against the mock's HTTP server in the Node test. The key and the
// mock's URL come from CHARTMOGUL_API_KEY / CHARTMOGUL_API_BASE, as for any Deno user; the URLs of
// the faults below HTTP (refused port, 101 server, untrusted TLS, unresolvable name) are the one
// argument, as JSON. Prints one JSON line per cell: { case, method, observation }.
import { ChartMogul, ChartMogulError, denoFetch } from '../../dist/index.js';
import { FAULT_MATRIX, methodsOf } from '../../../core/test/reliability/fault-matrix.ts';
import { type CellRunner, invokeThroughClient, runCell } from '../../../core/test/reliability/fault-matrix-calls.ts';

const networkURLs = JSON.parse(Deno.args[0]!) as CellRunner['networkURLs'];
const setup = new ChartMogul();
const runner: CellRunner = {
  mockURL: setup.baseURL,
  networkURLs,
  setup,
  invoke: invokeThroughClient((options) => new ChartMogul(options), denoFetch),
  isTyped: (error) => error instanceof ChartMogulError,
};

for (const testCase of FAULT_MATRIX.filter((c) => c.subset)) {
  for (const method of methodsOf(testCase)) {
    const observation = await runCell(runner, testCase, method);
    console.log(JSON.stringify({ case: testCase.name, method, observation }));
  }
}
