import { expect, it } from 'vitest';
import { basics, mockApi, subscriptionInvoice, type Answer } from './support/mock-api.js';

/**
 * Every one of the 115 operations of the scope (docs/api.md), called once in an
 * order that keeps the account consistent, with the status ChartMogul answers. Each row is
 * named by the operation as the scope lists it.
 */
it('answers all 115 operations with their method, path and status', async () => {
  const api = mockApi();
  const { ds, plan, customer } = await basics(api);
  const c = customer.uuid;
  const ds2 = (await api.post('/v1/data_sources', { name: 'Second' })).body.uuid;
  const other = (await api.post('/v1/customers', { data_source_uuid: ds.uuid, external_id: 'other', email: 'ops@acme.test' })).body.uuid;
  const s: Record<string, string> = {};
  const keep = (key: string, pick: (body: any) => string) => (answer: Answer) => {
    s[key] = pick(answer.body);
    return answer;
  };
  const ext = (id: string) => `data_source_uuid=${ds.uuid}&external_id=${id}`;
  const range = 'start-date=2024-01-01&end-date=2024-06-30&interval=month';
  const contactBody = { customer_uuid: c, data_source_uuid: ds.uuid, first_name: 'A' };
  const eventRef = () => ({ subscription_event: { id: Number(s.event) } });

  const rows: Array<[operation: string, status: number, call: () => Promise<Answer>]> = [
    ['GET /v1/ping', 200, () => api.get('/v1/ping')],
    ['GET /v1/account', 200, () => api.get('/v1/account?include=churn_recognition')],
    ['POST /v1/data_sources', 201, () => api.post('/v1/data_sources', { name: 'Third' }).then(keep('ds3', (b) => b.uuid))],
    ['GET /v1/data_sources', 200, () => api.get('/v1/data_sources?with_processing_status=true')],
    ['GET /v1/data_sources/{uuid}', 200, () => api.get(`/v1/data_sources/${ds.uuid}`)],
    ['POST /v1/customers', 201, () => api.post('/v1/customers', { data_source_uuid: ds.uuid, external_id: 'gone' }).then(keep('gone', (b) => b.uuid))],
    ['GET /v1/customers', 200, () => api.get('/v1/customers')],
    ['GET /v1/customers/{uuid}', 200, () => api.get(`/v1/customers/${c}`)],
    ['PATCH /v1/customers/{uuid}', 200, () => api.patch(`/v1/customers/${c}`, { company: 'Acme' })],
    ['GET /v1/customers/search', 200, () => api.get('/v1/customers/search?email=ops%40acme.test')],
    ['GET /v1/customers/{uuid}/attributes', 200, () => api.get(`/v1/customers/${c}/attributes`)],
    ['POST /v1/customers/{uuid}/attributes/tags', 200, () => api.post(`/v1/customers/${c}/attributes/tags`, { tags: ['a'] })],
    ['DELETE /v1/customers/{uuid}/attributes/tags', 200, () => api.delete(`/v1/customers/${c}/attributes/tags`, { tags: ['a'] })],
    ['POST /v1/customers/attributes/tags', 200, () => api.post('/v1/customers/attributes/tags', { email: 'ops@acme.test', tags: ['b'] })],
    ['POST /v1/customers/{uuid}/attributes/custom', 200, () => api.post(`/v1/customers/${c}/attributes/custom`, { custom: [{ type: 'String', key: 'k', value: 'v' }] })],
    ['PUT /v1/customers/{uuid}/attributes/custom', 200, () => api.put(`/v1/customers/${c}/attributes/custom`, { custom: { k: 'w' } })],
    ['DELETE /v1/customers/{uuid}/attributes/custom', 204, () => api.delete(`/v1/customers/${c}/attributes/custom`, { custom: ['k'] })],
    ['POST /v1/customers/attributes/custom', 200, () => api.post('/v1/customers/attributes/custom', { email: 'ops@acme.test', custom: [{ type: 'Integer', key: 'n', value: 1 }] })],
    ['POST /v1/contacts', 201, () => api.post('/v1/contacts', contactBody).then(keep('contact', (b) => b.uuid))],
    ['GET /v1/contacts', 200, () => api.get(`/v1/contacts?customer_uuid=${c}`)],
    ['GET /v1/contacts/{uuid}', 200, () => api.get(`/v1/contacts/${s.contact}`)],
    ['PATCH /v1/contacts/{uuid}', 200, () => api.patch(`/v1/contacts/${s.contact}`, { last_name: 'B' })],
    ['GET /v1/customers/{uuid}/contacts', 200, () => api.get(`/v1/customers/${c}/contacts`)],
    ['POST /v1/customers/{uuid}/contacts', 201, () => api.post(`/v1/customers/${c}/contacts`, contactBody).then(keep('contact2', (b) => b.uuid))],
    ['POST /v1/contacts/{into_uuid}/merge/{from_uuid}', 200, () => api.post(`/v1/contacts/${s.contact}/merge/${s.contact2}`)],
    ['DELETE /v1/contacts/{uuid}', 200, () => api.delete(`/v1/contacts/${s.contact}`)],
    ['POST /v1/customer_notes', 201, () => api.post('/v1/customer_notes', { customer_uuid: c, type: 'note', text: 't' }).then(keep('note', (b) => b.uuid))],
    ['GET /v1/customer_notes', 200, () => api.get('/v1/customer_notes')],
    ['GET /v1/customer_notes/{uuid}', 200, () => api.get(`/v1/customer_notes/${s.note}`)],
    ['PATCH /v1/customer_notes/{uuid}', 200, () => api.patch(`/v1/customer_notes/${s.note}`, { text: 'u' })],
    ['DELETE /v1/customer_notes/{uuid}', 200, () => api.delete(`/v1/customer_notes/${s.note}`)],
    ['POST /v1/opportunities', 201, () => api.post('/v1/opportunities', { customer_uuid: c, owner: 'o', pipeline: 'p', pipeline_stage: 's', estimated_close_date: '2025-01-01', currency: 'USD', amount_in_cents: 1 }).then(keep('opp', (b) => b.uuid))],
    ['GET /v1/opportunities', 200, () => api.get('/v1/opportunities')],
    ['GET /v1/opportunities/{uuid}', 200, () => api.get(`/v1/opportunities/${s.opp}`)],
    ['PATCH /v1/opportunities/{uuid}', 200, () => api.patch(`/v1/opportunities/${s.opp}`, { win_likelihood: 50 })],
    ['DELETE /v1/opportunities/{uuid}', 200, () => api.delete(`/v1/opportunities/${s.opp}`)],
    ['POST /v1/tasks', 201, () => api.post('/v1/tasks', { customer_uuid: c, task_details: 'd', assignee: 'a', due_date: '2025-01-01' }).then(keep('task', (b) => b.task_uuid))],
    ['GET /v1/tasks', 200, () => api.get('/v1/tasks')],
    ['GET /v1/tasks/{uuid}', 200, () => api.get(`/v1/tasks/${s.task}`)],
    ['PATCH /v1/tasks/{uuid}', 200, () => api.patch(`/v1/tasks/${s.task}`, { assignee: 'b' })],
    ['DELETE /v1/tasks/{uuid}', 200, () => api.delete(`/v1/tasks/${s.task}`)],
    ['POST /v1/plans', 201, () => api.post('/v1/plans', { data_source_uuid: ds.uuid, name: 'Tmp', interval_count: 1, interval_unit: 'year' }).then(keep('plan', (b) => b.uuid))],
    ['GET /v1/plans', 200, () => api.get('/v1/plans')],
    ['GET /v1/plans/{uuid}', 200, () => api.get(`/v1/plans/${s.plan}`)],
    ['PATCH /v1/plans/{uuid}', 202, () => api.patch(`/v1/plans/${s.plan}`, { name: 'Tmp2' })],
    ['POST /v1/plan_groups', 200, () => api.post('/v1/plan_groups', { name: 'G', plans: [plan.uuid, s.plan] }).then(keep('group', (b) => b.uuid))],
    ['GET /v1/plan_groups', 200, () => api.get('/v1/plan_groups')],
    ['GET /v1/plan_groups/{uuid}', 200, () => api.get(`/v1/plan_groups/${s.group}`)],
    ['PATCH /v1/plan_groups/{uuid}', 200, () => api.patch(`/v1/plan_groups/${s.group}`, { name: 'H' })],
    ['GET /v1/plan_groups/{uuid}/plans', 200, () => api.get(`/v1/plan_groups/${s.group}/plans`)],
    ['DELETE /v1/plan_groups/{uuid}', 204, () => api.delete(`/v1/plan_groups/${s.group}`)],
    ['DELETE /v1/plans/{uuid}', 204, () => api.delete(`/v1/plans/${s.plan}`)],
    ['POST /v1/import/customers/{uuid}/invoices', 201, () =>
      api.post(`/v1/import/customers/${c}/invoices`, { invoices: [subscriptionInvoice('inv', plan, '2024-01-01', '2024-02-01', 10000), subscriptionInvoice('inv2', plan, '2024-02-01', '2024-03-01', 10000)] })
        .then(keep('invoice', (b) => b.invoices[0].uuid))],
    ['GET /v1/import/customers/{uuid}/invoices', 200, () => api.get(`/v1/import/customers/${c}/invoices`)],
    ['PUT /v1/import/customers/{uuid}/invoices', 200, () => api.put(`/v1/import/customers/${c}/invoices`, { invoices: [subscriptionInvoice('inv2', plan, '2024-02-01', '2024-03-01', 11000)] })],
    ['GET /v1/invoices', 200, () => api.get('/v1/invoices')],
    ['GET /v1/invoices/{uuid}', 200, () => api.get(`/v1/invoices/${s.invoice}`)],
    ['PATCH /v1/invoices/{uuid}', 200, () => api.patch(`/v1/invoices/${s.invoice}`, { collection_method: 'manual' })],
    ['PATCH /v1/invoices/{uuid}/disabled_state', 200, () => api.patch(`/v1/invoices/${s.invoice}/disabled_state`, { disabled: false })],
    ['PATCH /v1/invoices?data_source_uuid=&external_id=', 200, () => api.patch(`/v1/invoices?${ext('inv')}`, { currency: 'EUR' })],
    ['PATCH /v1/invoices/disabled_state?data_source_uuid=&external_id=', 200, () => api.patch(`/v1/invoices/disabled_state?${ext('inv')}`, { disabled: false })],
    ['PUT /v1/data_sources/{ds_uuid}/invoices/{invoice_external_id}/status', 200, () => api.put(`/v1/data_sources/${ds.uuid}/invoices/inv2/status`, { status: 'written_off' })],
    ['POST /v1/import/invoices/{invoice_uuid}/line_items', 201, () => api.post(`/v1/import/invoices/${s.invoice}/line_items`, { type: 'one_time', amount_in_cents: 5, external_id: 'li-x' }).then(keep('li', (b) => b.uuid))],
    ['GET /v1/line_items/{uuid}', 200, () => api.get(`/v1/line_items/${s.li}`)],
    ['PATCH /v1/line_items/{uuid}', 200, () => api.patch(`/v1/line_items/${s.li}`, { quantity: 2 })],
    ['PATCH /v1/line_items/{uuid}/disabled_state', 200, () => api.patch(`/v1/line_items/${s.li}/disabled_state`, { disabled: true })],
    ['GET /v1/line_items?data_source_uuid=&external_id=', 200, () => api.get(`/v1/line_items?${ext('li-x')}`)],
    ['PATCH /v1/line_items?data_source_uuid=&external_id=', 200, () => api.patch(`/v1/line_items?${ext('li-x')}`, { amount_in_cents: 6 })],
    ['PATCH /v1/line_items/disabled_state?data_source_uuid=&external_id=', 200, () => api.patch(`/v1/line_items/disabled_state?${ext('li-x')}`, { disabled: false })],
    ['DELETE /v1/line_items?data_source_uuid=&external_id=', 204, () => api.delete(`/v1/line_items?${ext('li-x')}`)],
    ['DELETE /v1/line_items/{uuid}', 204, () => api.post(`/v1/import/invoices/${s.invoice}/line_items`, { type: 'one_time', amount_in_cents: 5 }).then((a) => api.delete(`/v1/line_items/${a.body.uuid}`))],
    ['POST /v1/import/invoices/{invoice_uuid}/transactions', 201, () => api.post(`/v1/import/invoices/${s.invoice}/transactions`, { type: 'refund', date: '2024-01-02', result: 'failed', external_id: 'tr-x' }).then(keep('tr', (b) => b.uuid))],
    ['GET /v1/transactions/{uuid}', 200, () => api.get(`/v1/transactions/${s.tr}`)],
    ['PATCH /v1/transactions/{uuid}', 200, () => api.patch(`/v1/transactions/${s.tr}`, { amount_in_cents: 1 })],
    ['PATCH /v1/transactions/{uuid}/disabled_state', 200, () => api.patch(`/v1/transactions/${s.tr}/disabled_state`, { disabled: true })],
    ['GET /v1/transactions?data_source_uuid=&external_id=', 200, () => api.get(`/v1/transactions?${ext('tr-x')}`)],
    ['PATCH /v1/transactions?data_source_uuid=&external_id=', 200, () => api.patch(`/v1/transactions?${ext('tr-x')}`, { result: 'successful' })],
    ['PATCH /v1/transactions/disabled_state?data_source_uuid=&external_id=', 200, () => api.patch(`/v1/transactions/disabled_state?${ext('tr-x')}`, { disabled: false })],
    ['DELETE /v1/transactions?data_source_uuid=&external_id=', 204, () => api.delete(`/v1/transactions?${ext('tr-x')}`)],
    ['DELETE /v1/transactions/{uuid}', 204, () => api.post(`/v1/import/invoices/${s.invoice}/transactions`, { type: 'payment', date: '2024-01-02', result: 'failed' }).then((a) => api.delete(`/v1/transactions/${a.body.uuid}`))],
    ['GET /v1/import/customers/{uuid}/subscriptions', 200, () => api.get(`/v1/import/customers/${c}/subscriptions`).then(keep('sub', (b) => b.subscriptions[0].uuid))],
    ['PATCH /v1/import/subscriptions/{uuid}', 202, () => api.patch(`/v1/import/subscriptions/${s.sub}`, { cancellation_dates: [] })],
    ['GET /v1/customers/{uuid}/subscriptions', 200, () => api.get(`/v1/customers/${c}/subscriptions`)],
    ['GET /v1/customers/{uuid}/activities', 200, () => api.get(`/v1/customers/${c}/activities`)],
    ['POST /v1/customers/{uuid}/connect_subscriptions', 202, () => api.post(`/v1/customers/${other}/connect_subscriptions`, { subscriptions: [{ data_source_uuid: ds.uuid, uuid: s.sub }] })],
    ['POST /v1/customers/{uuid}/disconnect_subscriptions', 202, () => api.post(`/v1/customers/${other}/disconnect_subscriptions`, { subscriptions: [{ data_source_uuid: ds.uuid, uuid: s.sub }] })],
    ['POST /v1/subscription_events', 201, () =>
      api.post('/v1/subscription_events', { subscription_event: { data_source_uuid: ds.uuid, customer_external_id: 'cus_1', subscription_external_id: 'se', event_type: 'subscription_cancelled', event_date: '2024-01-01', effective_date: '2024-01-01', external_id: 'se-1' } })
        .then(keep('event', (b) => String(b.id)))],
    ['GET /v1/subscription_events', 200, () => api.get('/v1/subscription_events')],
    ['PATCH /v1/subscription_events', 200, () => api.patch('/v1/subscription_events', { subscription_event: { id: Number(s.event), quantity: 2 } })],
    ['PATCH /v1/subscription_events/{id}/disabled_state', 200, () => api.patch(`/v1/subscription_events/${s.event}/disabled_state`, { disabled: true })],
    ['PATCH /v1/subscription_events/disabled_state', 200, () => api.patch('/v1/subscription_events/disabled_state', { subscription_event: { data_source_uuid: ds.uuid, external_id: 'se-1' }, disabled: false })],
    ['DELETE /v1/subscription_events', 204, () => api.delete('/v1/subscription_events', eventRef())],
    ...['all', 'mrr', 'arr', 'arpa', 'asp', 'customer-count', 'customer-churn-rate', 'mrr-churn-rate', 'ltv'].map(
      (metric): [string, number, () => Promise<Answer>] => [`GET /v1/metrics/${metric}`, 200, () => api.get(`/v1/metrics/${metric}?${range}&geo=US&plans=gold`)],
    ),
    ['GET /v1/activities', 200, () => api.get('/v1/activities?start-date=2024-01-01')],
    ['POST /v1/activities_export', 200, () => api.post('/v1/activities_export', { type: 'new_biz' }).then(keep('export', (b) => b.id))],
    ['GET /v1/activities_export/{id}', 200, () => api.get(`/v1/activities_export/${s.export}`)],
    ['POST /v1/data_sources/{uuid}/json_imports', 201, () => api.post(`/v1/data_sources/${ds.uuid}/json_imports`, { external_id: 'b1', customers: [] }).then(keep('import', (b) => b.id))],
    ['GET /v1/data_sources/{uuid}/json_imports/{id}', 200, () => api.get(`/v1/data_sources/${ds.uuid}/json_imports/${s.import}`)],
    ['POST /v1/customers/merges', 202, () => api.post('/v1/customers/merges', { from: { customer_uuid: other }, into: { customer_uuid: c } })],
    ['POST /v1/customers/unmerges', 202, () => api.post('/v1/customers/unmerges', { customer_uuid: c, data_source_uuid: ds.uuid, external_id: 'other' })],
    ['DELETE /v1/invoices?data_source_uuid=&external_id=', 204, () => api.delete(`/v1/invoices?${ext('inv2')}`)],
    ['DELETE /v1/invoices/{uuid}', 204, () => api.delete(`/v1/invoices/${s.invoice}`)],
    ['DELETE /v1/data_sources/{ds_uuid}/customers/{uuid}/invoices', 204, () => api.delete(`/v1/data_sources/${ds.uuid}/customers/${c}/invoices`)],
    ['DELETE /v1/customers/{uuid}', 204, () => api.delete(`/v1/customers/${s.gone}`)],
    ['DELETE /v1/data_sources/{uuid}/dependent', 204, () => api.delete(`/v1/data_sources/${s.ds3}/dependent`)],
    ['DELETE /v1/data_sources/{uuid}/all', 204, () => api.delete(`/v1/data_sources/${s.ds3}/all`)],
    ['DELETE /v1/data_sources/{uuid}', 204, () => api.delete(`/v1/data_sources/${ds2}`)],
  ];

  expect(new Set(rows.map(([operation]) => operation)).size).toBe(115);
  const wrong: string[] = [];
  for (const [operation, status, call] of rows) {
    const answer = await call();
    if (answer.status !== status) wrong.push(`${operation}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  expect(wrong).toEqual([]);
});
