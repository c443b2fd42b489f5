import { describe, expect, it } from 'vitest';
import { captureRequests, testClient } from '../support/capture.js';
import { expectRequest } from '../support/expect-request.js';

const wire = captureRequests();
const client = testClient();

const opportunity = {
  uuid: '4ee13ca4-e7fe-11ee-fa7f-f303abf41acc',
  customer_uuid: 'cus_f466e33d-ff2b-4a11-8f85-417eb02157a7',
  owner: 'kamil@example.com',
  pipeline: 'New Business',
  pipeline_stage: 'Discovery',
  estimated_close_date: '2024-04-21',
  currency: 'USD',
  amount_in_cents: 100000,
  type: 'recurring',
  forecast_category: 'best_case',
  win_likelihood: 40,
  custom: { seats: 3 },
  created_at: '2024-03-20T09:55:50.156Z',
  updated_at: '2024-03-20T09:55:50.156Z',
};
const page = { entries: [opportunity], cursor: 'o2', has_more: false };

describe('opportunities', () => {
  it('create posts the opportunity', async () => {
    wire.reply(opportunity);
    const params = {
      customer_uuid: opportunity.customer_uuid,
      owner: opportunity.owner,
      pipeline: 'New Business',
      pipeline_stage: 'Discovery',
      estimated_close_date: '2024-04-21',
      currency: 'USD',
      amount_in_cents: 100000,
      type: 'recurring' as const,
      forecast_category: 'best_case' as const,
      win_likelihood: 40,
      custom: [{ key: 'seats', value: 3 }],
    };
    const result = await client.opportunities.create(params);
    expectRequest(wire.last(), { method: 'POST', path: '/v1/opportunities', body: params });
    expect(result).toEqual(opportunity);
  });

  it('list sends the filters in the query and iterates the entries', async () => {
    wire.reply(page);
    const first = await client.opportunities.list({
      owner: 'kamil@example.com',
      pipeline_stage: 'Discovery',
      estimated_close_date_on_or_after: '2024-01-01',
    });
    expectRequest(wire.last(), {
      method: 'GET',
      path: '/v1/opportunities',
      query: { owner: 'kamil@example.com', pipeline_stage: 'Discovery', estimated_close_date_on_or_after: '2024-01-01' },
    });
    expect(first).toEqual(page);
    await expect(client.opportunities.list().toArray({ limit: 3 })).resolves.toEqual([opportunity]);
  });

  it('retrieve, update and delete address /v1/opportunities/{uuid}', async () => {
    wire.reply(opportunity);
    expect(await client.opportunities.retrieve('opp_1')).toEqual(opportunity);
    expectRequest(wire.last(), { method: 'GET', path: '/v1/opportunities/opp_1' });

    const change = { amount_in_cents: 20000, custom: [{ key: 'seats', value: 4 }] };
    expect(await client.opportunities.update('opp_1', change)).toEqual(opportunity);
    expectRequest(wire.last(), { method: 'PATCH', path: '/v1/opportunities/opp_1', body: change });

    wire.reply({});
    expect(await client.opportunities.delete('opp_1')).toEqual({});
    expectRequest(wire.last(), { method: 'DELETE', path: '/v1/opportunities/opp_1' });
  });
});
