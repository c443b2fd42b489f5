import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { ChartMogul, operations } from '@chartmogul-kit/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runImport } from '../src/import/run-import.js';
import { Progress } from '../src/output/progress.js';
import { startGatedApi } from './support/gated-api.js';
import { API_KEY } from './support/test-api.js';

// A record the import has handed to the client can still wait inside it, behind the client's own
// limits (its scheduler). The first Ctrl-C must keep those unsent too: the import aborts every call
// the client has not started (its onRequest hook has not fired). Here the client sends one request
// at a time and the API holds it at a gate, so two calls sit in the client's queue when the stop comes.

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chartmogul-cli-queue-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('the first Ctrl-C keeps the calls queued inside the client unsent, and saves them for a rerun', async () => {
  const api = await startGatedApi(0);
  try {
    const setup = new ChartMogul({ apiKey: API_KEY, baseURL: api.server.url });
    const { uuid: dataSource } = await setup.dataSources.create({ name: 'client-queue' });
    const input = join(dir, 'queue.jsonl');
    await writeFile(input, ['a', 'b', 'c', 'd'].map((id) => JSON.stringify({ external_id: id })).join('\n'));

    const client = new ChartMogul({ apiKey: API_KEY, baseURL: api.server.url, rateLimit: { maxConcurrency: 1 } });
    const stop = new AbortController();
    const notes: string[] = [];
    const running = runImport({
      client,
      operation: operations.find((row) => row.id === 'customers.create') as (typeof operations)[number],
      command: 'customers create',
      pathValues: [],
      defaults: { data_source_uuid: dataSource },
      from: input,
      failedPath: undefined,
      concurrency: 3,
      stdin: new PassThrough(),
      results: undefined,
      progress: new Progress(new PassThrough(), false),
      note: (message) => notes.push(message),
      interrupts: { stop: stop.signal, abandon: new AbortController().signal },
    });
    // One request at the gate; the import has handed two more to the client, which queues them.
    await api.arrived(1);
    stop.abort();
    api.open();
    const summary = await running;

    expect(api.arrivals).toBe(1);
    expect(summary).toEqual({ created: 1, failed: 3, skipped: 3, stoppedBy: 'interrupt' });
    const failed = (await readFile(`${input}.failed.jsonl`, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { external_id: string; _error: { message: string } });
    expect(failed.map((line) => line.external_id).sort()).toEqual(['b', 'c', 'd']);
    expect(new Set(failed.map((line) => line._error.message))).toEqual(new Set(['Not attempted: the import was interrupted.']));
  } finally {
    await api.server.close();
  }
});
