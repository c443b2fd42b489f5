import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The `deno` package's own binary, not its `node_modules/.bin/deno` shim: the shim is a Node
 * process that runs the binary as its child, so killing it (a server's stop, a timeout) left
 * the real `deno run` behind, still serving.
 */
export const deno = join(
  dirname(createRequire(import.meta.url).resolve('deno/package.json')),
  process.platform === 'win32' ? 'deno.exe' : 'deno',
);
if (!existsSync(deno)) throw new Error(`No Deno binary at ${deno}: its install script did not run (pnpm install).`);
const baseEnv = { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' };

/** Runs the `deno` npm package's binary to completion; resolves with its exit code and output. */
export function runDeno(args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      deno,
      args,
      { cwd: appDir, env: { ...baseEnv, ...env }, timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, output: stdout + stderr }),
    );
    child.stdin?.end();
  });
}

export interface DenoServer {
  url: string;
  /** The `deno` process serving the file, itself (no wrapper in between). */
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Runs a file that calls `Deno.serve` (as the platforms' handlers do), on a free loopback port
 * chosen through DENO_SERVE_ADDRESS, so the file is run as written. Resolves once it listens.
 */
export function serveDeno(file: string, args: string[], env: Record<string, string>): Promise<DenoServer> {
  const child: ChildProcess = spawn(deno, ['run', '--no-prompt', ...args, file], {
    cwd: appDir,
    env: { ...baseEnv, ...env, DENO_SERVE_ADDRESS: 'tcp:127.0.0.1:0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await exited;
  };
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /Listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
      if (url) resolve({ url, pid: child.pid as number, output: () => output, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) =>
      reject(new Error(`deno exited (${code ?? signal}) before listening:\n${output}`)),
    );
  });
}
