import { spawn } from 'node:child_process';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** Runs a command to its end and resolves (never rejects) with its exit code, output and duration. */
export function run(
  command: string,
  args: readonly string[],
  { cwd, env, timeoutMs = 180_000 }: RunOptions,
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: env ?? process.env,
      timeout: timeoutMs,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) =>
      resolve({ code: null, stdout, stderr: `${stderr}${error.message}`, ms: performance.now() - started }),
    );
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }));
  });
}

/** Like `run`, but rejects with the command's output when it does not exit 0. */
export async function runOrThrow(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.code} in ${options.cwd}:\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result;
}

/** The last line of a command's standard output, parsed as JSON. */
export function lastJsonLine(result: RunResult): unknown {
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`expected a JSON line, got stdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
  }
}
