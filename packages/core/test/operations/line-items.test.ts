import { describe } from 'vitest';
import { DS, invoice, lineItem } from '../support/import-fixtures.js';
import { captureRequests } from '../support/capture.js';
import { itSendsOnTheWire, } from '../support/wire-cases.js';

const wire = captureRequests();
const LI = lineItem.uuid;
const byExternalId = { data_source_uuid: DS, external_id: 'li_0001' };

describe('lineItems on the wire', () => {
  itSendsOnTheWire(wire, [
    {
      operation: 'lineItems.import',
      call: (cm) =>
        cm.lineItems.import(invoice.uuid, {
          type: 'subscription',
          amount_in_cents: 10000,
          quantity: 1,
          external_id: 'li_0001',
          subscription_external_id: 'sub_0001',
          plan_uuid: 'pl_1',
          service_period_start: '2022-11-01T00:00:00.000Z',
          service_period_end: '2022-12-01T00:00:00.000Z',
          handle_as_user_edit: true,
        }),
      method: 'POST',
      path: `/v1/import/invoices/${invoice.uuid}/line_items`,
      query: { handle_as_user_edit: 'true' },
      body: {
        type: 'subscription',
        amount_in_cents: 10000,
        quantity: 1,
        external_id: 'li_0001',
        subscription_external_id: 'sub_0001',
        plan_uuid: 'pl_1',
        service_period_start: '2022-11-01T00:00:00.000Z',
        service_period_end: '2022-12-01T00:00:00.000Z',
      },
      reply: lineItem,
    },
    {
      operation: 'lineItems.retrieve',
      call: (cm) => cm.lineItems.retrieve(LI, { include_edit_histories: true, with_disabled: true }),
      method: 'GET',
      path: `/v1/line_items/${LI}`,
      query: { include_edit_histories: 'true', with_disabled: 'true' },
      reply: lineItem,
    },
    {
      operation: 'lineItems.update',
      call: (cm) => cm.lineItems.update(LI, { amount_in_cents: 4000, discount_code: 'PSO86' }),
      method: 'PATCH',
      path: `/v1/line_items/${LI}`,
      body: { amount_in_cents: 4000, discount_code: 'PSO86' },
      reply: { ...lineItem, amount_in_cents: 4000 },
    },
    {
      operation: 'lineItems.delete',
      call: (cm) => cm.lineItems.delete(LI),
      method: 'DELETE',
      path: `/v1/line_items/${LI}`,
    },
    {
      operation: 'lineItems.disable',
      call: (cm) => cm.lineItems.disable(LI),
      method: 'PATCH',
      path: `/v1/line_items/${LI}/disabled_state`,
      body: { disabled: true },
      reply: { ...lineItem, disabled: true },
    },
    {
      operation: 'lineItems.disable',
      call: (cm) => cm.lineItems.disable(LI, { handle_as_user_edit: true }),
      method: 'PATCH',
      path: `/v1/line_items/${LI}/disabled_state`,
      query: { handle_as_user_edit: 'true' },
      body: { disabled: true },
      reply: { ...lineItem, disabled: true },
    },
    {
      operation: 'lineItems.enable',
      call: (cm) => cm.lineItems.enable(LI, {}),
      method: 'PATCH',
      path: `/v1/line_items/${LI}/disabled_state`,
      body: { disabled: false },
      reply: lineItem,
    },
    {
      operation: 'lineItems.retrieveByExternalId',
      call: (cm) => cm.lineItems.retrieveByExternalId(byExternalId),
      method: 'GET',
      path: '/v1/line_items',
      query: byExternalId,
      reply: lineItem,
    },
    {
      operation: 'lineItems.updateByExternalId',
      call: (cm) => cm.lineItems.updateByExternalId({ ...byExternalId, quantity: 3 }),
      method: 'PATCH',
      path: '/v1/line_items',
      query: byExternalId,
      body: { quantity: 3 },
      reply: { ...lineItem, quantity: 3 },
    },
    {
      operation: 'lineItems.deleteByExternalId',
      call: (cm) => cm.lineItems.deleteByExternalId(byExternalId),
      method: 'DELETE',
      path: '/v1/line_items',
      query: byExternalId,
    },
    {
      operation: 'lineItems.disableByExternalId',
      call: (cm) => cm.lineItems.disableByExternalId(byExternalId),
      method: 'PATCH',
      path: '/v1/line_items/disabled_state',
      query: byExternalId,
      body: { disabled: true },
      reply: { ...lineItem, disabled: true },
    },
    {
      operation: 'lineItems.enableByExternalId',
      call: (cm) => cm.lineItems.enableByExternalId(byExternalId),
      method: 'PATCH',
      path: '/v1/line_items/disabled_state',
      query: byExternalId,
      body: { disabled: false },
      reply: lineItem,
    },
  ]);
});
