import { describe, expect, it } from 'vitest';
import type { ActivitiesExport, Activity } from '../../src/index.js';
import { captureRequests, testClient } from '../support/capture.js';
import { itSendsOnTheWire } from '../support/wire-cases.js';

const wire = captureRequests();

const activity: Activity = {
  uuid: 'f1a49735-21c7-4e3f-9ddc-67927aaadcf4',
  description: 'purchased the Silver plan',
  'activity-mrr-movement': 6000,
  'activity-mrr': 6000,
  'activity-arr': 72000,
  date: '2023-02-21T09:28:10+00:00',
  type: 'new_biz',
  currency: 'USD',
  'subscription-external-id': 'sub_0001',
  'plan-external-id': 'silver',
  'customer-name': 'Myriapod Labs',
  'customer-uuid': 'cus_8bc55ab6-c3b5-11eb-ac45-2f9a49d75af7',
  'customer-external-id': 'cus_0001',
  'billing-connector-uuid': 'ds_99076cb8-97a1-11eb-8798-a73b507e7929',
};

const exported: ActivitiesExport = {
  id: '17042239-3674-4a61-b838-b6b307f28506',
  status: 'pending',
  file_url: null,
  params: { kind: 'activities', params: { activity_type: 'churn' } },
  expires_at: null,
  created_at: '2023-07-09T14:37:32+00:00',
};

describe('activities and activity exports on the wire', () => {
  itSendsOnTheWire(wire, [
    {
      operation: 'activities.list',
      call: (cm) => cm.activities.list({ start_date: '2023-02-21T09:28:10Z', type: 'new_biz', order: '-date', per_page: 2 }),
      method: 'GET',
      path: '/v1/activities',
      query: { 'start-date': '2023-02-21T09:28:10Z', type: 'new_biz', order: '-date', per_page: '2' },
      reply: { entries: [activity], has_more: false, cursor: 'AjMx90k' },
    },
    {
      operation: 'activitiesExports.create',
      call: (cm) => cm.activitiesExports.create({ start_date: '2022-01-01', end_date: '2022-12-31', type: 'churn' }),
      method: 'POST',
      path: '/v1/activities_export',
      body: { 'start-date': '2022-01-01', 'end-date': '2022-12-31', type: 'churn' },
      reply: exported,
    },
    {
      operation: 'activitiesExports.retrieve',
      call: (cm) => cm.activitiesExports.retrieve(exported.id),
      method: 'GET',
      path: `/v1/activities_export/${exported.id}`,
      reply: { ...exported, status: 'succeeded', file_url: 'https://example.com/activities.zip' },
    },
  ]);
});

describe('activities.list paging (items under "entries")', () => {
  it('iterates activities across pages and stops where the caller stops', async () => {
    wire.reply({ entries: [activity, { ...activity, uuid: 'a2' }], has_more: true, cursor: 'c2' });
    const seen: string[] = [];
    for await (const item of testClient().activities.list({ 'end-date': '2023-03-01' })) {
      seen.push(item.uuid);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual([activity.uuid, 'a2']);
    // The second page may have been requested ahead (then cancelled by the break); nothing beyond it.
    expect(wire.requests[0]?.query).toEqual({ 'end-date': '2023-03-01' });
    expect(wire.requests.slice(1).map((request) => request.query)).toEqual(
      wire.requests.length > 1 ? [{ 'end-date': '2023-03-01', cursor: 'c2' }] : [],
    );
  });
});
