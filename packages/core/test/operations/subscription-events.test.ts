import { describe } from 'vitest';
import type { SubscriptionEvent } from '../../src/index.js';
import { captureRequests } from '../support/capture.js';
import { DS } from '../support/import-fixtures.js';
import { itSendsOnTheWire, } from '../support/wire-cases.js';

const wire = captureRequests();

const event: SubscriptionEvent = {
  id: 73966836,
  data_source_uuid: DS,
  customer_external_id: 'cus_0001',
  subscription_set_external_id: null,
  subscription_external_id: 'sub_0001',
  plan_external_id: 'gold_monthly',
  event_date: '2022-03-30T00:00:00Z',
  effective_date: '2022-04-01T00:00:00Z',
  event_type: 'subscription_start_scheduled',
  external_id: 'evnt_001',
  errors: {},
  created_at: '2022-03-31T11:42:18Z',
  updated_at: '2022-03-31T11:42:18Z',
  quantity: 1,
  currency: 'USD',
  amount_in_cents: 1000,
  tax_amount_in_cents: 0,
  retracted_event_id: null,
};

const fields = {
  data_source_uuid: DS,
  customer_external_id: 'cus_0001',
  event_type: 'subscription_start_scheduled' as const,
  event_date: '2022-03-30',
  effective_date: '2022-04-01',
  subscription_external_id: 'sub_0001',
  plan_external_id: 'gold_monthly',
  currency: 'USD',
  amount_in_cents: 1000,
  quantity: 1,
  external_id: 'evnt_001',
};
const byExternalId = { data_source_uuid: DS, external_id: 'evnt_001' };

describe('subscriptionEvents on the wire', () => {
  itSendsOnTheWire(wire, [
    {
      operation: 'subscriptionEvents.list',
      call: (cm) =>
        cm.subscriptionEvents.list({ event_type: 'subscription_cancelled', plan_external_id: 'gold_monthly', per_page: 5 }),
      method: 'GET',
      path: '/v1/subscription_events',
      query: { event_type: 'subscription_cancelled', plan_external_id: 'gold_monthly', per_page: '5' },
      reply: { subscription_events: [event], has_more: false, cursor: null, meta: { next_key: null } },
    },
    {
      operation: 'subscriptionEvents.create',
      call: (cm) => cm.subscriptionEvents.create(fields),
      method: 'POST',
      path: '/v1/subscription_events',
      body: { subscription_event: fields },
      reply: event,
    },
    {
      operation: 'subscriptionEvents.create',
      call: (cm) => cm.subscriptionEvents.create({ subscription_event: fields, handle_as_user_edit: true }),
      method: 'POST',
      path: '/v1/subscription_events',
      query: { handle_as_user_edit: 'true' },
      body: { subscription_event: fields },
      reply: event,
    },
    {
      operation: 'subscriptionEvents.update',
      call: (cm) => cm.subscriptionEvents.update({ id: event.id, amount_in_cents: 2000 }),
      method: 'PATCH',
      path: '/v1/subscription_events',
      body: { subscription_event: { id: event.id, amount_in_cents: 2000 } },
      reply: { ...event, amount_in_cents: 2000 },
    },
    {
      operation: 'subscriptionEvents.updateByExternalId',
      call: (cm) => cm.subscriptionEvents.updateByExternalId({ ...byExternalId, quantity: 4, handle_as_user_edit: true }),
      method: 'PATCH',
      path: '/v1/subscription_events',
      query: { handle_as_user_edit: 'true' },
      body: { subscription_event: { ...byExternalId, quantity: 4 } },
      reply: { ...event, quantity: 4 },
    },
    {
      operation: 'subscriptionEvents.delete',
      call: (cm) => cm.subscriptionEvents.delete({ id: event.id }),
      method: 'DELETE',
      path: '/v1/subscription_events',
      body: { subscription_event: { id: event.id } },
    },
    {
      operation: 'subscriptionEvents.deleteByExternalId',
      call: (cm) => cm.subscriptionEvents.deleteByExternalId({ subscription_event: byExternalId }),
      method: 'DELETE',
      path: '/v1/subscription_events',
      body: { subscription_event: byExternalId },
    },
    {
      operation: 'subscriptionEvents.disable',
      call: (cm) => cm.subscriptionEvents.disable(event.id),
      method: 'PATCH',
      path: `/v1/subscription_events/${event.id}/disabled_state`,
      body: { disabled: true },
      reply: { ...event, disabled: true },
    },
    {
      operation: 'subscriptionEvents.disable',
      call: (cm) => cm.subscriptionEvents.disable(event.id, { handle_as_user_edit: false }),
      method: 'PATCH',
      path: `/v1/subscription_events/${event.id}/disabled_state`,
      query: { handle_as_user_edit: 'false' },
      body: { disabled: true },
      reply: { ...event, disabled: true },
    },
    {
      operation: 'subscriptionEvents.enable',
      call: (cm) => cm.subscriptionEvents.enable(event.id, {}),
      method: 'PATCH',
      path: `/v1/subscription_events/${event.id}/disabled_state`,
      body: { disabled: false },
      reply: event,
    },
    {
      operation: 'subscriptionEvents.disableByExternalId',
      call: (cm) => cm.subscriptionEvents.disableByExternalId(byExternalId),
      method: 'PATCH',
      path: '/v1/subscription_events/disabled_state',
      body: { subscription_event: byExternalId, disabled: true },
      reply: { ...event, disabled: true },
    },
    {
      operation: 'subscriptionEvents.enableByExternalId',
      call: (cm) => cm.subscriptionEvents.enableByExternalId({ subscription_event: byExternalId }),
      method: 'PATCH',
      path: '/v1/subscription_events/disabled_state',
      body: { subscription_event: byExternalId, disabled: false },
      reply: event,
    },
  ]);
});
