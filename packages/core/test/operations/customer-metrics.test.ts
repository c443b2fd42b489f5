import { describe, expect, it } from 'vitest';
import { captureRequests, testClient } from '../support/capture.js';
import { expectRequest } from '../support/expect-request.js';

const wire = captureRequests();
const client = testClient();

const subscription = {
  id: 9306830,
  external_id: 'sub_0001',
  plan: 'Gold Monthly',
  quantity: 1,
  uuid: 'sub_d1c0c885-add0-48db-8fa9-0bdf5017d6b0',
  mrr: 70800,
  arr: 849600,
  status: 'active',
  'billing-cycle': 'month',
  'billing-cycle-count': 1,
  'start-date': '2023-06-20T08:26:49-05:00',
  'end-date': '2023-09-20T09:26:49-05:00',
  currency: 'USD',
  'currency-sign': '$',
};
const activity = {
  id: 48730,
  date: '2023-06-09T13:16:00-04:00',
  type: 'new_biz',
  description: 'purchased the Silver Monthly plan (1)',
  'activity-arr': 24000,
  'activity-mrr': 2000,
  'activity-mrr-movement': 2000,
  currency: 'USD',
  'currency-sign': '$',
  'plan-external-id': '99_monthly',
  'subscription-external-id': '1',
};

describe('customers.subscriptions', () => {
  it('list pages the subscriptions of one customer', async () => {
    const page = { entries: [subscription], cursor: null, has_more: false };
    wire.reply(page);
    const first = await client.customers.subscriptions.list('cus_1', { per_page: 1 });
    expectRequest(wire.last(), { method: 'GET', path: '/v1/customers/cus_1/subscriptions', query: { per_page: '1' } });
    expect(first).toEqual(page);
    const items = [];
    for await (const item of client.customers.subscriptions.list('cus_1')) items.push(item);
    expect(items).toEqual([subscription]);
  });

  it.each([
    ['connect', '/v1/customers/cus_1/connect_subscriptions'],
    ['disconnect', '/v1/customers/cus_1/disconnect_subscriptions'],
  ] as const)('%s posts the subscriptions to %s', async (method, path) => {
    wire.reply(undefined, 202);
    const params = {
      subscriptions: [
        { data_source_uuid: 'ds_1', uuid: 'sub_1' },
        { data_source_uuid: 'ds_1', external_id: 'sub_0002' },
      ],
    };
    const result = await client.customers.subscriptions[method]('cus_1', params);
    expectRequest(wire.last(), { method: 'POST', path, body: params });
    expect(result).toBeUndefined();
  });
});

describe('customers.activities', () => {
  it('list pages the activities of one customer', async () => {
    const page = { entries: [activity], cursor: 'a2', has_more: false };
    wire.reply(page);
    const first = await client.customers.activities.list('cus_1', { cursor: 'a1' });
    expectRequest(wire.last(), { method: 'GET', path: '/v1/customers/cus_1/activities', query: { cursor: 'a1' } });
    expect(first).toEqual(page);
    await expect(client.customers.activities.list('cus_1').toArray({ limit: 10 })).resolves.toEqual([activity]);
  });
});
