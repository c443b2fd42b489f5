import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { ChartMogul } from '@chartmogul-kit/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatedApi, startGatedApi } from './support/gated-api.js';
import { CLI } from './support/run-cli.js';
import { API_KEY } from './support/test-api.js';

// How an import stops early: Ctrl-C and a closed output. A gate in the API holds the requests in
// flight while the test acts, so that nothing depends on timing.

const RECORDS = 40;
let dir: string;
const env = { PATH: process.env.PATH ?? '', CHARTMOGUL_API_KEY: API_KEY };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chartmogul-cli-stops-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface FailedLine {
  external_id: string;
  _error: { message: string };
}

/** Collects a stream's text; `until(text)` resolves once it has appeared. */
function watch(stream: Readable) {
  let text = '';
  const waiting: { needle: string; resolve: () => void }[] = [];
  stream.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
    for (const wait of waiting) if (text.includes(wait.needle)) wait.resolve();
  });
  return {
    text: () => text,
    until: (needle: string) => (text.includes(needle) ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ needle, resolve }))),
  };
}

async function exitCode(child: ChildProcess): Promise<number | null> {
  const [code] = (await once(child, 'close')) as [number | null];
  return code;
}

async function importInput(api: GatedApi, name: string) {
  const client = new ChartMogul({ apiKey: API_KEY, baseURL: api.server.url });
  const { uuid: dataSource } = await client.dataSources.create({ name });
  const ids = Array.from({ length: RECORDS }, (_, index) => `${name}-${index}`);
  const input = join(dir, `${name}.jsonl`);
  await writeFile(input, ids.map((id) => JSON.stringify({ external_id: id })).join('\n'));
  const createdIds = async () => {
    const found: string[] = [];
    for await (const customer of client.customers.list({ data_source_uuid: dataSource })) found.push(customer.external_id);
    return found;
  };
  const args = ['customers', 'create', '--from', input, '--data-source-uuid', dataSource, '--concurrency', '2', '--format', 'jsonl', '--base-url', api.server.url];
  return { ids, input, args, createdIds };
}

async function failedLines(path: string): Promise<FailedLine[]> {
  return (await readFile(path, 'utf8'))
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as FailedLine);
}

// POSIX only: Windows has neither SIGINT for a child process nor `sh` and `head`.
describe.skipIf(process.platform === 'win32')('an import that stops early', () => {
  it('sends nothing more after the first Ctrl-C, not even a record already read and waiting for a slot', async () => {
    const api = await startGatedApi(0);
    try {
      const { ids, input, args, createdIds } = await importInput(api, 'sigint');
      const child = spawn(process.execPath, [CLI, ...args], { env });
      const stderr = watch(child.stderr);
      watch(child.stdout);
      // Both slots are taken (held at the gate) and the third record waits for one.
      await api.arrived(2);
      child.kill('SIGINT');
      await stderr.until('Interrupted: no new record is sent');
      api.open();
      expect(await exitCode(child), stderr.text()).toBe(130);

      expect(api.arrivals).toBe(2);
      const unsent = await failedLines(`${input}.failed.jsonl`);
      expect(unsent).toHaveLength(RECORDS - 2);
      expect(unsent.every((line) => line._error.message === 'Not attempted: the import was interrupted.')).toBe(true);
      expect(stderr.text()).toContain(`Interrupted: ${RECORDS - 2} records were not sent.`);
      const created = await createdIds();
      expect(created).toHaveLength(2);
      expect([...created, ...unsent.map((line) => line.external_id)].sort()).toEqual([...ids].sort());
    } finally {
      await api.server.close();
    }
  });

  it('a second Ctrl-C aborts the requests in flight and still saves every record, in flight or never sent (exit 130)', async () => {
    const api = await startGatedApi(0);
    try {
      const { ids, input, args } = await importInput(api, 'sigint-twice');
      const child = spawn(process.execPath, [CLI, ...args], { env });
      const stderr = watch(child.stderr);
      watch(child.stdout);
      await api.arrived(2);
      child.kill('SIGINT');
      await stderr.until('Interrupted: no new record is sent');
      // The gate stays shut: only the abort can end the two requests.
      child.kill('SIGINT');
      expect(await exitCode(child), stderr.text()).toBe(130);

      expect(api.arrivals).toBe(2);
      expect(stderr.text()).toContain('Stopping now: aborting the 2 requests in flight');
      expect(stderr.text()).toContain(`Interrupted: ${RECORDS - 2} records were not sent.`);
      const saved = await failedLines(`${input}.failed.jsonl`);
      const messages = saved.map((line) => line._error.message);
      expect(messages.filter((message) => message.startsWith('Aborted in flight by a second Ctrl-C'))).toHaveLength(2);
      expect(messages.filter((message) => message === 'Not attempted: the import was interrupted.')).toHaveLength(RECORDS - 2);
      expect(saved.map((line) => line.external_id).sort()).toEqual([...ids].sort());
    } finally {
      api.open();
      await api.server.close();
    }
  });

  it('`| head -c 100`: stops sending when stdout is closed, lets the requests in flight finish, saves the rest (exit 141)', async () => {
    const api = await startGatedApi(1);
    try {
      const { ids, input, args, createdIds } = await importInput(api, 'epipe');
      const codeFile = join(dir, 'epipe.code');
      const headFile = join(dir, 'epipe.head');
      // A real pipe, as a shell makes it. Once head has its 100 bytes and is gone, the group closes
      // its copy of the pipe and says so: from then on the import's next write meets EPIPE.
      const script = '{ "$@"; echo $? > "$CODE_FILE"; } | { head -c 100 > "$HEAD_FILE"; exec 0<&-; echo head-done; }';
      const shell = spawn('sh', ['-c', script, 'sh', process.execPath, CLI, ...args], { env: { ...env, CODE_FILE: codeFile, HEAD_FILE: headFile } });
      const stdout = watch(shell.stdout);
      const stderr = watch(shell.stderr);
      // The first record is answered and printed (a customer is more than 100 bytes of JSON), and
      // head is gone; the next two are held in flight, so nothing else was printed meanwhile.
      await stdout.until('head-done');
      await api.arrived(3);
      api.open();
      expect(await exitCode(shell), stderr.text()).toBe(0);
      expect((await readFile(codeFile, 'utf8')).trim(), stderr.text()).toBe('141');
      expect(await readFile(headFile, 'utf8')).toMatch(/^\{"/);

      const unsent = await failedLines(`${input}.failed.jsonl`);
      const created = await createdIds();
      expect(stderr.text()).toContain(`Stopped: the output (stdout) was closed by its reader; ${unsent.length} records were not sent`);
      expect(stderr.text()).toContain(`${created.length} created, ${unsent.length} failed, of ${RECORDS} records`);
      // The one printed and the two in flight were created. The import learns of the closed pipe
      // at its next write; where the error comes a tick after the write, a record or two more
      // may start before it does. The rest of the input was never sent.
      expect(created.length).toBeGreaterThanOrEqual(3);
      expect(created.length).toBeLessThanOrEqual(5);
      expect(unsent.every((line) => line._error.message === 'Not attempted: the import stopped when its output (stdout) was closed.')).toBe(true);
      expect([...created, ...unsent.map((line) => line.external_id)].sort()).toEqual([...ids].sort());
    } finally {
      await api.server.close();
    }
  });
});
