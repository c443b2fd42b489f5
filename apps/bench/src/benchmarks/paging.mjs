// 5. Paging: walking every customer of a mock seeded with `customers`, items/s and peak live
// heap, against one page of 200 held, and against holding them all. The mock runs in its own
// process (100,000 seeded customers weigh hundreds of MB there).
import { runWorker, startMock } from '../lib/processes.mjs';

export const PAGING_MODES = ['kit-one-page', 'kit-walk', 'official-walk', 'kit-hold-all'];

export async function paging({ customers }) {
  const key = 'bench-paging-key';
  const mock = await startMock({ apiKeys: [key], seed: { customers } });
  try {
    const results = {};
    for (const mode of PAGING_MODES) {
      results[mode] = await runWorker('paging', [mode, mock.url, key, 2_000], ['--expose-gc']);
    }
    return { customers, ...results };
  } finally {
    await mock.close();
  }
}
