import { describe, expect, it } from 'vitest';
import { captureRequests, testClient } from '../support/capture.js';
import { expectRequest } from '../support/expect-request.js';

const wire = captureRequests();
const client = testClient();

const source = {
  uuid: 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430',
  name: 'In-house billing',
  system: 'Custom',
  created_at: '2023-01-10T15:34:05.437Z',
  status: 'idle',
};

describe('dataSources', () => {
  it('create posts the name', async () => {
    wire.reply(source);
    const result = await client.dataSources.create({ name: 'In-house billing' });
    expectRequest(wire.last(), { method: 'POST', path: '/v1/data_sources', body: { name: 'In-house billing' } });
    expect(result).toEqual(source);
  });

  it('list sends filters and switches in the query and returns every source at once', async () => {
    const list = { data_sources: [source] };
    wire.reply(list);
    const result = await client.dataSources.list({ system: 'Custom', with_processing_status: true });
    expectRequest(wire.last(), {
      method: 'GET',
      path: '/v1/data_sources',
      query: { system: 'Custom', with_processing_status: 'true' },
    });
    expect(result).toEqual(list);
  });

  it('retrieve puts the uuid in the path and the switches in the query', async () => {
    const detailed = { ...source, processing_status: { processed: 5, pending: 0, failed: 1 } };
    wire.reply(detailed);
    const result = await client.dataSources.retrieve(source.uuid, {
      with_processing_status: true,
      with_invoice_handling_setting: false,
    });
    expectRequest(wire.last(), {
      method: 'GET',
      path: `/v1/data_sources/${source.uuid}`,
      query: { with_processing_status: 'true', with_invoice_handling_setting: 'false' },
    });
    expect(result).toEqual(detailed);
  });

  it.each([
    ['delete', '/v1/data_sources/ds_1'],
    ['purge', '/v1/data_sources/ds_1/dependent'],
    ['empty', '/v1/data_sources/ds_1/all'],
  ] as const)('%s sends a DELETE to %s without a body', async (method, path) => {
    wire.reply(undefined, 204);
    const result = await client.dataSources[method]('ds_1');
    expectRequest(wire.last(), { method: 'DELETE', path });
    expect(result).toBeUndefined();
  });
});
