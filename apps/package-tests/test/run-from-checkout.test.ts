// `pnpm chartmogul ...` and `pnpm chartmogul-mock`, as README.md and CONTRIBUTING.md show them:
// the two commands run from the checkout before any release (scripts/run-from-checkout.mjs),
// the CLI's output alone on stdout, relative paths taken from where pnpm was started, and the
// mock's whole process group stopped at the end.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { repoRoot } from '../src/workspace.js';

const API_KEY = `from-checkout-${Math.random().toString(36).slice(2)}`;
let mock: ChildProcess;
let url: string;
let elsewhere: string;

beforeAll(async () => {
  elsewhere = await mkdtemp(join(tmpdir(), 'chartmogul-kit-from-checkout-'));
  // Its own process group: pnpm, the script and the server, all stopped together at the end.
  mock = spawn('pnpm', ['--silent', 'chartmogul-mock', '--api-key', API_KEY], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  url = await new Promise<string>((resolve, reject) => {
    mock.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const line = output.split('\n').find((text) => text.startsWith('http://'));
      if (line) resolve(line.trim());
    });
    mock.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    mock.once('exit', (code) => reject(new Error(`pnpm chartmogul-mock exited ${code}: ${output}`)));
  });
}, 300_000);

afterAll(async () => {
  await rm(elsewhere, { recursive: true, force: true });
  if (mock?.pid === undefined || mock.exitCode !== null || mock.signalCode !== null) return;
  const group = mock.pid;
  const exited = new Promise((resolve) => mock.once('exit', resolve));
  process.kill(-group, 'SIGTERM');
  await exited;
  // The server itself too, not only pnpm: nothing of the group is left (given time to exit).
  const deadline = Date.now() + 30_000;
  while (groupExists(group) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(groupExists(group), 'a process of pnpm chartmogul-mock outlived the test').toBe(false);
});

function groupExists(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const env = () => ({ ...process.env, CHARTMOGUL_API_KEY: API_KEY, CHARTMOGUL_API_BASE: url });

it('the README and CONTRIBUTING show both commands', () => {
  for (const doc of ['README.md', 'CONTRIBUTING.md']) {
    const text = readFileSync(join(repoRoot, doc), 'utf8');
    expect(text, doc).toContain('pnpm --silent chartmogul ');
    expect(text, doc).toContain('pnpm --silent chartmogul-mock');
  }
});

it('pnpm chartmogul-mock serves the local ChartMogul, and pnpm chartmogul pings it: JSON alone on stdout', async () => {
  const result = await run('pnpm', ['--silent', 'chartmogul', 'ping'], { cwd: repoRoot, env: env() });
  expect(result.code, result.stderr).toBe(0);
  expect(JSON.parse(result.stdout)).toEqual({ data: 'pong!' });
});

it('reads a relative --data @file from where pnpm was started, not from the checkout', async () => {
  await writeFile(join(elsewhere, 'source.json'), JSON.stringify({ name: 'From elsewhere' }));
  const result = await run(
    'pnpm',
    ['--dir', repoRoot, '--silent', 'chartmogul', 'data-sources', 'create', '--data', '@source.json'],
    { cwd: elsewhere, env: env() },
  );
  expect(result.code, result.stderr).toBe(0);
  expect(JSON.parse(result.stdout)).toMatchObject({ name: 'From elsewhere' });
});

it('passes the CLI exit code on: a usage error is 2', async () => {
  const result = await run('pnpm', ['--silent', 'chartmogul', 'customerz', 'list'], { cwd: repoRoot, env: env() });
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('customers');
});
