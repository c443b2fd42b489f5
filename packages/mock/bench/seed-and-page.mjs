// Measures the local ChartMogul at scale: seeding N customers, walking every customer page,
// one metrics call and one activities page. Run after `pnpm build`:
//   node --expose-gc bench/seed-and-page.mjs 100000
// Figures, not assertions: the test suite checks behaviour, this checks it stays fast.
import { createHandlers, createMockFetch, createMockStore, seedAccount } from '../dist/index.js';

const customers = Number(process.argv[2] ?? 100_000);
const store = createMockStore();
globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const summary = seedAccount(store.account('bench-key'), { customers });
globalThis.gc?.();
const heapMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e6);

const fetch = createMockFetch(createHandlers({ apiKeys: ['bench-key'], store }));
const headers = { authorization: `Basic ${btoa('bench-key:')}` };
const get = async (path) => (await fetch(`https://api.chartmogul.com${path}`, { headers })).json();

let cursor = null;
let pages = 0;
let walked = 0;
const pageTimes = [];
do {
  const started = performance.now();
  const page = await get(`/v1/customers?per_page=200${cursor ? `&cursor=${cursor}` : ''}`);
  pageTimes.push(performance.now() - started);
  walked += page.entries.length;
  pages++;
  cursor = page.has_more ? page.cursor : null;
} while (cursor);
// The first page also builds the lookup indexes the seed left for later.
const firstPageMs = pageTimes[0];
pageTimes.sort((a, b) => a - b);
const median = pageTimes[Math.floor(pageTimes.length / 2)];
const last = pageTimes.at(-1);

let started = performance.now();
const metrics = await get('/v1/metrics/all?start-date=2025-01-01&end-date=2025-12-31&interval=month');
const metricsMs = performance.now() - started;
started = performance.now();
await get('/v1/metrics/mrr?start-date=2025-01-01&end-date=2025-12-31&interval=month');
const metricsCachedMs = performance.now() - started;
started = performance.now();
const activities = await get('/v1/activities?per_page=200');
const activitiesMs = performance.now() - started;

console.log(JSON.stringify({
  seed: { ...summary, heapMb },
  customerPages: { pages, walked, firstPageMs: Math.round(firstPageMs), medianMs: +median.toFixed(2), maxMs: +last.toFixed(2), totalMs: Math.round(pageTimes.reduce((a, b) => a + b, 0)) },
  metricsAll: { firstCallMs: Math.round(metricsMs), nextCallMs: Math.round(metricsCachedMs), currentMrr: metrics.summary['current-mrr'] },
  activities: { firstPageMs: Math.round(activitiesMs), entries: activities.entries.length },
}, null, 2));
