import { spawn } from 'node:child_process';

export interface RunResult {
  /** The exit code, or null when the process was ended by a signal. */
  code: number | null;
  /** The signal that ended the process, if one did. */
  signal: NodeJS.Signals | null;
  /** True when `run` ended the process because it outlived `timeoutMs`. */
  timedOut: boolean;
  timeoutMs: number;
  /** Set when the command could not be started at all (e.g. ENOENT). */
  spawnError?: string;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 180_000;
/** How long a command ended with SIGTERM gets to exit before it is sent SIGKILL. */
const KILL_GRACE_MS = 5_000;
/** How many lines of a failed command's output an error message carries. */
const TAIL_LINES = 30;

/**
 * Runs a command to its end and resolves (never rejects) with its exit code or signal, output and
 * duration. Past `timeoutMs` the command gets SIGTERM, then SIGKILL if it is still there.
 */
export function run(
  command: string,
  args: readonly string[],
  { cwd, env, timeoutMs = DEFAULT_TIMEOUT_MS }: RunOptions,
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let spawnError: string | undefined;
    const kill = (signal: NodeJS.Signals) => child.kill(signal);
    let forceKill: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      kill('SIGTERM');
      forceKill = setTimeout(() => kill('SIGKILL'), KILL_GRACE_MS);
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => (spawnError = error.message));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(forceKill);
      resolve({ code, signal, timedOut, timeoutMs, spawnError, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** What ended a command, in words: "exited 1", "timed out after 300 s (killed by SIGTERM)", "killed by SIGKILL". */
export function describeEnd(result: RunResult): string {
  if (result.spawnError !== undefined) return `could not start (${result.spawnError})`;
  if (result.timedOut) {
    const killed = result.signal ? ` (killed by ${result.signal})` : ` (then exited ${result.code})`;
    return `timed out after ${result.timeoutMs / 1000} s${killed}`;
  }
  if (result.signal) return `killed by ${result.signal}`;
  return `exited ${result.code}`;
}

/** The last `lines` lines of a text, with a note of how many came before. */
export function tail(text: string, lines = TAIL_LINES): string {
  const all = text.trimEnd().split('\n');
  if (all.length <= lines) return all.join('\n');
  return [`[... ${all.length - lines} earlier lines]`, ...all.slice(-lines)].join('\n');
}

/** What ended a command and the end of its output: the message for a command that did not exit 0. */
export function explain(result: RunResult): string {
  return [
    describeEnd(result),
    result.stdout.trim() ? `stdout (end):\n${tail(result.stdout)}` : 'stdout: (empty)',
    result.stderr.trim() ? `stderr (end):\n${tail(result.stderr)}` : 'stderr: (empty)',
  ].join('\n');
}

/** Like `run`, but rejects, saying what ended the command and with the end of its output, unless it exits 0. */
export async function runOrThrow(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} in ${options.cwd}: ${explain(result)}`);
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
