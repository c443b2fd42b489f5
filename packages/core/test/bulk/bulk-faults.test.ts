import { afterEach, describe, expect, it } from 'vitest';
import { AuthenticationError, bulkImport, NotFoundError } from '../../src/index.js';
import { ChartMogulClient } from '../../src/internal.js';
import { expectCounted, FAST_POLL, history, useBulkMock } from './support.js';

const mock = useBulkMock();
const options = { customersPerImport: 5, concurrency: 1, pollInterval: FAST_POLL } as const;

afterEach(() => {
  mock.faults.clear();
});

/** 4 customers and a plan: 17 records, one import. */
const RECORDS = 17;

// Real HTTP to the mock and imports processed over time: generous on a shared 2-core machine.
describe('bulkImport when ChartMogul misbehaves', { timeout: 60_000 }, () => {
  it.each([
    ['429 (the pipeline waits and sends again)', '429;retry-after=0'],
    ['500 before any work (the import is looked for, not found, sent again)', '500'],
    ['500 after the import was accepted (found by its external id, not sent twice)', '500;applied'],
    ['a dropped connection after the import was accepted', 'reset-before-response;applied'],
  ])('on create: %s', async (_name, fault) => {
    mock.rate(Number.POSITIVE_INFINITY);
    const cm = mock.client({ maxRetries: 3 });
    const ds = await mock.dataSource(cm);
    const created = mock.stats.created;
    mock.faults.next(fault);
    const summary = await bulkImport(cm, ds, history(4), options);
    expectCounted(summary, RECORDS);
    expect(summary).toMatchObject({ imported: RECORDS, failed: 0, imports: 1 });
    expect(mock.stats.created - created).toBe(1);
    expect(mock.faults.queued).toBe(0);
  });

  it('on polling: 503, 429 and 500 answers are retried and the import is still followed to its end', async () => {
    mock.rate(Number.POSITIVE_INFINITY);
    const cm = mock.client({ maxRetries: 4 });
    const ds = await mock.dataSource(cm);
    const polls = mock.stats.polls;
    // The create goes through; the status requests after it fail.
    mock.faults.next('latency=0', '503', '429;retry-after=0', '500', 'reset-before-response');
    const summary = await bulkImport(cm, ds, history(4), options);
    expectCounted(summary, RECORDS);
    expect(summary).toMatchObject({ imported: RECORDS, failed: 0, imports: 1 });
    expect(mock.faults.queued).toBe(0);
    expect(mock.stats.polls - polls).toBeGreaterThanOrEqual(1);
  });

  it('a 413 (or any other refusal of a batch) fails that batch’s records with the reason, and goes on', async () => {
    mock.rate(Number.POSITIVE_INFINITY);
    const cm = mock.client();
    const ds = await mock.dataSource(cm);
    mock.faults.next('413');
    const summary = await bulkImport(cm, ds, history(9), options);
    expectCounted(summary, 37);
    // The first batch (the plan and 5 customers: 21 records) was refused; later line items name that plan and fail too.
    expect(summary.failed).toBeGreaterThanOrEqual(21);
    expect(summary.imported).toBeGreaterThan(0);
  });

  it('rejects with the typed error when no batch can succeed: a wrong key, an unknown source', async () => {
    const cm = mock.client();
    const wrong = new ChartMogulClient({ apiKey: 'not-the-key', baseURL: cm.baseURL }, { readEnv: () => undefined, apiKeyHint: '' });
    const ds = await mock.dataSource(cm);
    await expect(bulkImport(wrong, ds, history(2), options)).rejects.toThrow(AuthenticationError);
    await expect(bulkImport(cm, 'ds_00000000-0000-0000-0000-000000000000', history(2), options)).rejects.toThrow(NotFoundError);
  });
});
