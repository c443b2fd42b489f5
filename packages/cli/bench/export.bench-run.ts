// How fast `chartmogul customers list --all` exports N customers from the local mock, how soon
// the first line is out, and how much memory the CLI holds (sampled from /proc while it runs).
// BENCH_CUSTOMERS=10000,100000 by default. BENCH_NODE_OPTIONS=--max-old-space-size=24 shows that
// the export needs no more heap for 100,000 customers than for 10,000.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { it } from 'vitest';
import { CLI } from '../test/support/run-cli.js';
import { API_KEY } from '../test/support/test-api.js';

const SIZES = (process.env.BENCH_CUSTOMERS ?? '10000,100000').split(',').map(Number);

/** The local ChartMogul with N generated customers (and their plans, subscriptions and invoices). */
function seededApi(customers: number): Promise<MockServer> {
  return startMockServer({ apiKeys: [API_KEY], port: 0, seed: { customers } });
}

function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

async function exportOnce(url: string, format: string) {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, 'customers', 'list', '--per-page', '200', '--all', '--format', format, '--base-url', url], {
    env: { PATH: process.env.PATH ?? '', CHARTMOGUL_API_KEY: API_KEY, NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS ?? '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let firstLine = 0;
  let bytes = 0;
  let lines = 0;
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssKb(child.pid as number))), 20);
  child.stdout.on('data', (chunk: Buffer) => {
    if (firstLine === 0) firstLine = performance.now() - started;
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines++;
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  return { code, total: performance.now() - started, firstLine, bytes, lines, peakRss };
}

it('exports N customers', async () => {
  for (const size of SIZES) {
    const api = await seededApi(size);
    for (const format of ['jsonl', 'csv']) {
      const run = await exportOnce(api.url, format);
      console.log(
        `${size} customers, ${format}: exit ${run.code}, ${run.lines} lines, ${(run.bytes / 1e6).toFixed(1)} MB in ${(run.total / 1000).toFixed(2)} s ` +
          `(${Math.round(size / (run.total / 1000))} customers/s); first line after ${Math.round(run.firstLine)} ms; peak RSS ${Math.round(run.peakRss / 1024)} MB`,
      );
    }
    await api.close();
  }
});
