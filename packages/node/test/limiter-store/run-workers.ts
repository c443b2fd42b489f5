import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createHandlers, LoadMeter, withLoadMeter } from '@chartmogul-kit/mock';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';

const WORKER = fileURLToPath(new URL('../fixtures/store-worker.mjs', import.meta.url));
export const API_KEY = 'store-test-key-6c1e9b';

/** What a worker process printed when its calls were done. */
export interface WorkerReport {
  answered: number;
  errors: string[];
  storeLines: { level: string; message: string }[];
}

/** One local ChartMogul for all the processes, with the meter in front: it sees the account's load as the API would. */
export async function startMeteredMock(latencyMs: number): Promise<{ mock: MockServer; meter: LoadMeter }> {
  const meter = new LoadMeter();
  const mock = await startMockServer({
    apiKeys: [API_KEY],
    // The fault layer honours a request's x-mock-fault header (a worker's calls held for a minute).
    handlers: withLoadMeter(createHandlers({ apiKeys: [API_KEY], faults: {} }), meter, { latencyMs }),
  });
  return { mock, meter };
}

/** A running worker process (test/fixtures/store-worker.mjs); `done` resolves with its report. */
export interface Worker {
  readonly child: ChildProcess;
  /** Resolves when the worker's client is made; it sends once told to `go`. */
  readonly ready: Promise<void>;
  go(): void;
  readonly done: Promise<WorkerReport>;
}

export function startWorker(env: Record<string, string | number>): Worker {
  const child = spawn(process.execPath, [WORKER], {
    env: { ...process.env, API_KEY, ...Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)])) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (chunk) => (err += chunk));
  let readied: () => void = () => {};
  const ready = new Promise<void>((resolve) => (readied = resolve));
  child.stdout?.on('data', (chunk) => {
    out += chunk;
    if (out.includes('"ready":true')) readied();
  });
  const done = new Promise<WorkerReport>((resolve, reject) => {
    child.once('exit', (code, signal) => {
      const line = out.split('\n').find((l) => l.startsWith('{"answered"'));
      if (line) resolve(JSON.parse(line) as WorkerReport);
      else reject(new Error(`worker exited (${code ?? signal}) without a report: ${err.slice(0, 2000)}`));
    });
  });
  // A worker the test kills has no report: its rejection is for whoever awaits `done`, not unhandled.
  done.catch(() => {});
  return { child, ready, done, go: () => child.stdin?.end('go\n') };
}

/** Kills every worker still running: a failed test leaves no process behind. */
export function killAll(workers: readonly Worker[]): void {
  for (const { child } of workers) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
