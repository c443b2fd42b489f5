#!/usr/bin/env node
// The `chartmogul` binary: wires the process to main() and sets the exit code.
import { createRequire } from 'node:module';
import { main } from './main.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

// `chartmogul customers list --all | head` closes stdout early: that is the reader's choice, not
// an error, and a read has nothing to finish. An import does: it takes over (see stdoutClosed).
let onBrokenPipe: () => void = () => process.exit(0);
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return onBrokenPipe();
  throw error;
});

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
 * records it did not send), a second one ends the process. Other commands keep Node's default.
 */
function gracefulInterrupt(): AbortSignal {
  const interrupt = new AbortController();
  process.once('SIGINT', () => {
    interrupt.abort();
    process.once('SIGINT', () => process.exit(130));
  });
  return interrupt.signal;
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
