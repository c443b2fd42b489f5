// The suite's command runner says what ended a command that failed: an exit code, its own
// timeout, or a signal from elsewhere, with the end of the command's output, never "exited null".
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { describeEnd, run, runOrThrow, tail } from '../src/run.js';

const node = process.execPath;
const cwd = tmpdir();

describe('run', () => {
  it('reports a command that outlives its timeout as timed out, with the end of its output', async () => {
    // Prints, then waits far longer than the timeout: the only way it ends is by the runner's kill.
    const sleeper = "console.log('line one'); console.error('waiting for the registry'); setTimeout(() => {}, 600000)";
    const result = await run(node, ['-e', sleeper], { cwd, timeoutMs: 500 });
    expect(result).toMatchObject({ code: null, signal: 'SIGTERM', timedOut: true });
    expect(describeEnd(result)).toBe('timed out after 0.5 s (killed by SIGTERM)');

    const error = await runOrThrow(node, ['-e', sleeper], { cwd, timeoutMs: 500 }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('timed out after 0.5 s (killed by SIGTERM)');
    expect((error as Error).message).toContain('line one');
    expect((error as Error).message).toContain('waiting for the registry');
    expect((error as Error).message).not.toContain('exited null');
  });

  it('reports a command killed by a signal from elsewhere as such', async () => {
    const result = await run(node, ['-e', "console.log('before the kill'); process.kill(process.pid, 'SIGKILL')"], {
      cwd,
    });
    expect(result).toMatchObject({ code: null, signal: 'SIGKILL', timedOut: false });
    expect(describeEnd(result)).toBe('killed by SIGKILL');
    await expect(
      runOrThrow(node, ['-e', "console.log('before the kill'); process.kill(process.pid, 'SIGKILL')"], { cwd }),
    ).rejects.toThrow(/killed by SIGKILL\nstdout \(end\):\nbefore the kill/);
  });

  it('reports an exit code, and a command that cannot start', async () => {
    const failed = await run(node, ['-e', "console.error('bad input'); process.exit(3)"], { cwd });
    expect(describeEnd(failed)).toBe('exited 3');
    await expect(runOrThrow(node, ['-e', "console.error('bad input'); process.exit(3)"], { cwd })).rejects.toThrow(
      /exited 3\nstdout: \(empty\)\nstderr \(end\):\nbad input/,
    );
    const missing = await run('/nonexistent/command', [], { cwd });
    expect(describeEnd(missing)).toMatch(/^could not start \(.*ENOENT/);
  });

  it('resolves a command that succeeds with its output', async () => {
    const result = await run(node, ['-e', "console.log('ok')"], { cwd });
    expect(result).toMatchObject({ code: 0, signal: null, timedOut: false, stdout: 'ok\n' });
  });
});

describe('tail', () => {
  it('keeps the last lines and says how many came before', () => {
    const text = Array.from({ length: 50 }, (_, i) => `line ${i + 1}`).join('\n');
    expect(tail(text, 3)).toBe('[... 47 earlier lines]\nline 48\nline 49\nline 50');
    expect(tail('a\nb\n', 3)).toBe('a\nb');
  });
});
