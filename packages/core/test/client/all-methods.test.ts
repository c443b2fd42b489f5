// Every one of the table's methods, called through the client (its calling shape, its request
// building, its pipeline) against the stateful mock over HTTP, in an order that keeps the account
// consistent. The hooks record which operations went out: all of them, each answered with a success.
import { expect, it } from 'vitest';
import { type HookEvent, operations } from '../../src/index.js';
import { useMockServer } from '../support/mock-server.js';

const mock = useMockServer('all-methods-key-3b7e');

const invoice = (externalId: string, planUuid: string, start: string, end: string, amount: number) => ({
  external_id: externalId,
  date: start,
  currency: 'USD',
  line_items: [
    {
      type: 'subscription' as const,
      subscription_external_id: 'sub_1',
      plan_uuid: planUuid,
      service_period_start: start,
      service_period_end: end,
      amount_in_cents: amount,
      quantity: 1,
      external_id: `li_${externalId}`,
    },
  ],
  transactions: [{ type: 'payment' as const, date: start, result: 'successful' as const, external_id: `tr_${externalId}` }],
});

it(`calls all ${operations.length} methods through the client, each answered with a success`, { timeout: 60_000 }, async () => {
  const sent: string[] = [];
  const answered = new Set<string>();
  const cm = mock.client({
    maxRetries: 0,
    hooks: {
      onRequest: (event: HookEvent) => void sent.push(event.operation),
      onResponse: (event) => void answered.add(event.operation),
    },
  });
  const ds = await cm.dataSources.create({ name: 'Billing' });
  const plan = await cm.plans.create({ data_source_uuid: ds.uuid, name: 'Gold', interval_count: 1, interval_unit: 'month', external_id: 'gold' });
  const c = (await cm.customers.create({ data_source_uuid: ds.uuid, external_id: 'cus_1', name: 'Acme', email: 'ops@acme.test', country: 'US' })).uuid;
  const other = (await cm.customers.create({ data_source_uuid: ds.uuid, external_id: 'other', email: 'ops@acme.test' })).uuid;
  const ds2 = (await cm.dataSources.create({ name: 'Second' })).uuid;
  const ds3 = (await cm.dataSources.create({ name: 'Third' })).uuid;
  const ext = (external_id: string) => ({ data_source_uuid: ds.uuid, external_id });
  const range = { start_date: '2024-01-01', end_date: '2024-06-30', interval: 'month' as const, geo: ['US'], plans: ['gold'] };

  await cm.ping({ timeout: 5000 });
  await cm.account.retrieve({ include: 'churn_recognition' });
  await cm.dataSources.list({ with_processing_status: true });
  await cm.dataSources.retrieve(ds.uuid);
  const gone = (await cm.customers.create({ data_source_uuid: ds.uuid, external_id: 'gone' })).uuid;
  await cm.customers.list();
  await cm.customers.retrieve(c);
  await cm.customers.update(c, { company: 'Acme' });
  await cm.customers.search({ email: 'ops@acme.test' });
  await cm.customers.retrieveAttributes(c);
  await cm.customers.tags.add(c, { tags: ['a'] });
  await cm.customers.tags.remove(c, { tags: ['a'] });
  await cm.customers.tags.addByEmail({ email: 'ops@acme.test', tags: ['b'] });
  await cm.customers.customAttributes.add(c, { custom: [{ type: 'String', key: 'k', value: 'v' }] });
  await cm.customers.customAttributes.update(c, { custom: { k: 'w' } });
  await cm.customers.customAttributes.remove(c, { custom: ['k'] });
  await cm.customers.customAttributes.addByEmail({ email: 'ops@acme.test', custom: [{ type: 'Integer', key: 'n', value: 1 }] });
  const contactBody = { customer_uuid: c, data_source_uuid: ds.uuid, first_name: 'A' };
  const contact = (await cm.contacts.create(contactBody)).uuid;
  await cm.contacts.list({ customer_uuid: c });
  await cm.contacts.retrieve(contact);
  await cm.contacts.update(contact, { last_name: 'B' });
  await cm.customers.contacts.list(c);
  const contact2 = (await cm.customers.contacts.create(c, { data_source_uuid: ds.uuid, first_name: 'B' })).uuid;
  await cm.contacts.merge(contact, contact2);
  await cm.contacts.delete(contact);
  const note = (await cm.customerNotes.create({ customer_uuid: c, type: 'note', text: 't' })).uuid;
  await cm.customerNotes.list();
  await cm.customerNotes.retrieve(note);
  await cm.customerNotes.update(note, { text: 'u' });
  await cm.customerNotes.delete(note);
  const opportunity = (
    await cm.opportunities.create({
      customer_uuid: c,
      owner: 'o',
      pipeline: 'p',
      pipeline_stage: 's',
      estimated_close_date: '2025-01-01',
      currency: 'USD',
      amount_in_cents: 1,
    })
  ).uuid;
  await cm.opportunities.list();
  await cm.opportunities.retrieve(opportunity);
  await cm.opportunities.update(opportunity, { win_likelihood: 50 });
  await cm.opportunities.delete(opportunity);
  const task = (await cm.tasks.create({ customer_uuid: c, task_details: 'd', assignee: 'a', due_date: '2025-01-01' })).task_uuid;
  await cm.tasks.list();
  await cm.tasks.retrieve(task);
  await cm.tasks.update(task, { assignee: 'b' });
  await cm.tasks.delete(task);
  const tmpPlan = (await cm.plans.create({ data_source_uuid: ds.uuid, name: 'Tmp', interval_count: 1, interval_unit: 'year' })).uuid;
  await cm.plans.list();
  await cm.plans.retrieve(tmpPlan);
  await cm.plans.update(tmpPlan, { name: 'Tmp2' });
  const group = (await cm.planGroups.create({ name: 'G', plans: [plan.uuid, tmpPlan] })).uuid;
  await cm.planGroups.list();
  await cm.planGroups.retrieve(group);
  await cm.planGroups.update(group, { name: 'H' });
  await cm.planGroups.plans.list(group);
  await cm.planGroups.delete(group);
  await cm.plans.delete(tmpPlan);
  const imported = await cm.invoices.import(c, {
    invoices: [invoice('inv', plan.uuid, '2024-01-01', '2024-02-01', 10000), invoice('inv2', plan.uuid, '2024-02-01', '2024-03-01', 10000)],
  });
  const inv = imported.invoices[0]?.uuid as string;
  await cm.invoices.listImported(c);
  await cm.invoices.updateImported(c, { invoices: [invoice('inv2', plan.uuid, '2024-02-01', '2024-03-01', 11000)] });
  await cm.invoices.list();
  await cm.invoices.retrieve(inv);
  await cm.invoices.update(inv, { collection_method: 'manual' });
  await cm.invoices.disable(inv);
  await cm.invoices.enable(inv);
  await cm.invoices.updateByExternalId({ ...ext('inv'), currency: 'EUR' });
  await cm.invoices.disableByExternalId(ext('inv'));
  await cm.invoices.enableByExternalId(ext('inv'));
  await cm.invoices.updateStatus(ds.uuid, 'inv2', { status: 'written_off' });
  const li = (await cm.lineItems.import(inv, { type: 'one_time', amount_in_cents: 5, external_id: 'li-x' })).uuid;
  await cm.lineItems.retrieve(li);
  await cm.lineItems.update(li, { quantity: 2 });
  await cm.lineItems.disable(li);
  await cm.lineItems.enable(li);
  await cm.lineItems.retrieveByExternalId(ext('li-x'));
  await cm.lineItems.updateByExternalId({ ...ext('li-x'), amount_in_cents: 6 });
  await cm.lineItems.disableByExternalId(ext('li-x'));
  await cm.lineItems.enableByExternalId(ext('li-x'));
  await cm.lineItems.deleteByExternalId(ext('li-x'));
  await cm.lineItems.delete((await cm.lineItems.import(inv, { type: 'one_time', amount_in_cents: 5 })).uuid);
  const tr = (await cm.transactions.import(inv, { type: 'refund', date: '2024-01-02', result: 'failed', external_id: 'tr-x' })).uuid;
  await cm.transactions.retrieve(tr);
  await cm.transactions.update(tr, { amount_in_cents: 1 });
  await cm.transactions.disable(tr);
  await cm.transactions.enable(tr);
  await cm.transactions.retrieveByExternalId(ext('tr-x'));
  await cm.transactions.updateByExternalId({ ...ext('tr-x'), result: 'successful' });
  await cm.transactions.disableByExternalId(ext('tr-x'));
  await cm.transactions.enableByExternalId(ext('tr-x'));
  await cm.transactions.deleteByExternalId(ext('tr-x'));
  await cm.transactions.delete((await cm.transactions.import(inv, { type: 'payment', date: '2024-01-02', result: 'failed' })).uuid);
  const sub = (await cm.subscriptions.listImported(c)).subscriptions[0]?.uuid as string;
  await cm.subscriptions.cancel(sub, { cancellation_dates: [] });
  await cm.customers.subscriptions.list(c);
  await cm.customers.activities.list(c);
  await cm.customers.subscriptions.connect(other, { subscriptions: [{ data_source_uuid: ds.uuid, uuid: sub }] });
  await cm.customers.subscriptions.disconnect(other, { subscriptions: [{ data_source_uuid: ds.uuid, uuid: sub }] });
  const event = await cm.subscriptionEvents.create({
    data_source_uuid: ds.uuid,
    customer_external_id: 'cus_1',
    subscription_external_id: 'se',
    event_type: 'subscription_cancelled',
    event_date: '2024-01-01',
    effective_date: '2024-01-01',
    external_id: 'se-1',
  });
  await cm.subscriptionEvents.list();
  await cm.subscriptionEvents.update({ id: event.id, quantity: 2 });
  await cm.subscriptionEvents.updateByExternalId({ data_source_uuid: ds.uuid, external_id: 'se-1', quantity: 3 });
  await cm.subscriptionEvents.disable(event.id);
  await cm.subscriptionEvents.enable(event.id);
  await cm.subscriptionEvents.disableByExternalId({ data_source_uuid: ds.uuid, external_id: 'se-1' });
  await cm.subscriptionEvents.enableByExternalId({ data_source_uuid: ds.uuid, external_id: 'se-1' });
  await cm.subscriptionEvents.delete({ id: event.id });
  const event2 = await cm.subscriptionEvents.create({
    data_source_uuid: ds.uuid,
    customer_external_id: 'cus_1',
    subscription_external_id: 'se',
    event_type: 'subscription_cancelled',
    event_date: '2024-01-02',
    effective_date: '2024-01-02',
    external_id: 'se-2',
  });
  expect(event2.external_id).toBe('se-2');
  await cm.subscriptionEvents.deleteByExternalId({ data_source_uuid: ds.uuid, external_id: 'se-2' });
  await cm.metrics.all(range);
  await cm.metrics.mrr(range);
  await cm.metrics.arr(range);
  await cm.metrics.arpa(range);
  await cm.metrics.asp(range);
  await cm.metrics.customerCount(range);
  await cm.metrics.customerChurnRate(range);
  await cm.metrics.mrrChurnRate(range);
  await cm.metrics.ltv(range);
  await cm.activities.list({ start_date: '2024-01-01' });
  const exported = await cm.activitiesExports.create({ type: 'new_biz' });
  await cm.activitiesExports.retrieve(exported.id);
  const jsonImport = await cm.jsonImports.create(ds.uuid, { external_id: 'b1', customers: [] });
  await cm.jsonImports.retrieve(ds.uuid, jsonImport.id);
  await cm.customers.merge({ from: { customer_uuid: other }, into: { customer_uuid: c } });
  await cm.customers.unmerge({ customer_uuid: c, data_source_uuid: ds.uuid, external_id: 'other' });
  await cm.invoices.deleteByExternalId(ext('inv2'));
  await cm.invoices.delete(inv);
  await cm.invoices.deleteAll(ds.uuid, c);
  await cm.customers.delete(gone);
  await cm.dataSources.purge(ds3);
  await cm.dataSources.empty(ds3);
  await cm.dataSources.delete(ds2);

  const all = operations.map((operation) => operation.id);
  expect(all).toHaveLength(125);
  expect(all.filter((id) => !sent.includes(id))).toEqual([]);
  expect(all.filter((id) => !answered.has(id))).toEqual([]);
});
