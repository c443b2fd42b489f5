import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HostileServer, sendJson, startHostileServer } from './support/hostile-server.js';
import { runCli } from './support/run-cli.js';

const KEY = 'cm3f9a1c2d4e5b6a79801b2c';
const NOWHERE = ['--base-url', 'http://127.0.0.1:9'];

/** The key in every form it could be printed in: as is, and Basic auth's base64 (with or without `:`, padded or not). */
function leaks(text: string, key = KEY): string[] {
  const forms = [key, btoa(`${key}:`).replace(/=+$/, ''), btoa(key).replace(/=+$/, '')];
  return forms.filter((form) => text.includes(form));
}

describe('usage errors never quote an argument that may be the key', () => {
  const typos = [
    ['ping', '-api-key', KEY],
    ['ping', KEY],
    ['ping', '--format', KEY],
    ['ping', '--apikey', KEY],
    ['ping', '--api_key', KEY],
    ['ping', `--api-key=${KEY}`, 'extra'],
    ['ping', `CHARTMOGUL_API_KEY=${KEY}`],
    ['ping', '\u2014api-key', KEY],
    ['customers', 'list', '--per-page', KEY],
  ];
  for (const argv of typos) {
    it(`chartmogul ${argv.join(' ').replace(KEY, 'KEY')}`, async () => {
      const run = await runCli([...argv, ...NOWHERE]);
      expect(run.code, run.stderr).toBe(2);
      expect(leaks(run.stderr + run.stdout)).toEqual([]);
    });
  }

  it('a --data that mentions api_key names no key: the next argument is not hidden', async () => {
    const run = await runCli(['customers', 'create', '--data', '{"note":"api_key"}', '--format', 'jsn', ...NOWHERE], { env: { CHARTMOGUL_API_KEY: KEY } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not "jsn"');
    expect(run.stderr).not.toContain('[redacted]');
  });

  it('still quotes what is not a key: a ChartMogul id, a short word', async () => {
    const run = await runCli(['customers', 'retrieve', 'cus_de305d54-75b4-431b-adb2-eb6b9e546014', 'cus_1', ...NOWHERE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unexpected "cus_1"');
  });
});

describe('the key is redacted from everything printed, in every encoding', () => {
  let echo: HostileServer;
  beforeAll(async () => {
    // Echoes the Authorization header and the key, decoded, in the answer: in a record, and in an error.
    echo = await startHostileServer((req, res) => {
      const authorization = req.headers.authorization ?? '';
      const credentials = authorization.replace(/^Basic /, '');
      const decoded = Buffer.from(credentials, 'base64').toString();
      if (req.url?.includes('/customers/cus_err') || req.method === 'POST') {
        return sendJson(res, 400, { code: 400, message: `bad request: ${authorization} (${decoded}) ${btoa(KEY)}`, param: null });
      }
      sendJson(res, 200, { data: 'pong!', auth: authorization, raw: decoded, plain: btoa(KEY), url: encodeURIComponent(KEY) });
    });
  });
  afterAll(() => echo.close());

  for (const format of ['json', 'jsonl', 'csv', 'table']) {
    it(`in ${format} output`, async () => {
      const run = await runCli(['ping', '--base-url', echo.url, '--format', format], { env: { CHARTMOGUL_API_KEY: KEY } });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('pong!');
      expect(leaks(run.stdout + run.stderr)).toEqual([]);
      expect(run.stdout).toContain('[redacted]');
    });
  }

  it('in an error message, with the key given by --api-key', async () => {
    const run = await runCli(['customers', 'retrieve', 'cus_err', '--base-url', echo.url, '--api-key', KEY]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad request');
    expect(leaks(run.stdout + run.stderr)).toEqual([]);
  });

  it('in the failed-records file of an import (its errors echo the key)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chartmogul-cli-redaction-'));
    try {
      const input = join(dir, 'records.jsonl');
      await writeFile(input, '{"name":"a"}\n');
      const run = await runCli(['customers', 'create', '--from', input, '--base-url', echo.url], { env: { CHARTMOGUL_API_KEY: KEY } });
      expect(run.code, run.stderr).toBe(1);
      const failed = await readFile(`${input}.failed.jsonl`, 'utf8');
      expect(failed).toContain('[redacted]');
      expect(leaks(failed)).toEqual([]);
      expect(JSON.parse(failed).name).toBe('a');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('in the SDK log lines (CHARTMOGUL_LOG=debug)', async () => {
    const run = await runCli(['customers', 'retrieve', 'cus_err', '--base-url', echo.url], { env: { CHARTMOGUL_API_KEY: KEY, CHARTMOGUL_LOG: 'debug' } });
    expect(run.code).toBe(1);
    expect(leaks(run.stdout + run.stderr)).toEqual([]);
  });
});
