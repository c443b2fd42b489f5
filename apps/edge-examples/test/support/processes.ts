import { readdirSync, readFileSync } from 'node:fs';

/** Whether a process with this id still exists (signal 0 checks without signalling). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The processes descended from this one (Linux's /proc; elsewhere none can be listed): what a
 * test file started and did not stop. Each vitest file runs in its own process, so these are
 * the file's own.
 */
export function descendants(root = process.pid): { pid: number; command: string }[] {
  if (process.platform !== 'linux') return [];
  const parents = new Map<number, { ppid: number; command: string }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after its last ')'.
      const close = stat.lastIndexOf(')');
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      parents.set(Number(entry), { ppid, command: stat.slice(stat.indexOf('(') + 1, close) });
    } catch {
      // The process ended while we looked.
    }
  }
  const found: { pid: number; command: string }[] = [];
  for (const [pid, { command }] of parents) {
    for (let up = parents.get(pid)?.ppid; up !== undefined && up > 1; up = parents.get(up)?.ppid) {
      if (up === root) {
        found.push({ pid, command });
        break;
      }
    }
  }
  return found;
}

/**
 * The processes of `pids` still running after they had up to `withinMs` to exit: ended processes
 * take a moment to be reaped, longer on a busy machine, so this waits for them rather than
 * asserting at once; what it returns outlived the wait.
 */
export async function stillRunningAfter(pids: readonly number[], withinMs = 30_000): Promise<number[]> {
  const deadline = Date.now() + withinMs;
  let running = pids.filter(isRunning);
  while (running.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    running = running.filter(isRunning);
  }
  return running;
}
