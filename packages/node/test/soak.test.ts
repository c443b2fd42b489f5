// The soak, short, on every Node version the package supports: packages/core/scripts/load-run.mjs
// with 2,000 calls through both transports (node:http and fetch), random faults, caller aborts,
// huge bodies, gzip bombs, 101 upgrades and untrusted TLS. The 100,000-call run and its figures
// are in packages/core/RELIABILITY.md. No timing is asserted: only that every call settled, with
// a result or a typed error, nothing went unhandled, no listener warning, and no timer or socket
// was left once the servers closed.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  binariesExistForThisPlatform,
  nodeBinaries,
  requireNodeBinary,
  whyMissing,
} from '@chartmogul-kit/node-runtimes';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../core/scripts/load-run.mjs', import.meta.url));
const CALLS = 2_000;

interface Report {
  node: string;
  outcomes: { results: number; wrongResults: number; typedErrors: Record<string, number>; untypedErrors: number };
  sent: { upgrade: number; tls: number; aborted: number };
  mock: { injected: Record<string, number> };
  handles: { leftAfterClose: Record<string, number> };
  warnings: string[];
  unhandled: number;
}

function soak(binary: string): Promise<{ code: number; report: Report | undefined; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      binary,
      [
        '--expose-gc',
        script,
        '--requests',
        String(CALLS),
        '--concurrency',
        '40',
        '--rate',
        '0.1',
        '--hostile',
        '0.02',
        '--quiet',
      ],
      // A call that never settles stalls the run: it stops itself after five minutes without progress.
      { timeout: 900_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const line = stdout.split('\n').find((l) => l.startsWith('{'));
        resolve({
          code: error ? Number(error.code ?? 1) : 0,
          report: line ? (JSON.parse(line) as Report) : undefined,
          stderr,
        });
      },
    );
  });
}

/** On Linux x64 (CI) a missing binary is an error; elsewhere that version is skipped, saying why. */
const binaryFor = (major: 18 | 22 | 24) =>
  binariesExistForThisPlatform ? requireNodeBinary(major) : nodeBinaries[major];
const versions: Array<[string, string | undefined]> = [
  ['18', binaryFor(18)],
  ['20', process.execPath],
  ['22', binaryFor(22)],
  ['24', binaryFor(24)],
];
for (const [major, binary] of versions)
  if (!binary) console.warn(`[skip] soak on Node ${major}: ${whyMissing(Number(major) as 18)}`);

describe.concurrent.each(versions)('soak on Node %s', (major, binary) => {
  it.skipIf(!binary)(
    `${CALLS} calls with faults, aborts and hostile answers all settle, typed, with nothing left over`,
    {
      timeout: 900_000,
    },
    async () => {
      const { code, report, stderr } = await soak(binary as string);
      expect(report, stderr).toBeDefined();
      const { outcomes } = report as Report;
      expect(report?.node.startsWith(`v${major}.`)).toBe(true);
      const typed = Object.values(outcomes.typedErrors).reduce((a, b) => a + b, 0);
      expect(outcomes.results + typed).toBe(CALLS);
      expect({ untyped: outcomes.untypedErrors, wrong: outcomes.wrongResults }).toEqual({ untyped: 0, wrong: 0 });
      expect(report?.unhandled).toBe(0);
      expect(report?.warnings).not.toContain('MaxListenersExceededWarning');
      // Every hostile kind really happened, and each ended in its typed error.
      expect(report?.sent.upgrade).toBeGreaterThan(0);
      expect(report?.sent.tls).toBeGreaterThan(0);
      expect(report?.sent.aborted).toBeGreaterThan(0);
      expect(outcomes.typedErrors.ResponseTooLargeError).toBeGreaterThan(0);
      expect(outcomes.typedErrors.UserAbortError).toBeGreaterThan(0);
      // Nothing left: no timer, no socket, once the servers are closed.
      expect(report?.handles.leftAfterClose).not.toHaveProperty('Timeout');
      expect(report?.handles.leftAfterClose).not.toHaveProperty('TCPSocketWrap');
      expect(code).toBe(0);
    },
  );
});
