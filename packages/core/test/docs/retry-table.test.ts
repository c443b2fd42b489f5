// Docs that cannot drift: the retry table of docs/reliability.md and of RELIABILITY.md says what the retry
// policy in code does, row by row and method by method.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Fault, isIdempotent, RETRYABLE_STATUSES, repeatable } from '../../src/pipeline/retry-policy.js';

const DOCS = ['../../../../docs/reliability.md', '../../RELIABILITY.md'];
const COLUMNS = [['GET', 'PUT', 'DELETE'], ['POST', 'PATCH']] as const;

/** The rows of the table headed "What went wrong": the row's label and its two cells. */
function retryTable(markdown: string): Array<{ label: string; cells: [string, string] }> {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^\|\s*What went wrong\s*\|/.test(line));
  expect(start, 'the retry table').toBeGreaterThan(-1);
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [label, first, second] = line.split('|').slice(1, 4).map((cell) => cell.trim());
    rows.push({ label: label as string, cells: [first, second] as [string, string] });
  }
  return rows;
}

/** The faults a row's label speaks of. A row this does not know fails the test: say here what it means. */
function faultsOf(label: string): Fault[] {
  if (/^connection refused/.test(label)) return [{ kind: 'connection', requestSent: false }];
  // A certificate that is refused now is refused on every try: permanent.
  if (/^TLS certificate refused/.test(label)) return [{ kind: 'connection', requestSent: false, permanent: true }];
  // A 101 upgrade is reported as a connection that ended after the request left (101 is no status here).
  if (/^connection reset/.test(label)) return [{ kind: 'connection', requestSent: true }];
  // ResponseTooLargeError is no APIError: the policy sees neither a status nor a connection fault.
  if (/`maxResponseBytes`/.test(label)) return [{ kind: 'other' }];
  const statuses = [...label.matchAll(/\b([1-5]\d\d)\b/g)].map((match) => Number(match[1]));
  if (/^any other status/.test(label)) {
    return [400, 401, 403, 404, 409, 422, 501, 301].map((status) => ({ kind: 'status', status, retryAfter: false }) as Fault).concat({ kind: 'other' });
  }
  if (/with (a readable )?`Retry-After`/.test(label)) return statuses.map((status) => ({ kind: 'status', status, retryAfter: true }));
  if (statuses.length > 0) return statuses.map((status) => ({ kind: 'status', status, retryAfter: false }));
  if (/`timeout`/.test(label)) return [{ kind: 'timeout' }];
  if (/`AbortSignal`/.test(label)) return [{ kind: 'abort' }];
  throw new Error(`The retry table has a row this test does not know: ${label}`);
}

const retried = (fault: Fault, method: string) => {
  const rule = repeatable(fault);
  return rule === 'any-method' || (rule === 'idempotent-only' && isIdempotent(method));
};

describe.each(DOCS)('the retry table of %s', (path) => {
  const rows = retryTable(readFileSync(new URL(path, import.meta.url), 'utf8'));

  it.each(rows)('$label: $cells', ({ label, cells }) => {
    for (const [column, methods] of COLUMNS.entries()) {
      const says = cells[column] === 'retry';
      expect(['retry', 'no', 'never']).toContain(cells[column]);
      for (const fault of faultsOf(label)) {
        for (const method of methods) expect(retried(fault, method), `${label}, ${method}`).toBe(says);
      }
    }
  });

  it('names every status the policy retries', () => {
    const named = new Set(rows.filter(({ cells }) => cells.includes('retry')).flatMap(({ label }) => faultsOf(label)).flatMap((fault) => (fault.kind === 'status' ? [fault.status] : [])));
    expect([...named].sort()).toEqual([...RETRYABLE_STATUSES].sort());
  });
});
