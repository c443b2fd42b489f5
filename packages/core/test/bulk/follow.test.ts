import { describe, expect, it } from 'vitest';
import type { BulkImportClient } from '../../src/bulk/bulk-import.js';
import { type FollowContext, followImport } from '../../src/bulk/follow.js';
import { PollPacer } from '../../src/bulk/poll-pacer.js';
import { systemTiming } from '../../src/pipeline/timing.js';
import type { JsonImport } from '../../src/index.js';

const status = (value: string): JsonImport => ({
  id: 'imp_1',
  data_source_uuid: 'ds_1',
  external_id: 'bulk-000000-x',
  status: value,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
});

/** A client whose status answers are scripted: one per request. */
function scripted(answers: string[]) {
  const asked: string[] = [];
  const client = {
    jsonImports: {
      create: () => Promise.reject(new Error('not used')),
      retrieve: (_ds: string, id: string) => {
        asked.push(id);
        return Promise.resolve(status(answers.shift() ?? 'completed'));
      },
    },
  } as unknown as BulkImportClient;
  return { client, asked };
}

const poll = { initialMs: 1, maxMs: 4, factor: 2 };

const context = (client: BulkImportClient, signal?: AbortSignal): FollowContext => ({
  client,
  dataSourceUuid: 'ds_1',
  poll,
  signal,
  requestOptions: {},
  pacer: new PollPacer(systemTiming, poll),
});

describe('following an import', () => {
  it('polls until completed or failed, taking any other status (one added later) as not final', async () => {
    const { client, asked } = scripted(['queued', 'validating', 'processing', 'failed']);
    const final = await followImport(context(client), 'imp_1', status('queued'), 10);
    expect(final?.status).toBe('failed');
    expect(asked).toEqual(['imp_1', 'imp_1', 'imp_1', 'imp_1']);
  });

  it('does not poll an import already final in the create answer, and stops on abort', async () => {
    const { client, asked } = scripted([]);
    const done = await followImport(context(client), 'imp_1', status('completed'), 10);
    expect(done?.status).toBe('completed');
    expect(asked).toEqual([]);
    const stopped = await followImport(context(client, AbortSignal.abort()), 'imp_1', status('queued'), 10);
    expect(stopped).toBeUndefined();
    expect(asked).toEqual([]);
  });
});
