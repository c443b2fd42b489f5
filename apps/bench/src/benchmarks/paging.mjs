// 5. Paging: walking every customer of a mock seeded with `customers`, items/s and peak live
// heap, against one page of 200 held, and against holding them all. The mock runs in its own
// process (100,000 seeded customers weigh hundreds of MB there). The two walks alternate over
// `rounds` (medians reported), so a change in the machine's load does not favour either.
import { runWorker, startMock } from '../lib/processes.mjs';
import { median } from '../lib/stats.mjs';

const WALKS = ['kit-walk', 'official-walk'];

export async function paging({ customers, rounds }) {
  const key = 'bench-paging-key';
  const mock = await startMock({ apiKeys: [key], seed: { customers } });
  const run = (mode) => runWorker('paging', [mode, mock.url, key, 2_000], ['--expose-gc']);
  try {
    const samples = { 'kit-one-page': [await run('kit-one-page')], 'kit-walk': [], 'official-walk': [] };
    for (let round = 0; round < rounds; round++) {
      for (const mode of round % 2 ? [...WALKS].reverse() : WALKS) samples[mode].push(await run(mode));
    }
    samples['kit-hold-all'] = [await run('kit-hold-all')];
    const results = { customers };
    for (const [mode, list] of Object.entries(samples)) {
      results[mode] = {
        itemsPerSecond: median(list.map((s) => s.itemsPerSecond)),
        peakHeapMiB: Math.max(...list.map((s) => s.peakHeapMiB)),
        items: list[0].items,
      };
    }
    return results;
  } finally {
    await mock.close();
  }
}
