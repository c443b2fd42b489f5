import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FailedFile } from '../src/bulk/failed-file.js';

// The bulk import's failed file writes through the import's FailedRecordsFile: owner-only and redacted.

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chartmogul-cli-bulk-failed-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the bulk failed-records file', () => {
  it('cuts the key out of each line, keeps _error and _line, and replaces the previous file only when complete', async () => {
    const path = join(dir, 'records.failed.jsonl');
    await writeFile(path, '{"old":true}\n', { mode: 0o644 });
    const file = await FailedFile.create(path, (text) => text.replaceAll('sk_secret', '[redacted]'));
    await file.write({ customer: { name: 'a' } }, 'rejected: key sk_secret', 3);
    await file.finish(false);
    const lines = (await readFile(path, 'utf8')).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual([{ customer: { name: 'a' }, _error: 'rejected: key [redacted]', _line: 3 }]);
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(existsSync(`${path}.partial`)).toBe(false);
    expect(file.error).toBeUndefined();
  });
});
