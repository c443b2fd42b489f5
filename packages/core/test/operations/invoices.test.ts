import { describe, expect, it } from 'vitest';
import { captureRequests, testClient } from '../support/capture.js';
import { CUS, DS, invoice } from '../support/import-fixtures.js';
import { itSendsOnTheWire, } from '../support/wire-cases.js';

const wire = captureRequests();
const INV = invoice.uuid;

const imported = {
  external_id: 'inv_0001',
  date: '2022-11-01 00:00:00',
  currency: 'USD',
  due_date: '2022-11-15 00:00:00',
  customer_external_id: 'cus_0001',
  data_source_uuid: DS,
  line_items: [
    {
      type: 'subscription' as const,
      subscription_external_id: 'sub_0001',
      plan_uuid: 'pl_eed05d54-75b4-431b-adb2-eb6b9e543206',
      service_period_start: '2022-11-01 00:00:00',
      service_period_end: '2022-12-01 00:00:00',
      amount_in_cents: 5000,
      prorated: true,
      proration_type: 'differential' as const,
      quantity: 1,
    },
  ],
  transactions: [{ date: '2022-11-05 00:14:23', type: 'payment' as const, result: 'successful' as const }],
};

describe('invoices on the wire', () => {
  itSendsOnTheWire(wire, [
    {
      operation: 'invoices.import',
      call: (cm) => cm.invoices.import(CUS, { invoices: [imported], handle_as_user_edit: true }),
      method: 'POST',
      path: `/v1/import/customers/${CUS}/invoices`,
      query: { handle_as_user_edit: 'true' },
      body: { invoices: [imported] },
      reply: { customer_uuid: CUS, invoices: [invoice] },
    },
    {
      operation: 'invoices.listImported',
      call: (cm) => cm.invoices.listImported(CUS, { per_page: 2 }),
      method: 'GET',
      path: `/v1/import/customers/${CUS}/invoices`,
      query: { per_page: '2' },
      reply: { customer_uuid: CUS, invoices: [invoice], has_more: false, cursor: null },
    },
    {
      operation: 'invoices.updateImported',
      call: (cm) => cm.invoices.updateImported(CUS, { invoices: [imported] }),
      method: 'PUT',
      path: `/v1/import/customers/${CUS}/invoices`,
      body: { invoices: [imported] },
      reply: { customer_uuid: CUS, invoices: [invoice] },
    },
    {
      operation: 'invoices.list',
      call: (cm) =>
        cm.invoices.list({ customer_uuid: CUS, validation_type: 'valid', include_edit_histories: true, with_disabled: false }),
      method: 'GET',
      path: '/v1/invoices',
      query: { customer_uuid: CUS, validation_type: 'valid', include_edit_histories: 'true', with_disabled: 'false' },
      reply: { invoices: [invoice], has_more: false, cursor: null },
    },
    {
      operation: 'invoices.retrieve',
      call: (cm) => cm.invoices.retrieve(INV, { validation_type: 'all' }),
      method: 'GET',
      path: `/v1/invoices/${INV}`,
      query: { validation_type: 'all' },
      reply: invoice,
    },
    {
      operation: 'invoices.update',
      call: (cm) => cm.invoices.update(INV, { due_date: '2024-12-02T00:00:00Z', currency: 'EUR' }),
      method: 'PATCH',
      path: `/v1/invoices/${INV}`,
      body: { due_date: '2024-12-02T00:00:00Z', currency: 'EUR' },
      reply: { ...invoice, currency: 'EUR' },
    },
    {
      operation: 'invoices.delete',
      call: (cm) => cm.invoices.delete(INV),
      method: 'DELETE',
      path: `/v1/invoices/${INV}`,
    },
    {
      operation: 'invoices.disable',
      call: (cm) => cm.invoices.disable(INV, { handle_as_user_edit: true }),
      method: 'PATCH',
      path: `/v1/invoices/${INV}/disabled_state`,
      query: { handle_as_user_edit: 'true' },
      body: { disabled: true },
      reply: { ...invoice, disabled: true },
    },
    {
      operation: 'invoices.enable',
      call: (cm) => cm.invoices.enable(INV),
      method: 'PATCH',
      path: `/v1/invoices/${INV}/disabled_state`,
      body: { disabled: false },
      reply: invoice,
    },
    {
      operation: 'invoices.enable',
      call: (cm) => cm.invoices.enable(INV, {}),
      method: 'PATCH',
      path: `/v1/invoices/${INV}/disabled_state`,
      body: { disabled: false },
      reply: invoice,
    },
    {
      operation: 'invoices.updateByExternalId',
      call: (cm) => cm.invoices.updateByExternalId({ data_source_uuid: DS, external_id: 'inv_0001', currency: 'EUR' }),
      method: 'PATCH',
      path: '/v1/invoices',
      query: { data_source_uuid: DS, external_id: 'inv_0001' },
      body: { currency: 'EUR' },
      reply: { ...invoice, currency: 'EUR' },
    },
    {
      operation: 'invoices.deleteByExternalId',
      call: (cm) => cm.invoices.deleteByExternalId({ data_source_uuid: DS, external_id: 'inv_0001' }),
      method: 'DELETE',
      path: '/v1/invoices',
      query: { data_source_uuid: DS, external_id: 'inv_0001' },
    },
    {
      operation: 'invoices.disableByExternalId',
      call: (cm) => cm.invoices.disableByExternalId({ data_source_uuid: DS, external_id: 'inv_0001' }),
      method: 'PATCH',
      path: '/v1/invoices/disabled_state',
      query: { data_source_uuid: DS, external_id: 'inv_0001' },
      body: { disabled: true },
      reply: { ...invoice, disabled: true },
    },
    {
      operation: 'invoices.enableByExternalId',
      call: (cm) => cm.invoices.enableByExternalId({ data_source_uuid: DS, external_id: 'inv_0001', handle_as_user_edit: false }),
      method: 'PATCH',
      path: '/v1/invoices/disabled_state',
      query: { data_source_uuid: DS, external_id: 'inv_0001', handle_as_user_edit: 'false' },
      body: { disabled: false },
      reply: invoice,
    },
    {
      operation: 'invoices.updateStatus',
      call: (cm) => cm.invoices.updateStatus(DS, 'inv 0001/a', { status: 'written_off' }),
      method: 'PUT',
      path: `/v1/data_sources/${DS}/invoices/inv%200001%2Fa/status`,
      body: { status: 'written_off' },
      reply: { ...invoice, status: 'written_off' },
    },
    {
      operation: 'invoices.deleteAll',
      call: (cm) => cm.invoices.deleteAll(DS, CUS, { customer_external_id: 'cus_0001' }),
      method: 'DELETE',
      path: `/v1/data_sources/${DS}/customers/${CUS}/invoices`,
      query: { customer_external_id: 'cus_0001' },
    },
  ]);
});

describe('invoices.list paging (items under "invoices")', () => {
  it('toArray collects invoices across pages', async () => {
    wire.reply({ invoices: [invoice], has_more: true, cursor: 'c2' });
    const list = testClient().invoices.list({ data_source_uuid: DS });
    const first = await list;
    wire.reply({ invoices: [{ ...invoice, uuid: 'inv_2' }], has_more: false, cursor: null });
    const all = await list.toArray({ limit: 10 });
    expect(first.invoices).toHaveLength(1);
    expect(all.map((i) => i.uuid)).toEqual([invoice.uuid, 'inv_2']);
    expect(wire.last().query).toEqual({ data_source_uuid: DS, cursor: 'c2' });
  });
});
