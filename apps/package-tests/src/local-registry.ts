import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** verdaccio 6.8 is the last 6.x that runs on Node 20 (later ones want Node 22). */
const VERDACCIO = fileURLToPath(new URL('../node_modules/verdaccio/bin/verdaccio', import.meta.url));
const STARTUP_TIMEOUT_MS = 60_000;

export interface LocalRegistry {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** A publish token of the registry's one user. */
  token: string;
  /** `.npmrc` lines that point npm and pnpm at this registry and log them in. */
  npmrc: string;
  /** Environment for npm, pnpm, bun and deno: this registry, and loopback never sent to a proxy. */
  env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The registry npm would use here (a mirror or proxy may be configured): third-party packages come from it. */
function upstreamRegistry(): string {
  const configured =
    process.env.npm_config_registry ?? process.env.NPM_CONFIG_REGISTRY ?? 'https://registry.npmjs.org/';
  return configured.endsWith('/') ? configured : `${configured}/`;
}

/**
 * The configuration: `@chartmogul-kit/*` lives here only (published by the rehearsal, never looked
 * up upstream, so an install can only get what the rehearsal published); everything else
 * (msw, ofetch, ...) is read through from the upstream registry, as a user's install reads it.
 */
function config(storage: string, port: number): string {
  const proxy = process.env.HTTPS_PROXY ?? process.env.https_proxy;
  return [
    `storage: ${JSON.stringify(join(storage, 'packages'))}`,
    'auth:',
    '  htpasswd:',
    `    file: ${JSON.stringify(join(storage, 'htpasswd'))}`,
    '    max_users: 10',
    'uplinks:',
    '  upstream:',
    `    url: ${JSON.stringify(upstreamRegistry())}`,
    '    timeout: 120s',
    '    max_fails: 20',
    'packages:',
    "  '@chartmogul-kit/*':",
    '    access: $all',
    '    publish: $authenticated',
    "  '**':",
    '    access: $all',
    '    proxy: upstream',
    ...(proxy ? [`https_proxy: ${JSON.stringify(proxy)}`, 'no_proxy: 127.0.0.1,localhost'] : []),
    'web:',
    '  enable: false',
    'log: { type: stdout, format: pretty, level: warn }',
    `listen: 127.0.0.1:${port}`,
    'max_body_size: 100mb',
    '',
  ].join('\n');
}

/**
 * Starts Verdaccio on a free loopback port with its storage in `dir`, and registers one user.
 * Stopped by `close()` (SIGTERM, then SIGKILL): no process outlives the caller's cleanup.
 */
export async function startLocalRegistry(dir: string): Promise<LocalRegistry> {
  const port = await freePort();
  const configFile = join(dir, 'verdaccio.yaml');
  await writeFile(configFile, config(dir, port));
  const child = spawn(process.execPath, [VERDACCIO, '--config', configFile], {
    cwd: dir,
    env: { ...process.env, NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('close', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitUntilUp(url, child, () => output);
    const token = await addUser(url);
    const host = `//127.0.0.1:${port}/`;
    const npmrc = `registry=${url}\n${host}:_authToken=${token}\n`;
    const env = {
      ...process.env,
      npm_config_registry: url,
      NPM_CONFIG_REGISTRY: url,
      BUN_CONFIG_REGISTRY: url,
      NO_PROXY: '127.0.0.1,localhost',
      no_proxy: '127.0.0.1,localhost',
    };
    return { url, token, npmrc, env, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function waitUntilUp(url: string, child: ReturnType<typeof spawn>, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited ${child.exitCode} on start:\n${output()}`);
    try {
      const response = await fetch(`${url}-/ping`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`verdaccio did not answer on ${url} within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/** Registers the rehearsal's user (what `npm adduser` does) and returns its token. */
async function addUser(url: string): Promise<string> {
  const name = 'rehearsal';
  const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: 'rehearsal-password', type: 'user', roles: [] }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token)
    throw new Error(`verdaccio refused the rehearsal's user: ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}
