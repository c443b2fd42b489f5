// What the Redis limiter store costs per request: starts a redis-server of its own on a free
// loopback port, then measures (1) one admission and one release through each client kind, in
// microseconds, and the commands Redis counted for them (round trips); (2) a whole client call
// with the store and without, against a fetch that answers at once, so the difference is the
// store's cost as a user pays it. Prints a table. Needs a build (pnpm turbo run build
// --filter=@chartmogul-kit/core) and redis-server on the PATH.
//
//   node packages/core/scripts/measure-store.mjs [--admissions 5000] [--calls 3000]
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { ChartMogulClient } from '../dist/internal.js';
import { createRedisLimiterStore } from '../dist/index.js';

const { values } = parseArgs({ options: { admissions: { type: 'string', default: '5000' }, calls: { type: 'string', default: '3000' } } });
const ADMISSIONS = Number(values.admissions);
const CALLS = Number(values.calls);

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});
const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
const url = `redis://127.0.0.1:${port}`;
try {
  const admin = new Redis(url, { retryStrategy: () => 50 });
  admin.on('error', () => {});
  await admin.ping();
  const scriptCalls = async () => {
    const info = await admin.info('commandstats');
    return [...info.matchAll(/cmdstat_(evalsha|eval):calls=(\d+)/g)].reduce((sum, m) => sum + Number(m[2]), 0);
  };
  const ioredis = new Redis(url);
  const nodeRedis = await createClient({ url }).connect();
  const rows = [];
  for (const [kind, client] of [
    ['ioredis', ioredis],
    ['node-redis', nodeRedis],
  ]) {
    const store = createRedisLimiterStore(client, { key: `measure:${kind}` });
    const request = { limits: { maxConcurrency: 1_000_000, maxRequestsPerSecond: Number.POSITIVE_INFINITY }, windowMs: 1050, leaseMs: 35_000 };
    for (let i = 0; i < 200; i++) await store.release((await store.admit(request)).leaseId); // warm-up
    const before = await scriptCalls();
    const admit = [];
    const release = [];
    for (let i = 0; i < ADMISSIONS; i++) {
      const t0 = performance.now();
      const answer = await store.admit(request);
      const t1 = performance.now();
      await store.release(answer.leaseId);
      admit.push((t1 - t0) * 1000);
      release.push((performance.now() - t1) * 1000);
    }
    // Scripts Redis ran per admission and release together (EVALSHA, or EVAL after a NOSCRIPT): each is one round trip.
    const trips = ((await scriptCalls()) - before) / ADMISSIONS;
    rows.push({ what: `admit, ${kind}`, ...summary(admit), 'round trips': (trips / 2).toFixed(2) });
    rows.push({ what: `release, ${kind}`, ...summary(release), 'round trips': (trips / 2).toFixed(2) });
  }

  // A whole call, with the store and without: the fetch answers at once, so only the client's own work counts.
  const pong = () => Promise.resolve(new Response('{"data":"pong!"}', { headers: { 'content-type': 'application/json' } }));
  const runtime = { readEnv: () => undefined, apiKeyHint: '' };
  const perCall = async (rateLimit) => {
    const cm = new ChartMogulClient({ apiKey: 'measure', fetch: pong, rateLimit }, runtime);
    for (let i = 0; i < 200; i++) await cm.ping();
    const times = [];
    for (let i = 0; i < CALLS; i++) {
      const t0 = performance.now();
      await cm.ping();
      times.push((performance.now() - t0) * 1000);
    }
    return summary(times);
  };
  const unlimited = { maxConcurrency: 1_000_000, maxRequestsPerSecond: 1_000_000 };
  const without = await perCall(unlimited);
  const withStore = await perCall({ ...unlimited, store: createRedisLimiterStore(ioredis, { key: 'measure:client' }) });
  rows.push({ what: 'client call, no store', ...without, 'round trips': '0' });
  rows.push({ what: 'client call, Redis store (ioredis)', ...withStore, 'round trips': '2' });
  console.table(rows);
  console.log(`store cost per call: ${(withStore['mean µs'] - without['mean µs']).toFixed(0)} µs (mean), loopback Redis, ${CALLS} sequential calls`);
  ioredis.disconnect();
  await nodeRedis.quit();
  admin.disconnect();
} finally {
  server.kill('SIGKILL');
}

function summary(micros) {
  const sorted = [...micros].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = micros.reduce((a, b) => a + b, 0) / micros.length;
  return { 'mean µs': Math.round(mean), 'p50 µs': Math.round(at(0.5)), 'p99 µs': Math.round(at(0.99)) };
}
