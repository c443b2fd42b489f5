import type { Answer, MockApi } from '../support/mock-api.js';

/** A seeded account: its ids by kind (the prefix of ChartMogul's ids, or a name for bare uuids) and lookup values. */
export interface World {
  ids: Record<string, Array<string | number>>;
  emails: string[];
  customerExternalIds: string[];
  /** Customer 1's subscriptions, by external id (a connect moves them to customer 0). */
  subscriptionExternalIds: string[];
}

/** The n-th seeded id of a kind. */
export function idOf(world: World, kind: string, n = 0): string {
  const id = world.ids[kind]?.[n];
  if (id === undefined) throw new Error(`The world has no ${kind} #${n}.`);
  return String(id);
}

function invoice(externalId: string, plan: string, subscription: string, start: string, end: string) {
  return {
    external_id: externalId,
    date: start,
    due_date: start,
    currency: 'USD',
    line_items: [
      { type: 'subscription', subscription_external_id: subscription, plan_uuid: plan, service_period_start: start, service_period_end: end, amount_in_cents: 1000, quantity: 1, external_id: `li-${externalId}` },
      { type: 'one_time', amount_in_cents: 500, quantity: 1, description: 'Setup', external_id: `li-${externalId}-setup` },
    ],
    transactions: [{ type: 'payment', date: start, result: 'successful', external_id: `tr-${externalId}`, amount_in_cents: 1500 }],
  };
}

async function must(answer: Promise<Answer>, what: string): Promise<Answer['body']> {
  const { status, body } = await answer;
  if (status >= 300) throw new Error(`Seeding ${what} failed: ${status} ${JSON.stringify(body)}`);
  return body;
}

/**
 * An account with at least two (three where a recorded request names three) of every kind of
 * record, so that any recorded request can be pointed at records that exist: the recorded ids are
 * replaced by these, kind by kind, in order of appearance (see remap.ts).
 */
export async function seedWorld(api: MockApi): Promise<World> {
  const w: World = {
    ids: {},
    emails: ['gavin@example.test', 'john@example.test', 'ann@example.test'],
    customerExternalIds: ['seed-cus-0', 'seed-cus-1', 'seed-cus-2'],
    subscriptionExternalIds: ['s1a', 's1b', 's1c'],
  };
  const add = (kind: string, id: string | number) => {
    w.ids[kind] = [...(w.ids[kind] ?? []), id];
  };
  for (const name of ['Billing', 'Second']) add('ds', (await must(api.post('/v1/data_sources', { name }), 'a data source')).uuid);
  const ds = idOf(w, 'ds');
  for (const [i, unit] of ['month', 'year', 'month'].entries()) {
    add('pl', (await must(api.post('/v1/plans', { data_source_uuid: ds, name: `Plan ${i}`, interval_count: 1, interval_unit: unit, external_id: `seed-pl-${i}` }), 'a plan')).uuid);
  }
  for (const [i, email] of w.emails.entries()) {
    const body = { data_source_uuid: ds, external_id: w.customerExternalIds[i], name: `Customer ${i}`, email, company: 'Hooli', country: 'US', city: 'Berlin', website_url: 'https://example.test' };
    add('cus', (await must(api.post('/v1/customers', body), 'a customer')).uuid);
  }
  // Customer 0 pays for two subscriptions; customer 1 for three (the ones a connect moves to customer 0).
  const plans = w.ids.pl as string[];
  const imports: Array<[number, string[]]> = [[0, ['s0a', 's0b']], [1, w.subscriptionExternalIds]];
  for (const [c, subscriptions] of imports) {
    const invoices = subscriptions.flatMap((s, i) => [
      invoice(`${s}-jan`, plans[i % 2] as string, s, '2015-01-01', '2015-02-01'),
      invoice(`${s}-feb`, plans[i % 2] as string, s, '2015-02-01', '2015-03-01'),
    ]);
    const body = await must(api.post(`/v1/import/customers/${idOf(w, 'cus', c)}/invoices`, { invoices }), 'invoices');
    for (const inv of body.invoices) {
      add('inv', inv.uuid);
      for (const li of inv.line_items) add('li', li.uuid);
      for (const tr of inv.transactions) add('tr', tr.uuid);
    }
    const subs = (await must(api.get(`/v1/import/customers/${idOf(w, 'cus', c)}/subscriptions`), 'subscriptions')).subscriptions;
    for (const s of subs) add(c === 0 ? 'sub' : 'subscription', c === 0 ? s.uuid : s.uuid.replace(/^sub_/, ''));
  }
  const customer = idOf(w, 'cus');
  for (const i of [0, 1]) {
    add('con', (await must(api.post('/v1/contacts', { customer_uuid: customer, data_source_uuid: ds, first_name: `C${i}`, email: `c${i}@example.test`, external_id: `seed-con-${i}` }), 'a contact')).uuid);
    add('note', (await must(api.post('/v1/customer_notes', { customer_uuid: customer, type: 'call', text: `Note ${i}`, call_duration: 60, author_email: 'a@example.test' }), 'a note')).uuid);
    const opportunity = { customer_uuid: customer, owner: 'o@example.test', pipeline: 'New Business', pipeline_stage: 'Discovery', estimated_close_date: '2024-03-30', currency: 'USD', amount_in_cents: 100, type: 'one-time', forecast_category: 'best_case', win_likelihood: 30 };
    add('opportunity', (await must(api.post('/v1/opportunities', opportunity), 'an opportunity')).uuid);
    add('task', (await must(api.post('/v1/tasks', { customer_uuid: customer, task_details: 'Call', assignee: 'a@example.test', due_date: '2025-04-30' }), 'a task')).task_uuid);
    add('plg', (await must(api.post('/v1/plan_groups', { name: `Group ${i}`, plans: [plans[0], plans[1]] }), 'a plan group')).uuid);
    const event = { data_source_uuid: ds, customer_external_id: w.customerExternalIds[0], subscription_external_id: `se-${i}`, plan_external_id: 'seed-pl-0', event_type: 'subscription_start_scheduled', event_date: '2015-01-01', effective_date: '2015-01-05', external_id: `seed-ev-${i}`, currency: 'USD', amount_in_cents: 1000, quantity: 1 };
    add('event', (await must(api.post('/v1/subscription_events', { subscription_event: event }), 'a subscription event')).id);
    add('export', (await must(api.post('/v1/activities_export', { type: 'new_biz' }), 'an activities export')).id);
  }
  await must(api.post(`/v1/customers/${customer}/attributes/tags`, { tags: ['seeded'] }), 'tags');
  await must(api.post(`/v1/customers/${customer}/attributes/custom`, { custom: [{ type: 'String', key: 'channel', value: 'web' }] }), 'custom attributes');
  w.ids.subscriptionExternalId = w.subscriptionExternalIds;
  return w;
}
