import { describe } from 'vitest';
import { DS, invoice, transaction } from '../support/import-fixtures.js';
import { captureRequests } from '../support/capture.js';
import { itSendsOnTheWire, } from '../support/wire-cases.js';

const wire = captureRequests();
const TR = transaction.uuid;
const byExternalId = { data_source_uuid: DS, external_id: 'trans_00241' };

describe('transactions on the wire', () => {
  itSendsOnTheWire(wire, [
    {
      operation: 'transactions.import',
      call: (cm) =>
        cm.transactions.import(invoice.uuid, {
          type: 'refund',
          date: '2022-12-25 18:10:00',
          result: 'successful',
          external_id: 'trans_00241',
          amount_in_cents: 2500,
        }),
      method: 'POST',
      path: `/v1/import/invoices/${invoice.uuid}/transactions`,
      body: {
        type: 'refund',
        date: '2022-12-25 18:10:00',
        result: 'successful',
        external_id: 'trans_00241',
        amount_in_cents: 2500,
      },
      reply: transaction,
    },
    {
      operation: 'transactions.retrieve',
      call: (cm) => cm.transactions.retrieve(TR, { include_edit_histories: true, with_disabled: true }),
      method: 'GET',
      path: `/v1/transactions/${TR}`,
      query: { include_edit_histories: 'true', with_disabled: 'true' },
      reply: transaction,
    },
    {
      operation: 'transactions.update',
      call: (cm) => cm.transactions.update(TR, { amount_in_cents: 4000, transaction_fees_currency: 'EUR' }),
      method: 'PATCH',
      path: `/v1/transactions/${TR}`,
      body: { amount_in_cents: 4000, transaction_fees_currency: 'EUR' },
      reply: { ...transaction, amount_in_cents: 4000 },
    },
    {
      operation: 'transactions.delete',
      call: (cm) => cm.transactions.delete(TR),
      method: 'DELETE',
      path: `/v1/transactions/${TR}`,
    },
    {
      operation: 'transactions.disable',
      call: (cm) => cm.transactions.disable(TR),
      method: 'PATCH',
      path: `/v1/transactions/${TR}/disabled_state`,
      body: { disabled: true },
      reply: { ...transaction, disabled: true },
    },
    {
      operation: 'transactions.disable',
      call: (cm) => cm.transactions.disable(TR, { handle_as_user_edit: true }),
      method: 'PATCH',
      path: `/v1/transactions/${TR}/disabled_state`,
      query: { handle_as_user_edit: 'true' },
      body: { disabled: true },
      reply: { ...transaction, disabled: true },
    },
    {
      operation: 'transactions.enable',
      call: (cm) => cm.transactions.enable(TR, {}),
      method: 'PATCH',
      path: `/v1/transactions/${TR}/disabled_state`,
      body: { disabled: false },
      reply: transaction,
    },
    {
      operation: 'transactions.retrieveByExternalId',
      call: (cm) => cm.transactions.retrieveByExternalId(byExternalId),
      method: 'GET',
      path: '/v1/transactions',
      query: byExternalId,
      reply: transaction,
    },
    {
      operation: 'transactions.updateByExternalId',
      call: (cm) => cm.transactions.updateByExternalId({ ...byExternalId, result: 'failed' }),
      method: 'PATCH',
      path: '/v1/transactions',
      query: byExternalId,
      body: { result: 'failed' },
      reply: { ...transaction, result: 'failed' },
    },
    {
      operation: 'transactions.deleteByExternalId',
      call: (cm) => cm.transactions.deleteByExternalId(byExternalId),
      method: 'DELETE',
      path: '/v1/transactions',
      query: byExternalId,
    },
    {
      operation: 'transactions.disableByExternalId',
      call: (cm) => cm.transactions.disableByExternalId(byExternalId),
      method: 'PATCH',
      path: '/v1/transactions/disabled_state',
      query: byExternalId,
      body: { disabled: true },
      reply: { ...transaction, disabled: true },
    },
    {
      operation: 'transactions.enableByExternalId',
      call: (cm) => cm.transactions.enableByExternalId(byExternalId),
      method: 'PATCH',
      path: '/v1/transactions/disabled_state',
      query: byExternalId,
      body: { disabled: false },
      reply: transaction,
    },
  ]);
});
