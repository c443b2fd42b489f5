// 4. Start-up: a Node process that imports the package and builds a client, vs `node -e 0` (the
// same process doing nothing) and vs the official library. Per run: wall time from spawn to exit
// (measured here), and from the child at exit its CPU time, its peak memory (max RSS) and the time
// the import and the constructor took inside it (the part that is the library's own; the
// process's bootstrap is the same for all and, on a shared machine, the noisiest part).
// Runs interleaved; medians reported, with the minimum wall time.
import { benchDir, runJson, startMock } from '../lib/processes.mjs';
import { median } from '../lib/stats.mjs';

const report = (loadMs) =>
  `const u = process.resourceUsage(); process.stdout.write(JSON.stringify({ loadMs: ${loadMs}, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKB: u.maxRSS }));`;

/** The arguments of each process (`node ...args`). */
export const STARTUP_CONTENDERS = {
  'node -e 0': ['-e', report('0')],
  'chartmogul-kit (import)': [
    '--input-type=module',
    '-e',
    `const t = performance.now(); const { ChartMogul } = await import('@chartmogul-kit/node'); new ChartMogul({ apiKey: 'k' }); ${report('performance.now() - t')}`,
  ],
  'chartmogul-kit (require)': [
    '-e',
    `const t = performance.now(); const { ChartMogul } = require('@chartmogul-kit/node'); new ChartMogul({ apiKey: 'k' }); ${report('performance.now() - t')}`,
  ],
  'empty module (import)': [
    '--input-type=module',
    '-e',
    `const t = performance.now(); await import('./src/startup/empty.mjs'); ${report('performance.now() - t')}`,
  ],
  'empty module (require)': ['-e', `const t = performance.now(); require('./src/startup/empty.cjs'); ${report('performance.now() - t')}`],
  'chartmogul-node (require)': [
    '-e',
    `const t = performance.now(); const ChartMogul = require('chartmogul-node'); new ChartMogul.Config('k'); ${report('performance.now() - t')}`,
  ],
};

/**
 * The first request after start-up (a serverless function's first invocation): import, client,
 * one ping against the mock; `loadMs` is then the whole of it, and the memory is after the ping.
 */
const firstPing = (url) => ({
  'chartmogul-kit first ping': [
    '-e',
    `(async () => { const t = performance.now(); const { ChartMogul } = require('@chartmogul-kit/node'); await new ChartMogul({ apiKey: 'k', baseURL: '${url}' }).ping(); ${report('performance.now() - t')} })();`,
  ],
  'chartmogul-node first ping': [
    '-e',
    `(async () => { const t = performance.now(); const ChartMogul = require('chartmogul-node'); await ChartMogul.Ping.ping(new ChartMogul.Config('k', '${url}')); ${report('performance.now() - t')} })();`,
  ],
});

export async function startup({ runs }) {
  const mock = await startMock({ apiKeys: ['k'] });
  const contenders = { ...STARTUP_CONTENDERS, ...firstPing(mock.url) };
  const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const [name, args] of Object.entries(contenders)) {
        const { wallMs, result } = await runJson(process.execPath, args, { cwd: benchDir });
        samples[name].push({ wallMs, ...result });
      }
    }
  } finally {
    await mock.close();
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      {
        loadMs: median(list.map((s) => s.loadMs)),
        wallMs: median(list.map((s) => s.wallMs)),
        minWallMs: Math.min(...list.map((s) => s.wallMs)),
        cpuMs: median(list.map((s) => s.cpuMs)),
        maxRssMiB: median(list.map((s) => s.maxRssKB)) / 1024,
      },
    ]),
  );
}
