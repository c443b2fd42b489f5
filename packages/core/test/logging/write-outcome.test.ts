import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src/index.js';
import { createLog } from '../../src/logging/logger.js';
import { execute } from '../../src/pipeline/execute.js';
import { instantTiming, request, scriptedTransport } from '../support/scripted.js';

describe('logging a write whose outcome is unknown', () => {
  it('is an error line: an operator must check whether it was applied', async () => {
    const lines: [string, string][] = [];
    const logger: Logger = {
      debug: () => undefined,
      info: () => undefined,
      warn: (m) => lines.push(['warn', m]),
      error: (m) => lines.push(['error', m]),
    };
    for (const step of [{ status: 502 }, { fail: 'reset' as const }, { status: 404 }]) {
      await execute(request('POST'), {
        transport: scriptedTransport([step]),
        timeout: 1000,
        maxRetries: 2,
        retryBudget: 60_000,
        log: createLog(logger, 'warn'),
        timing: instantTiming().timing,
      }).catch(() => undefined);
    }
    expect(lines).toEqual([
      ['error', 'chartmogul: POST /v1/things/thg_1 failed (502); not retried because the write may have been applied: check before repeating it'],
      ['error', 'chartmogul: POST /v1/things/thg_1 failed (connection error (UND_ERR_SOCKET)); not retried because the write may have been applied: check before repeating it'],
    ]);
  });
});
