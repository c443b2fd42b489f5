// 2. Client CPU time per ping on Node: chartmogul-kit (its default node:http transport, and over
// fetch) vs raw fetch vs the official library. Same server (in its own process), each contender in
// a fresh process with the same warm-up, rounds interleaved; the median of the rounds is reported.
import { runWorker, startMock } from '../lib/processes.mjs';
import { median } from '../lib/stats.mjs';

export const CPU_CONTENDERS = ['kit', 'kit-fetch', 'fetch', 'official'];

export async function cpu({ calls, warmup, rounds }) {
  const key = 'bench-cpu-key';
  const mock = await startMock({ apiKeys: [key] });
  try {
    const samples = Object.fromEntries(CPU_CONTENDERS.map((name) => [name, []]));
    for (let round = 0; round < rounds; round++) {
      for (const contender of CPU_CONTENDERS) {
        samples[contender].push(await runWorker('cpu', [contender, mock.url, key, calls, warmup]));
      }
    }
    return Object.fromEntries(
      CPU_CONTENDERS.map((name) => [
        name,
        {
          cpuUs: median(samples[name].map((s) => s.cpuUsPerCall)),
          wallUs: median(samples[name].map((s) => s.wallUsPerCall)),
          rounds: samples[name].map((s) => Math.round(s.cpuUsPerCall)),
        },
      ]),
    );
  } finally {
    await mock.close();
  }
}
