import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { type IncomingMessage, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BODY_BYTES } from '../src/server/read-body.js';
import { type MockServer, startMockServer } from '../src/server/index.js';
import { basic } from './support/mock-api.js';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const headers = { authorization: basic('srv-key'), 'content-type': 'application/json' };

/**
 * POSTs `bytes` bytes of body, chunked, and never ends the request: the answer can only come
 * from a server that stops reading at its limit.
 */
async function postWithoutEnd(url: string, bytes: number): Promise<{ status: number; body: unknown }> {
  const req = request(`${url}/v1/customers`, { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } });
  try {
    const answered = once(req, 'response') as Promise<[IncomingMessage]>;
    const chunk = Buffer.alloc(64 * 1024, 'x');
    for (let left = bytes; left > 0; left -= chunk.length) {
      if (!req.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await Promise.race([once(req, 'drain'), answered]);
    }
    const [response] = await answered;
    let text = '';
    for await (const part of response) text += part;
    return { status: response.statusCode ?? 0, body: JSON.parse(text) };
  } finally {
    req.destroy();
  }
}

// Generous timeouts: the command line is a child process, and CI machines are shared and slow.
const slowMachine = { timeout: 60_000 };

describe('the HTTP server: request body limit', slowMachine, () => {
  it('answers 413 in ChartMogul error shape once a body passes the limit, without waiting for the rest', async () => {
    server = await startMockServer({ apiKeys: ['srv-key'], port: 0, maxBodyBytes: 1024 });
    const answer = await postWithoutEnd(server.url, 1025);
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ code: 413, message: 'The request body is larger than the limit of 1024 bytes.', param: null });
  });

  it('answers 413 from Content-Length before reading the body, and the connection still serves the next request', async () => {
    server = await startMockServer({ apiKeys: ['srv-key'], port: 0, maxBodyBytes: 1024 });
    const tooLarge = await fetch(`${server.url}/v1/data_sources`, { method: 'POST', headers, body: JSON.stringify({ name: 'x'.repeat(2048) }) });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ code: 413, param: null });
    const fits = await fetch(`${server.url}/v1/data_sources`, { method: 'POST', headers, body: JSON.stringify({ name: 'Small' }) });
    expect(fits.status).toBe(201);
  });

  it('takes a body of exactly the limit, and limits to 8 MiB by default', async () => {
    server = await startMockServer({ apiKeys: ['srv-key'], port: 0, maxBodyBytes: 64 });
    const body = JSON.stringify({ name: 'n'.repeat(64 - '{"name":""}'.length) });
    expect(body).toHaveLength(64);
    expect((await fetch(`${server.url}/v1/data_sources`, { method: 'POST', headers, body })).status).toBe(201);
    await server.close();

    expect(DEFAULT_MAX_BODY_BYTES).toBe(8 * 1024 * 1024);
    server = await startMockServer({ apiKeys: ['srv-key'], port: 0 });
    expect((await postWithoutEnd(server.url, DEFAULT_MAX_BODY_BYTES + 1)).status).toBe(413);
  });
});

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

async function runMockCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

describe('the chartmogul-mock command line', slowMachine, () => {
  it('prints its usage for --help (exit 0)', async () => {
    expect(existsSync(cli), 'build the package first (pnpm build): the command runs from dist').toBe(true);
    for (const flag of ['--help', '-h']) {
      const run = await runMockCli([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Usage: chartmogul-mock [options]');
      expect(run.stdout).toContain('--max-body-bytes');
    }
  });

  it.each([
    [['--port', 'abc'], '--port must be a whole number, not "abc"'],
    [['--port', '99999'], '--port must be from 0 to 65535, not "99999"'],
    [['--port', '-1'], "Option '--port"],
    [['--port=-1'], '--port must be a whole number, not "-1"'],
    [['--prot', '8080'], "Unknown option '--prot'"],
    [['serve'], "Unexpected argument 'serve'"],
    [['--seed-customers', '10k'], '--seed-customers must be a whole number'],
    [['--seed', '7'], '--seed and --seed-months shape the data set of --seed-customers'],
    [['--max-body-bytes', '1.5'], '--max-body-bytes must be a whole number'],
  ])('%j is a usage error: the message and the usage, no stack trace (exit 2)', async (args, message) => {
    const run = await runMockCli(args as string[]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`chartmogul-mock: ${message}`);
    expect(run.stderr).toContain('Usage: chartmogul-mock [options]');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  it('serves with the --max-body-bytes it was given', async () => {
    const child = spawn(process.execPath, [cli, '--port', '0', '--api-key', 'srv-key', '--max-body-bytes', '100'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.setEncoding('utf8');
        child.stdout.once('data', (line: string) => resolve(line.trim()));
        child.once('exit', (code) => reject(new Error(`chartmogul-mock exited with ${code}`)));
      });
      const answer = await fetch(`${url}/v1/data_sources`, { method: 'POST', headers, body: JSON.stringify({ name: 'x'.repeat(100) }) });
      expect(answer.status).toBe(413);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
