// A load run and soak, not a test: requests at a fixed concurrency against the mock's HTTP server,
// through both transports (core's fetch transport and @chartmogul-kit/node's node:http one, every
// other call), with random faults (the mock's transient ones, malformed and slow bodies, huge
// bodies and gzip bombs past maxResponseBytes), random aborts by the caller, and calls sent to a
// server that answers 101 Switching Protocols or to HTTPS with an untrusted certificate. Checks
// that every call settles with a result or a typed error (the run stops, listing the calls still
// running, if none settles for five minutes), that nothing goes unhandled and no listener warning is printed, and reports
// heap, RSS and open handles at every tenth, and what is left once the servers are closed.
//
//   pnpm --filter @chartmogul-kit/core build && pnpm --filter @chartmogul-kit/node build && pnpm --filter @chartmogul-kit/mock build
//   node --expose-gc packages/core/scripts/load-run.mjs [--requests 10000] [--concurrency 20] [--rate 0.05]
//     [--aborts 0.02] [--hostile 0.01] [--seed 1] [--quiet]
//
// Exits 1 when a call did not settle, settled untyped, or something went unhandled.
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer } from 'node:net';
import { parseArgs } from 'node:util';
import { DEFAULT_RANDOM_FAULTS, FaultController, seededRandom } from '@chartmogul-kit/mock';
import { startMockServer } from '@chartmogul-kit/mock/server';
import { ChartMogulError } from '../dist/index.js';
import { ChartMogulClient } from '../dist/internal.js';
// The Node package is core's own runtime adapter: loaded by path, as core does not depend on it.
import { ChartMogul as NodeChartMogul } from '../../node/dist/index.js';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '20' },
    rate: { type: 'string', default: '0.05' },
    aborts: { type: 'string', default: '0.02' },
    hostile: { type: 'string', default: '0.01' },
    seed: { type: 'string', default: '1' },
    quiet: { type: 'boolean', default: false },
  },
});
const total = Number(values.requests);
const concurrency = Number(values.concurrency);
const rate = Number(values.rate);
const abortRate = Number(values.aborts);
const hostileRate = Number(values.hostile);
const random = seededRandom(Number(values.seed) + 1);

let unhandled = 0;
const unhandledSamples = [];
const warnings = [];
const onUnhandled = (error) => {
  unhandled++;
  if (unhandledSamples.length < 5) unhandledSamples.push(String(error?.stack ?? error).slice(0, 500));
};
process.on('unhandledRejection', onUnhandled);
process.on('uncaughtException', onUnhandled);
process.on('warning', (warning) => warnings.push(warning.name));

const KEY = 'load-run-key-0123456789abcdef';
/** Bodies past this are refused; the huge bodies and gzip bombs below are well past it. */
const MAX_RESPONSE_BYTES = 256 * 1024;
// The transient faults, two that are final (a body that is not JSON), and two too large to read.
const modes = [...DEFAULT_RANDOM_FAULTS, 'malformed-json', 'slow-body=50', 'huge-body=300000', 'gzip-bomb=2000000'];
const faults = new FaultController({ rate, seed: Number(values.seed), modes });
const server = await startMockServer({ apiKeys: [KEY], faults });
const hostile = await startHostileServers();

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
// The run's own workers set the concurrency; the scheduler still holds every slot, so a slot
// never given back would show as calls that never start. No rate per second: that would make it
// a test of patience.
const options = {
  apiKey: KEY,
  timeout: 2_000,
  maxResponseBytes: MAX_RESPONSE_BYTES,
  logger,
  logLevel: 'info',
  rateLimit: { maxConcurrency: concurrency, maxRequestsPerSecond: Number.POSITIVE_INFINITY },
};
/** Each call's fetches by its `x-load-call` header, with how far each got: what a slow call waited for. */
const fetchesByCall = new Map();
const trackedFetch = (input, init) => {
  const id = init?.headers?.['x-load-call'];
  const entry = { started: Math.round(performance.now()), state: 'awaiting headers', abortedAfterMs: undefined };
  if (id !== undefined) fetchesByCall.set(id, [...(fetchesByCall.get(id) ?? []), entry]);
  init?.signal?.addEventListener('abort', () => (entry.abortedAfterMs = Math.round(performance.now() - entry.started)), { once: true });
  return fetch(input, init).then(
    (response) => {
      entry.state = `headers ${response.status}, body being read`;
      return response;
    },
    (error) => {
      entry.state = `rejected (${error?.name})`;
      throw error;
    },
  );
};
const viaFetch = (baseURL) => new ChartMogulClient({ ...options, baseURL, fetch: trackedFetch }, { readEnv: () => undefined, apiKeyHint: '' });
const viaHttp = (baseURL) => new NodeChartMogul({ ...options, baseURL });
const clients = {
  fetch: { mock: viaFetch(server.url), upgrade: viaFetch(hostile.upgradeURL), tls: viaFetch(hostile.tlsURL) },
  http: { mock: viaHttp(server.url), upgrade: viaHttp(hostile.upgradeURL), tls: viaHttp(hostile.tlsURL) },
};

