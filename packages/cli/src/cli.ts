#!/usr/bin/env node
// The `chartmogul` binary: wires the process to main() and sets the exit code.
import { createRequire } from 'node:module';
import { type ImportInterrupts, main } from './main.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

// `chartmogul customers list --all | head` closes stdout early: that is the reader's choice, not
// an error, and a read has nothing to finish. An import does: it takes over (see stdoutClosed).
let onBrokenPipe: () => void = () => process.exit(0);
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return onBrokenPipe();
  throw error;
});

// stderr closed early (`2>&1 | head -1`, a log reader gone): the progress line, notes and errors
// have nowhere to go, and that must not end the command with an unhandled 'error' event. The
// command goes on; its exit code still says how it went.
process.stderr.on('error', () => {});

/**
 * Called when an import starts: from then on a closed stdout does not end the process; the
 * import stops sending, lets the requests in flight finish and saves the records it did not send.
 */
function stdoutClosed(): AbortSignal {
  const closed = new AbortController();
  onBrokenPipe = () => closed.abort();
  return closed.signal;
}

/**
 * Called when an import starts: from then on the first Ctrl-C lets it stop cleanly (and save the
 * records it did not send), a second one aborts the requests in flight (their records are saved
 * too), a third ends the process at once. Other commands keep Node's default.
 */
function gracefulInterrupt(): ImportInterrupts {
  const stop = new AbortController();
  const abandon = new AbortController();
  let presses = 0;
  // One listener for all three: between removing one and adding the next, Node would restore
  // the default action and a quick second Ctrl-C would kill the process.
  process.on('SIGINT', () => {
    presses += 1;
    if (presses === 1) stop.abort();
    else if (presses === 2) abandon.abort();
    else process.exit(130);
  });
  return { stop: stop.signal, abandon: abandon.signal };
}

process.exitCode = await main({
  argv: process.argv.slice(2),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  version,
  gracefulInterrupt,
  stdoutClosed,
});
