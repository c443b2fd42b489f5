import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { API_KEY } from './support/test-api.js';

// Nothing listens on the discard port: had the command line sent a request, it would exit 1 with a
// connection error. Exit 2 proves the mistake was caught before any request.
const NOWHERE = ['--base-url', 'http://127.0.0.1:9'];
const env = { CHARTMOGUL_API_KEY: API_KEY };

async function usage(args: string[]) {
  const run = await runCli([...args, ...NOWHERE], { env });
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  return run.stderr;
}

describe('usage errors exit 2 with a hint, before any request', () => {
  it('an unknown namespace, with the closest one', async () => {
    const stderr = await usage(['custmers', 'list']);
    expect(stderr).toContain('Unknown command "custmers"');
    expect(stderr).toContain('Did you mean "chartmogul customers"?');
  });

  it('an unknown method, with the closest one, and a nested namespace', async () => {
    expect(await usage(['customers', 'lst'])).toContain('Did you mean "chartmogul customers list"?');
    expect(await usage(['customers', 'tags', 'ad', 'cus_1'])).toContain('Did you mean "chartmogul customers tags add"?');
  });

  it('an unknown flag, with the closest parameter', async () => {
    const stderr = await usage(['customers', 'list', '--data-source-uid', 'ds_1']);
    expect(stderr).toContain('Unknown option --data-source-uid');
    expect(stderr).toContain('Did you mean "--data-source-uuid"?');
    expect(stderr).toContain('Run "chartmogul customers list --help"');
  });

  it('a missing or extra path parameter', async () => {
    expect(await usage(['customers', 'retrieve'])).toContain('needs <uuid>');
    expect(await usage(['contacts', 'merge', 'con_1'])).toContain('needs <from_uuid>');
    expect(await usage(['customers', 'retrieve', 'cus_1', 'cus_2'])).toContain('unexpected "cus_2"');
  });

  it('a value of the wrong type or outside the allowed ones', async () => {
    expect(await usage(['customers', 'list', '--per-page', 'many'])).toContain('--per-page takes a number, not "many"');
    const stderr = await usage(['metrics', 'mrr', '--start-date', '2025-01-01', '--end-date', '2025-12-31', '--interval', 'monthh']);
    expect(stderr).toContain('--interval is one of day, week, month, quarter, year');
    expect(stderr).toContain('Did you mean "month"?');
    expect(await usage(['customers', 'update', 'cus_1', '--attributes', '{not json'])).toContain('--attributes takes JSON');
  });

  it('a missing required parameter', async () => {
    const stderr = await usage(['metrics', 'mrr', '--start-date', '2025-01-01']);
    expect(stderr).toContain('needs --end-date');
  });

  it('a namespace without a method, --all on a single record, an unknown format', async () => {
    expect(await usage(['customers'])).toContain('"chartmogul customers" needs a method');
    expect(await usage(['customers', 'retrieve', 'cus_1', '--all'])).toContain('--all applies to lists only');
    expect(await usage(['ping', '--format', 'jsn'])).toContain('Did you mean "json"?');
  });

  it('a path parameter the API would misread (core refuses it before sending)', async () => {
    expect(await usage(['customers', 'retrieve', '..'])).toContain('uuid');
  });

  it('an unreadable --data file or a --data that is not an object', async () => {
    expect(await usage(['customers', 'create', '--data', '@/nonexistent/customer.json'])).toContain('cannot read');
    expect(await usage(['customers', 'create', '--data', '[1,2]'])).toContain('must hold a JSON object');
  });
});