const gc = globalThis.gc ?? (() => {});
const MB = (bytes) => +(bytes / 2 ** 20).toFixed(1);
const handles = () => {
  const byType = {};
  for (const type of process.getActiveResourcesInfo()) byType[type] = (byType[type] ?? 0) + 1;
  return byType;
};
const sample = () => {
  gc();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapMB: MB(heapUsed), rssMB: MB(rss), handles: handles() };
};

// Warm up (JIT, connection pools), then measure from a settled heap.
for (let i = 0; i < 200; i++) await clients[i % 2 ? 'http' : 'fetch'].mock.ping().catch(() => {});
faults.clear();
Object.assign(counts, { attempts: 0, retries: 0, retryDelayMs: 0 });
const samples = { start: sample(), everyTenth: [] };

const outcomes = { results: 0, wrongResults: 0, typedErrors: {}, untypedErrors: 0, slowerThanOneMinute: 0 };
const sent = { fetch: 0, http: 0, upgrade: 0, tls: 0, aborted: 0 };
let next = 0;
let settled = 0;
const started = performance.now();

/** Calls that resolved with something else than the answer, and what they were. */
const wrongResults = [];
/** Calls still running after a minute: what they were, to find why. */
const slowCalls = [];

/** One call: mostly a ping to the mock, sometimes to a hostile server; sometimes aborted by its caller. */
function oneCall(index, describe) {
  const transport = index % 2 ? 'http' : 'fetch';
  sent[transport]++;
  const roll = random();
  const target = roll < hostileRate ? 'upgrade' : roll < 2 * hostileRate ? 'tls' : 'mock';
  if (target !== 'mock') sent[target]++;
  const client = clients[transport][target];
  const aborted = random() < abortRate;
  describe({ transport, target, aborted });
  const headers = { 'x-load-call': String(index) };
  if (!aborted) return client.ping({ headers });
  sent.aborted++;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.floor(random() * 30));
  return client.ping({ headers, signal: controller.signal }).finally(() => clearTimeout(timer));
}

