// `pnpm bench`: every benchmark against the local ChartMogul (in its own process), side by side
// with the official chartmogul-node, printed as one table. Figures, not tests.
//   pnpm bench [names...] [--only bulk,cpu,bundle,startup,paging,bulk-import] [--quick] [--json]
//              [--records 2000] [--official-records 200] [--calls 2000] [--rounds 3]
//              [--startup-runs 21] [--customers 100000]
//              [--shared-records 2000] [--scenarios processes,workers,redis,store,...] [--store-timeout 250]
//              [--import-customers 100000] [--per-record-customers 2000] [--stream-records 1000000] [--processing-rate 5000] [--customers-per-import 500]
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { bulk } from './benchmarks/bulk.mjs';
import { bulkImport } from './benchmarks/bulk-import.mjs';
import { bundle } from './benchmarks/bundle.mjs';
import { cpu } from './benchmarks/cpu.mjs';
import { paging } from './benchmarks/paging.mjs';
import { shared } from './benchmarks/shared.mjs';
import { startup } from './benchmarks/startup.mjs';
import { report } from './report.mjs';

const ALL = ['bulk', 'cpu', 'bundle', 'startup', 'paging', 'shared', 'bulk-import'];
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    records: { type: 'string' },
    'official-records': { type: 'string' },
    calls: { type: 'string' },
    rounds: { type: 'string' },
    'startup-runs': { type: 'string' },
    customers: { type: 'string' },
    'shared-records': { type: 'string' },
    scenarios: { type: 'string' },
    'store-timeout': { type: 'string' },
    'import-customers': { type: 'string' },
    'per-record-customers': { type: 'string' },
    'stream-records': { type: 'string' },
    'processing-rate': { type: 'string' },
    'customers-per-import': { type: 'string' },
  },
});
const number = (name, full, quick) => Number(values[name] ?? (values.quick ? quick : full));
const settings = {
  records: number('records', 2_000, 200),
  // One at a time at 150 ms the official library needs ~5 min for 2,000; its rate is steady, so a
  // tenth of the records measures it.
  officialRecords: number('official-records', 200, 20),
  calls: number('calls', 2_000, 300),
  warmup: values.quick ? 100 : 300,
  rounds: number('rounds', 3, 1),
  startupRuns: number('startup-runs', 21, 5),
  customers: number('customers', 100_000, 10_000),
  // In all, shared by the 8 processes or Workers of a scenario.
  sharedRecords: number('shared-records', 2_000, 400),
  scenarioWords: values.scenarios?.split(',').map((word) => word.trim()),
  storeTimeout: values['store-timeout'] ? Number(values['store-timeout']) : undefined,
  importCustomers: number('import-customers', 100_000, 10_000),
  perRecordCustomers: number('per-record-customers', 2_000, 200),
  streamRecords: number('stream-records', 1_000_000, 100_000),
  // Records a second the mock works through bulk imports (one at a time per account): the ceiling.
  processingRate: number('processing-rate', 5_000, 5_000),
  // bulkImport's default; the number of imports, and so of status requests, goes with its inverse.
  customersPerImport: number('customers-per-import', 500, 500),
};
// `pnpm bench bulk-import paging` or `pnpm bench --only bulk-import,paging`.
const named = [...positionals, ...(values.only ? values.only.split(',') : [])].map((name) => name.trim()).filter(Boolean);
const selected = named.length > 0 ? named : ALL;
const unknown = selected.filter((name) => !ALL.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Choose from ${ALL.join(', ')}.`);
  process.exit(2);
}

const runners = {
  bulk: () => bulk(settings),
  cpu: () => cpu(settings),
  bundle: () => bundle(),
  startup: () => startup({ runs: settings.startupRuns }),
  paging: () => paging(settings),
  shared: () => shared(settings),
  'bulk-import': () => bulkImport(settings),
};
const machine = {
  node: process.version,
  cpu: `${cpus()[0]?.model ?? 'unknown CPU'} x ${cpus().length}`,
  loadBefore: loadavg().map((n) => n.toFixed(2)),
};
const started = performance.now();
const results = {};
for (const name of selected) {
  const benchStarted = performance.now();
  process.stderr.write(`running ${name}...`);
  results[name] = await runners[name]();
  process.stderr.write(` ${((performance.now() - benchStarted) / 1000).toFixed(0)} s\n`);
}
machine.loadAfter = loadavg().map((n) => n.toFixed(2));
machine.seconds = Math.round((performance.now() - started) / 1000);
console.log(report(results, settings, machine));
if (values.json) console.log(JSON.stringify({ machine, settings, results }, null, 2));
