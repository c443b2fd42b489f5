import { execFileSync, spawn } from 'node:child_process';
import { closeSync, createWriteStream, existsSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HostileServer, sendJson, startHostileServer } from './support/hostile-server.js';
import { CLI, runCli } from './support/run-cli.js';

const KEY = 'cli-bounded-key-93be01f4';
const env = { CHARTMOGUL_API_KEY: KEY };
const NOWHERE = ['--base-url', 'http://127.0.0.1:9'];

let server: HostileServer;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chartmogul-cli-bounded-'));
  server = await startHostileServer((_req, res) => sendJson(res, 422, { code: 422, message: 'refused', param: null }));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** Runs the binary with `input` on stdin; the command may stop reading early (it should), which is not an error here. */
function runWithInput(args: readonly string[], input: Buffer): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin.on('error', () => {}); // EPIPE once the command stops reading
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
    child.stdin.end(input);
  });
}

describe('--data reads at most 8 MiB', () => {
  it('from stdin: a larger input is a usage error that says the limit, before any request', async () => {
    const input = Buffer.from(`{"name":"${'x'.repeat(9 * 1024 * 1024)}"}`);
    const run = await runWithInput(['customers', 'create', '--data', '-', ...NOWHERE], input);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('--data: stdin is larger than 8 MiB');
    expect(run.stderr).toContain('--from');
  });

  it.runIf(existsSync('/dev/zero'))('from a file that never ends (@/dev/zero)', async () => {
    const run = await runCli(['customers', 'create', '--data', '@/dev/zero', ...NOWHERE], { env });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('--data: /dev/zero is larger than 8 MiB');
  });
});

describe('--from takes files and pipes, not devices', () => {
  it.runIf(existsSync('/dev/zero'))('refuses /dev/zero at once, and creates no /dev/zero.failed.jsonl', async () => {
    const run = await runCli(['customers', 'create', '--from', '/dev/zero', ...NOWHERE], { env });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('--from /dev/zero is a device');
    expect(existsSync('/dev/zero.failed.jsonl')).toBe(false);
  });

  it.runIf(existsSync('/dev/zero'))('refuses --from - when stdin is a device (< /dev/zero)', async () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const run = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [CLI, 'customers', 'create', '--from', '-', ...NOWHERE], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: [zero, 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stderr }));
      });
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain('stdin is a device');
    } finally {
      closeSync(zero);
    }
  });

  it.runIf(process.platform !== 'win32')('reads a named pipe, and puts its failed records in the current directory, not beside the pipe', async () => {
    const pipes = join(dir, 'pipes');
    const cwd = join(dir, 'cwd');
    await mkdir(pipes);
    await mkdir(cwd);
    const fifo = join(pipes, 'records.jsonl');
    execFileSync('mkfifo', [fifo]);
    const writer = createWriteStream(fifo);
    writer.end('{"name":"a"}\n{"name":"b"}\n');
    const run = await runCli(['customers', 'create', '--from', fifo, '--base-url', server.url], { env, cwd });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('0 created, 2 failed');
    expect(existsSync(`${fifo}.failed.jsonl`)).toBe(false);
    expect((await readFile(join(cwd, 'chartmogul-import.failed.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(2);
  });
});