async function worker() {
  while (next < total) {
    const index = next++;
    let call;
    // Not a time limit on the call (a loaded machine is slow, not wrong): calls still running after
    // a minute are listed, with how far their fetches got, and the call is still awaited.
    const watchdog = setTimeout(() => {
      outcomes.slowerThanOneMinute++;
      if (slowCalls.length < 10) slowCalls.push({ ...call, fetches: fetchesByCall.get(String(index)) });
    }, 60_000);
    try {
      const result = await oneCall(index, (d) => (call = d));
      if (result?.data === 'pong!') outcomes.results++;
      else {
        outcomes.wrongResults++;
        if (wrongResults.length < 10) wrongResults.push({ ...call, result: JSON.stringify(result)?.slice(0, 200) ?? String(result) });
      }
    } catch (error) {
      if (error instanceof ChartMogulError) outcomes.typedErrors[error.name] = (outcomes.typedErrors[error.name] ?? 0) + 1;
      else outcomes.untypedErrors++;
    } finally {
      clearTimeout(watchdog);
      fetchesByCall.delete(String(index));
    }
    settled++;
    if (settled % Math.max(1, Math.floor(total / 10)) === 0) samples.everyTenth.push(sample());
  }
}
// A call that never settles would hold its worker for ever: when no call at all has settled for
// five minutes, the run stops and says which calls were still running.
let lastSettled = -1;
const stallCheck = setInterval(() => {
  if (settled !== lastSettled) {
    lastSettled = settled;
    return;
  }
  console.log(JSON.stringify({ stalled: true, settled, total, slowCalls, outcomes }));
  process.exit(1);
}, 300_000);
stallCheck.unref();
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = (performance.now() - started) / 1000;
samples.end = sample();

await server.close();
await hostile.close();
// Idle keep-alive sockets close with the servers; let their events run.
await new Promise((resolve) => setTimeout(resolve, 200));
const left = handles();

const typed = Object.values(outcomes.typedErrors).reduce((a, b) => a + b, 0);
const report = {
  node: process.version,
  requests: total,
  concurrency,
  faultRate: rate,
  abortRate,
  hostileRate,
  seconds: +seconds.toFixed(1),
  requestsPerSecond: Math.round(total / seconds),
  sent,
  outcomes,
  slowCalls,
  wrongResults,
  pipeline: { attempts: counts.attempts, retries: counts.retries, meanRetryDelayMs: Math.round(counts.retryDelayMs / (counts.retries || 1)) },
  mock: faults.stats,
  memory: {
    start: { heapMB: samples.start.heapMB, rssMB: samples.start.rssMB },
    everyTenth: samples.everyTenth.map(({ heapMB, rssMB }) => ({ heapMB, rssMB })),
    end: { heapMB: samples.end.heapMB, rssMB: samples.end.rssMB },
  },
  handles: { start: samples.start.handles, everyTenth: samples.everyTenth.map((s) => s.handles), leftAfterClose: left },
  warnings,
  unhandled,
  unhandledSamples,
  gcExposed: globalThis.gc !== undefined,
};
console.log(JSON.stringify(report, null, values.quiet ? undefined : 2));

const ok =
  outcomes.results + typed === total &&
  outcomes.untypedErrors === 0 &&
  outcomes.wrongResults === 0 &&
  unhandled === 0 &&
  !warnings.includes('MaxListenersExceededWarning');
if (!ok) {
  console.error('Load run FAILED: some call did not settle with a result or a typed error, or something went unhandled.');
  process.exit(1);
}

/** A server that answers every request with 101 Switching Protocols, and HTTPS with a self-signed certificate. */
async function startHostileServers() {
  const sockets = new Set();
  const track = (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
  };
  const upgrade = createTcpServer((socket) => {
    track(socket);
    socket.once('data', () => socket.write('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n'));
  });
  const tlsDir = new URL('../test/reliability/test-only-tls/', import.meta.url);
  const tls = createHttpsServer(
    {
      key: readFileSync(new URL('test-only-self-signed.key.pem', tlsDir)),
      cert: readFileSync(new URL('test-only-self-signed.cert.pem', tlsDir)),
    },
    (_req, res) => res.end('{"data":"pong!"}'),
  );
  tls.on('connection', track);
  tls.on('tlsClientError', () => {});
  const listen = (s) => new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s.address().port)));
  const [upgradePort, tlsPort] = await Promise.all([listen(upgrade), listen(tls)]);
  return {
    upgradeURL: `http://127.0.0.1:${upgradePort}`,
    tlsURL: `https://127.0.0.1:${tlsPort}`,
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([upgrade, tls].map((s) => new Promise((resolve) => s.close(resolve))));
    },
  };
}
