// Starts the ping on one runtime in its own process and reads the one line it prints.
// Shared by the demo (src/demo.mjs) and the runtime tests (test/runtimes.test.ts).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BASE_URL } from '@chartmogul-kit/node';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
// Deno's own binary, not the `.bin/deno` shim: the shim is a Node process that runs the binary as
// its child, so a timeout's kill would end the shim and leave the real `deno run` behind.
const denoBinary = join(
  dirname(createRequire(import.meta.url).resolve('deno/package.json')),
  process.platform === 'win32' ? 'deno.exe' : 'deno',
);

/**
 * Deno keeps V8's compiled code of each file in its cache (DENO_DIR) and, for the workspace's
 * CommonJS builds, ran that stale code after a rebuild (`Cannot find module './chunk-<old hash>.cjs'`
 * from compat/deno after `pnpm build`): the demo compiles afresh instead, a few ms.
 */
const NO_STALE_CODE = '--no-code-cache';

/** How each runtime runs its runner, in the order the demo prints them. */
const commands = {
  node: () => [process.execPath, 'src/runners/node.mjs'],
  bun: () => [bin('bun'), 'src/runners/node.mjs'],
  // No more permissions than the ping needs: the API's host and the two variables.
  deno: (baseURL) => [
    denoBinary,
    'run',
    NO_STALE_CODE,
    `--allow-net=${new URL(baseURL).host}`,
    '--allow-env=CHARTMOGUL_API_KEY,CHARTMOGUL_API_BASE',
    'src/runners/deno.ts',
  ],
  workers: () => [process.execPath, 'src/runners/workers/run.mjs'],
};

export const runtimeNames = Object.keys(commands);

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const snippet = 'src/runners/compat-snippet.cjs';

/**
 * The docs' snippet on @chartmogul-kit/compat (src/runners/compat-snippet.cjs), unchanged on
 * Node, Bun and Deno; on workerd, the same calls in a Worker's fetch handler.
 */
const compatCommands = {
  'compat/node': () => [process.execPath, snippet],
  'compat/bun': () => [bin('bun'), snippet],
  // Deno reads the CommonJS package from node_modules (the workspace's, hence the root).
  'compat/deno': (baseURL) => [
    denoBinary,
    'run',
    NO_STALE_CODE,
    `--allow-net=${new URL(baseURL).host}`,
    '--allow-env=CHARTMOGUL_ACCOUNT_TOKEN,CHARTMOGUL_SECRET_KEY,CHARTMOGUL_API_BASE',
    `--allow-read=${repoRoot}`,
    snippet,
  ],
  'compat/workers': () => [process.execPath, 'src/runners/workers/run.mjs', 'compat'],
};

export const compatRuntimeNames = Object.keys(compatCommands);

/**
 * What `console.log({ data: 'pong!' })` prints, in any runtime's style: Node's `{ data: 'pong!' }`,
 * Deno's `{ data: "pong!" }`, Bun's over three lines with a trailing comma.
 */
export function isPongObject(stdout) {
  return stdout.replace(/\s+/g, '').replace(/"/g, "'").replace(/,}/g, '}') === "{data:'pong!'}";
}

/**
 * Runs the ping on `runtime` and resolves (never rejects) with:
 * `line` (what to print: `node: pong!`), `ok` (it ponged and exited 0), `ms`, and the raw
 * `stdout`, `stderr` and `exitCode` for tests. The key and `baseURL` reach the runner as
 * CHARTMOGUL_API_KEY / CHARTMOGUL_API_BASE, never on its command line (where `ps` shows it);
 * without `baseURL` the runner talks to the real API.
 */
export function runPing(runtime, { apiKey, baseURL, timeoutMs = 60_000 }) {
  const compat = runtime in compatCommands;
  const [command, ...args] = (compat ? compatCommands : commands)[runtime](baseURL ?? DEFAULT_BASE_URL);
  // NO_COLOR: the lines quote the runtimes' errors, which Deno would colour.
  const env = { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' };
  // The snippet takes the legacy (token, secret) pair of ChartMogul's docs: both are the key.
  const keyVariables = compat ? ['CHARTMOGUL_ACCOUNT_TOKEN', 'CHARTMOGUL_SECRET_KEY'] : ['CHARTMOGUL_API_KEY'];
  for (const name of keyVariables) env[name] = apiKey;
  delete env.CHARTMOGUL_API_BASE;
  if (baseURL !== undefined) env.CHARTMOGUL_API_BASE = baseURL;

  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: appDir, env, timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    const finish = (exitCode, problem) => {
      const line = problem
        ? `${runtime}: ${problem}`
        : compat
          ? compatLineOf(runtime, stdout, exitCode, stderr)
          : lineOf(runtime, stdout, exitCode, stderr);
      const ok = exitCode === 0 && line === `${runtime}: pong!`;
      resolve({ runtime, line, ok, exitCode, stdout, stderr, ms: performance.now() - started });
    };
    child.on('error', (error) => finish(null, `could not start ${command}: ${error.message}`));
    child.on('close', (code, signal) =>
      finish(code, signal ? `stopped by ${signal}${child.killed ? ` after ${timeoutMs / 1000} s` : ''}` : undefined),
    );
  });
}

/**
 * `compat/node: pong!` when the snippet printed the pong object, else the error its `.catch`
 * printed, the same on every runtime: `compat/node: ForbiddenError (401): Unauthorized`. Only a
 * line that starts with an error's name counts: Bun prints the source line around the error
 * first, and workerd logs its own internal errors, which are not the snippet's.
 */
export function compatLineOf(runtime, stdout, exitCode, stderr) {
  if (isPongObject(stdout)) return `${runtime}: pong!`;
  // Deno prefixes an error nothing caught with `error: Uncaught (in promise) `.
  const error = /^(?:error: Uncaught (?:\(in promise\) )?)?(\w*Error)(?: \((\d+|undefined)\))?: (.*)$/m.exec(stderr);
  if (!error)
    return `${runtime}: printed ${JSON.stringify(stdout.trim())} (exit code ${exitCode}): ${lastLine(stderr)}`;
  const [, name, shownStatus, message] = error;
  // Node, Bun and Deno print the error's own fields after its stack; the Worker says it in the line.
  const status = shownStatus ?? /\bhttpStatus: (\d+)/.exec(stderr)?.[1];
  return `${runtime}: ${name}${status && status !== 'undefined' ? ` (${status})` : ''}: ${message.trim()}`;
}

function lastLine(text) {
  return (
    text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .at(-1)
      ?.trim() ?? 'no output'
  );
}

/** The runner's one line, or what went wrong when it printed something else. */
function lineOf(runtime, stdout, exitCode, stderr) {
  const lines = stdout.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 1 && lines[0].startsWith(`${runtime}: `)) return lines[0];
  const lastError =
    stderr
      .split('\n')
      .filter((line) => line.trim() !== '')
      .at(-1) ?? 'no output';
  return `${runtime}: printed ${lines.length} lines instead of one (exit code ${exitCode}): ${lastError.trim()}`;
}
