// A load run, not a test: 10,000 requests at concurrency 20 against the mock's HTTP server with 5 %
// random faults. Checks that every request ends in a result or a typed error, that nothing is left
// unhandled, and prints heap use at the start, middle and end.
//
//   pnpm --filter @chartmogul-kit/core build && pnpm --filter @chartmogul-kit/mock build
//   node --expose-gc packages/core/scripts/load-run.mjs [--requests 10000] [--concurrency 20] [--rate 0.05] [--seed 1]
import { parseArgs } from 'node:util';
import { DEFAULT_RANDOM_FAULTS, FaultController } from '@chartmogul-kit/mock';
import { startMockServer } from '@chartmogul-kit/mock/server';
import { ChartMogulClient, ChartMogulError } from '../dist/index.js';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '20' },
    rate: { type: 'string', default: '0.05' },
    seed: { type: 'string', default: '1' },
  },
});
const total = Number(values.requests);
const concurrency = Number(values.concurrency);
const rate = Number(values.rate);

let unhandled = 0;
process.on('unhandledRejection', () => unhandled++);
process.on('uncaughtException', () => unhandled++);

const KEY = 'load-run-key-0123456789abcdef';
// The transient faults, plus two that are final (a body that is not JSON) so typed errors show up too.
const modes = [...DEFAULT_RANDOM_FAULTS, 'malformed-json', 'slow-body=50'];
const faults = new FaultController({ rate, seed: Number(values.seed), modes });
const server = await startMockServer({ apiKeys: [KEY], faults });

// The logger counts what the pipeline did: every attempt and every retry is an info line.
const counts = { attempts: 0, retries: 0, retryDelayMs: 0 };
const logger = {
  debug() {},
  info(_message, data) {
    if (data && 'delayMs' in data) {
      counts.retries++;
      counts.retryDelayMs += data.delayMs;
    } else counts.attempts++;
  },
  warn() {},
  error() {},
};
const client = new ChartMogulClient(
  // The run's own workers set the concurrency; the client's limits (40/s) would make it a test of patience.
  { apiKey: KEY, baseURL: server.url, timeout: 2_000, logger, logLevel: 'info', rateLimit: false },
  { readEnv: () => undefined, apiKeyHint: '' },
);

const gc = globalThis.gc ?? (() => {});
const heapMB = () => {
  gc();
  return +(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1);
};

// Warm up (JIT, connection pool), then measure from a settled heap.
for (let i = 0; i < 200; i++) await client.ping().catch(() => {});
faults.clear();
Object.assign(counts, { attempts: 0, retries: 0, retryDelayMs: 0 });
const heap = { start: heapMB(), middle: 0, end: 0, every10Percent: [] };

const outcomes = { results: 0, wrongResults: 0, typedErrors: {}, untypedErrors: 0, pending: 0 };
let next = 0;
let settled = 0;
const started = performance.now();
async function worker() {
  while (next < total) {
    next++;
    try {
      const result = await client.ping();
      if (result?.data === 'pong!') outcomes.results++;
      else outcomes.wrongResults++;
    } catch (error) {
      if (error instanceof ChartMogulError) outcomes.typedErrors[error.name] = (outcomes.typedErrors[error.name] ?? 0) + 1;
      else outcomes.untypedErrors++;
    }
    settled++;
    if (settled === Math.floor(total / 2)) heap.middle = heapMB();
    if (settled % Math.max(1, Math.floor(total / 10)) === 0) heap.every10Percent.push(heapMB());
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = (performance.now() - started) / 1000;
heap.end = heapMB();
outcomes.pending = total - settled;

await server.close();
await new Promise((resolve) => setTimeout(resolve, 50));
const timersLeft = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

const report = {
  requests: total,
  concurrency,
  faultRate: rate,
  seconds: +seconds.toFixed(1),
  requestsPerSecond: Math.round(total / seconds),
  outcomes,
  pipeline: { attempts: counts.attempts, retries: counts.retries, meanRetryDelayMs: Math.round(counts.retryDelayMs / (counts.retries || 1)) },
  mock: faults.stats,
  heapUsedMB: heap,
  unhandledRejections: unhandled,
  timersLeftAfterClose: timersLeft,
  gcExposed: globalThis.gc !== undefined,
};
console.log(JSON.stringify(report, null, 2));

const ok =
  outcomes.results + Object.values(outcomes.typedErrors).reduce((a, b) => a + b, 0) === total &&
  outcomes.untypedErrors === 0 &&
  outcomes.wrongResults === 0 &&
  unhandled === 0;
if (!ok) {
  console.error('Load run FAILED: some request did not end in a result or a typed error.');
  process.exit(1);
}
