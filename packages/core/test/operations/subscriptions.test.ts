import { describe, expect, it } from 'vitest';
import { operationTree, type ImportedSubscription } from '../../src/index.js';
import { captureRequests } from '../support/capture.js';
import { CUS, DS } from '../support/import-fixtures.js';
import { itSendsOnTheWire } from '../support/wire-cases.js';

const wire = captureRequests();

const subscription: ImportedSubscription = {
  uuid: 'sub_e6bc5407-e258-4de0-bb43-61faaf062035',
  external_id: 'sub_0001',
  subscription_set_external_id: 'set_0001',
  plan_uuid: 'pl_eed05d54-75b4-431b-adb2-eb6b9e543206',
  customer_uuid: CUS,
  data_source_uuid: DS,
  cancellation_dates: [],
};

describe('subscriptions (Import API) on the wire', () => {
  itSendsOnTheWire(wire, [
    {
      operation: 'subscriptions.listImported',
      call: (cm) => cm.subscriptions.listImported(CUS, { per_page: 5 }),
      method: 'GET',
      path: `/v1/import/customers/${CUS}/subscriptions`,
      query: { per_page: '5' },
      reply: { customer_uuid: CUS, subscriptions: [subscription], has_more: false, cursor: null },
    },
    {
      operation: 'subscriptions.cancel',
      call: (cm) => cm.subscriptions.cancel(subscription.uuid, { cancelled_at: '2022-01-15 00:00:00' }),
      method: 'PATCH',
      path: `/v1/import/subscriptions/${subscription.uuid}`,
      body: { cancelled_at: '2022-01-15 00:00:00' },
      reply: { ...subscription, cancellation_dates: ['2022-01-15T00:00:00.000Z'] },
    },
    {
      operation: 'subscriptions.cancel',
      call: (cm) => cm.subscriptions.cancel(subscription.uuid, { cancellation_dates: [] }),
      method: 'PATCH',
      path: `/v1/import/subscriptions/${subscription.uuid}`,
      body: { cancellation_dates: [] },
      reply: subscription,
    },
  ]);

  it('the deprecated row says what to use instead', () => {
    expect(operationTree.subscriptions.listImported.deprecated).toMatch(/\/v1\/customers\/\{uuid\}\/subscriptions/);
  });
});
