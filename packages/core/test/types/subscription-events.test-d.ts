import { describe, expectTypeOf, it } from 'vitest';
import type { ChartMogulClient, SubscriptionEvent } from '../../src/index.js';

declare const cm: ChartMogulClient;
const start = {
  data_source_uuid: 'ds',
  customer_external_id: 'cus_1',
  event_type: 'subscription_start',
  event_date: '2024-01-01',
  effective_date: '2024-01-01',
} as const;

describe('subscriptionEvents types', () => {
  it('writes take the fields flat or wrapped', () => {
    cm.subscriptionEvents.create(start);
    cm.subscriptionEvents.create({ subscription_event: start, handle_as_user_edit: true });
    // @ts-expect-error effective_date is required
    cm.subscriptionEvents.create({ data_source_uuid: 'ds', customer_external_id: 'c', event_type: 'subscription_start', event_date: 'd' });
    // @ts-expect-error not an event type
    cm.subscriptionEvents.create({ ...start, event_type: 'subscription_paused' });
    // @ts-expect-error plan_id is not a wire name
    cm.subscriptionEvents.create({ ...start, plan_id: 'gold' });
    // @ts-expect-error the envelope holds the fields, typed the same
    cm.subscriptionEvents.create({ subscription_event: { ...start, amount_in_cents: 'ten' } });
  });

  it('update and delete find the event by id or by source and external id', () => {
    cm.subscriptionEvents.update({ id: 1, quantity: 2 });
    cm.subscriptionEvents.updateByExternalId({ data_source_uuid: 'ds', external_id: 'e', quantity: 2 });
    cm.subscriptionEvents.delete({ subscription_event: { id: 1 } });
    cm.subscriptionEvents.deleteByExternalId({ data_source_uuid: 'ds', external_id: 'e' });
    // @ts-expect-error update needs the id
    cm.subscriptionEvents.update({ quantity: 2 });
    // @ts-expect-error the id is a number
    cm.subscriptionEvents.delete({ id: 'ev_1' });
    // @ts-expect-error by external id needs the source too
    cm.subscriptionEvents.disableByExternalId({ external_id: 'e' });
    // @ts-expect-error list filters by wire name
    cm.subscriptionEvents.list({ eventType: 'subscription_start' });
  });

  it('give typed results', () => {
    expectTypeOf(cm.subscriptionEvents.create(start)).resolves.toEqualTypeOf<SubscriptionEvent>();
    expectTypeOf(cm.subscriptionEvents.enable(1)).resolves.toEqualTypeOf<SubscriptionEvent>();
    expectTypeOf(cm.subscriptionEvents.delete({ id: 1 })).resolves.toEqualTypeOf<void>();
    expectTypeOf(cm.subscriptionEvents.list())
      .resolves.toHaveProperty('subscription_events')
      .toEqualTypeOf<SubscriptionEvent[]>();
  });
});
