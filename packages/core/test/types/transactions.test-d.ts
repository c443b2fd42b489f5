import { describe, expectTypeOf, it } from 'vitest';
import type { ChartMogulClient, Transaction } from '../../src/index.js';

declare const cm: ChartMogulClient;

describe('transactions types', () => {
  it('take their params by wire name', () => {
    cm.transactions.import('inv_1', { type: 'refund', date: '2024-01-01', result: 'successful', amount_in_cents: 100 });
    // @ts-expect-error result is required
    cm.transactions.import('inv_1', { type: 'refund', date: '2024-01-01' });
    // @ts-expect-error a transaction is a payment or a refund
    cm.transactions.import('inv_1', { type: 'chargeback', date: '2024-01-01', result: 'successful' });
    // @ts-expect-error dates are ISO 8601 strings
    cm.transactions.update('tr_1', { date: 20240101 });
    cm.transactions.updateByExternalId({ data_source_uuid: 'ds', external_id: 'tr_ext', result: 'failed' });
    // @ts-expect-error handle_as_user_edit is a boolean
    cm.transactions.deleteByExternalId({ data_source_uuid: 'ds', external_id: 'tr_ext', handle_as_user_edit: 'yes' });
  });

  it('give typed results', () => {
    expectTypeOf(cm.transactions.retrieve('tr_1')).resolves.toEqualTypeOf<Transaction>();
    expectTypeOf(cm.transactions.retrieveByExternalId({ data_source_uuid: 'ds', external_id: 'e' })).resolves.toEqualTypeOf<Transaction>();
    expectTypeOf(cm.transactions.disable('tr_1')).resolves.toEqualTypeOf<Transaction>();
  });
});
