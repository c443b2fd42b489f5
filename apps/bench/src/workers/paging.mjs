// Paging: walks every customer of the seeded mock, or holds them all, and reports items/s and the
// peak live heap (heap used right after a full GC, sampled every `sampleEvery` items and at the end).
// Run with --expose-gc.
//   node --expose-gc paging.mjs <mode> <url> <key> <sampleEvery>
// modes: kit-walk (for await), kit-one-page (one page of 200, held), kit-hold-all (toArray),
// official-walk (Customer.all with the cursor, one page after another).
import { createRequire } from 'node:module';

const [mode, url, key, sampleEveryArg] = process.argv.slice(2);
const sampleEvery = Number(sampleEveryArg);
let peak = 0;
const sample = () => {
  globalThis.gc();
  peak = Math.max(peak, process.memoryUsage().heapUsed);
};

async function kitClient() {
  const { ChartMogul } = await import('@chartmogul-kit/node');
  // No pacing: against ChartMogul the 40 requests/s limit would cap a walk at 8,000 items/s;
  // here the figure is the client's (and the local mock's) own speed.
  return new ChartMogul({ apiKey: key, baseURL: url, rateLimit: false });
}

sample();
const baseline = peak;
let items = 0;
let held;
const started = performance.now();
switch (mode) {
  case 'kit-walk': {
    const cm = await kitClient();
    for await (const customer of cm.customers.list({ per_page: 200 })) {
      if (typeof customer.uuid !== 'string') throw new Error('not a customer');
      if (++items % sampleEvery === 0) sample();
    }
    break;
  }
  case 'kit-one-page': {
    const cm = await kitClient();
    held = await cm.customers.list({ per_page: 200 });
    items = held.entries.length;
    break;
  }
  case 'kit-hold-all': {
    const cm = await kitClient();
    held = await cm.customers.list({ per_page: 200 }).toArray({ limit: 1_000_000 });
    items = held.length;
    break;
  }
  case 'official-walk': {
    const ChartMogul = createRequire(import.meta.url)('chartmogul-node');
    const config = new ChartMogul.Config(key, url);
    let cursor;
    do {
      const page = await ChartMogul.Customer.all(config, { per_page: 200, ...(cursor ? { cursor } : {}) });
      for (const customer of page.entries) {
        if (typeof customer.uuid !== 'string') throw new Error('not a customer');
        if (++items % sampleEvery === 0) sample();
      }
      cursor = page.has_more ? page.cursor : undefined;
    } while (cursor);
    break;
  }
  default:
    throw new Error(`unknown mode ${mode}`);
}
const seconds = (performance.now() - started) / 1000;
sample();
void held;
console.log(JSON.stringify({ items, seconds, itemsPerSecond: items / seconds, peakHeapMiB: peak / 2 ** 20, baselineHeapMiB: baseline / 2 ** 20 }));
