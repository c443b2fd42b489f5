// docs/edge.md's "Run them locally", as written: the Worker under `npx wrangler dev` (on Node 22,
// with the docs' wrangler.jsonc and .dev.vars) and the Deno command with its permissions, each
// against the local ChartMogul; and what the docs warn of: without CHARTMOGUL_API_BASE in
// --allow-env, Deno ignores the local URL. Every process started is gone at the end.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBinaries, whyMissing } from '@chartmogul-kit/node-runtimes';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { API_KEY, useLocalChartMogul } from './support/chartmogul.js';
import { type DenoServer, serveDeno } from './support/deno.js';
import { edgeDocBlock, fillIn } from './support/doc-blocks.js';
import { descendants, stillRunningAfter } from './support/processes.js';

const local = useLocalChartMogul();
const workerDir = fileURLToPath(new URL('../examples/cloudflare-workers/', import.meta.url));

// Nothing this file started may outlive it: no deno, no wrangler, no workerd.
afterAll(() => {
  expect(descendants()).toEqual([]);
});

describe('Deno, as docs/edge.md says', () => {
  let server: DenoServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  /** The docs' command: its variables, its flags and its file (Deno Deploy's main.ts). */
  function docsCommand() {
    const words = edgeDocBlock('deno').trim().split(/\s+/);
    const env = Object.fromEntries(
      words.filter((word) => /^[A-Z_]+=/.test(word)).map((word) => word.split('=') as [string, string]),
    );
    const run = words.slice(words.indexOf('deno'));
    expect(run.slice(0, 2)).toEqual(['deno', 'run']);
    return { env, flags: run.slice(2, -1), file: run.at(-1) as string };
  }

  it('with the docs’ --allow-env, reaches the local ChartMogul', async () => {
    const { env, flags, file } = docsCommand();
    expect(file).toBe('main.ts');
    const filled = Object.fromEntries(
      Object.entries(env).map(([name, value]) => [name, fillIn(value, API_KEY, local.url)]),
    );
    server = await serveDeno('examples/deno-deploy/main.ts', flags, filled);
    const response = await fetch(`${server.url}/chartmogul`);
    expect(response.status, server.output()).toBe(200);
    expect(await response.json()).toEqual(local.expected);
  });

  it('without CHARTMOGUL_API_BASE in --allow-env, ignores it and goes to the real API (refused here)', async () => {
    const { flags } = docsCommand();
    const keyOnly = flags.map((flag) => (flag.startsWith('--allow-env=') ? '--allow-env=CHARTMOGUL_API_KEY' : flag));
    server = await serveDeno('examples/deno-deploy/main.ts', keyOnly, {
      CHARTMOGUL_API_KEY: API_KEY,
      CHARTMOGUL_API_BASE: local.url,
    });
    const response = await fetch(`${server.url}/chartmogul`);
    expect(response.status).toBe(500);
    expect(server.output()).toContain('api.chartmogul.com');
  });
});

/** wrangler 4 needs Node >= 22.12: Node 22 from apps/node-runtimes, else this Node if it is new enough. */
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const node22 = nodeBinaries[22] ?? (major > 22 || (major === 22 && minor >= 12) ? process.execPath : undefined);
if (!node22) console.warn(`[skip] wrangler dev: it needs Node >= 22.12 and ${whyMissing(22)}`);

/** A free loopback port: wrangler dev takes a fixed one, and 8787 may be taken on a shared machine. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

describe.skipIf(!node22)('Cloudflare Workers with wrangler dev, as docs/edge.md says', () => {
  let wrangler: ChildProcess | undefined;
  const devVars = join(workerDir, '.dev.vars');
  afterAll(async () => {
    // wrangler starts workerd and esbuild: end its whole process group, then wait for it.
    if (wrangler?.pid !== undefined && wrangler.exitCode === null && wrangler.signalCode === null) {
      const exited = new Promise((resolve) => wrangler?.once('exit', resolve));
      process.kill(-wrangler.pid, 'SIGTERM');
      await exited;
    }
    await rm(devVars, { force: true });
    await rm(join(workerDir, '.wrangler'), { recursive: true, force: true });
  });

  it('serves the ping and the customers from the .dev.vars bindings, then stops with nothing left', async () => {
    expect(existsSync(join(workerDir, 'wrangler.jsonc'))).toBe(true);
    await writeFile(devVars, fillIn(edgeDocBlock('dev.vars'), API_KEY, local.url));
    const commands = edgeDocBlock('wrangler').trim().split('\n');
    // The install line is the user's; here wrangler is this app's dev dependency.
    expect(commands).toEqual(['npm install --save-dev wrangler', 'npx wrangler dev']);
    const [npx, ...args] = (commands[1] as string).split(' ');
    const [port, inspectorPort] = [await freePort(), await freePort()];
    // The docs' command, on its own ports (this machine is shared), with Node 22 first on PATH.
    wrangler = spawn(
      npx as string,
      [...args, '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort)],
      {
        cwd: workerDir,
        detached: true, // its own process group, so that the end reaches workerd too
        env: {
          ...process.env,
          PATH: `${dirname(node22 as string)}${delimiter}${process.env.PATH}`,
          WRANGLER_SEND_METRICS: 'false',
          CI: 'true',
          NO_COLOR: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const ready = new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('Ready on http://')) resolve();
      };
      wrangler?.stdout?.on('data', onData);
      wrangler?.stderr?.on('data', onData);
      wrangler?.once('exit', (code) => reject(new Error(`wrangler dev exited ${code}:\n${output}`)));
    });
    await ready;
    const response = await fetch(`http://127.0.0.1:${port}/`);
    expect(response.status, output).toBe(200);
    expect(await response.json()).toEqual(local.expected);
    expect(output).not.toContain(API_KEY);

    const pid = wrangler.pid as number;
    const group = descendants().map((child) => child.pid);
    expect(group.length).toBeGreaterThan(1); // npx, wrangler, workerd...
    const exited = new Promise((resolve) => wrangler?.once('exit', resolve));
    process.kill(-pid, 'SIGTERM');
    await exited;
    wrangler = undefined;
    expect(await stillRunningAfter(group), 'processes that outlived wrangler dev').toEqual([]);
  });
});
