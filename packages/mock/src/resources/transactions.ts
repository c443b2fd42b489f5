import type { JsonObject } from '../http/body.js';
import { append } from '../store/arrays.js';
import { detailedError } from '../http/errors.js';
import type { Account } from '../store/account.js';
import type { InvoiceRecord, TransactionRecord } from '../store/records.js';
import { isoMillis } from '../time/dates.js';
import { disabledToWire } from './disabling.js';
import { type FieldProblems, integerField, nullableString, stringField, timestampField } from './fields.js';

export const TRANSACTION_TYPES = ['payment', 'refund'];
export const TRANSACTION_RESULTS = ['successful', 'failed'];

export type ParsedTransaction = Omit<TransactionRecord, 'uuid' | 'seq' | 'invoice'>;

export function parseTransaction(raw: JsonObject, problems: FieldProblems): ParsedTransaction | undefined {
  const type = stringField(raw, 'type');
  if (type === undefined || !TRANSACTION_TYPES.includes(type)) problems.add('type', "Type must be 'payment' or 'refund'.");
  const date = timestampField(raw, 'date');
  if (date === undefined) problems.add('date', 'A valid date is required for each transaction.');
  const result = stringField(raw, 'result');
  if (result === undefined || !TRANSACTION_RESULTS.includes(result)) problems.add('result', "Result must be 'successful' or 'failed'.");
  const amount = raw.amount_in_cents == null ? null : integerField(raw, 'amount_in_cents');
  if (amount === undefined) problems.add('amount_in_cents', 'Amount in cents must be an integer.');
  if (!problems.empty) return undefined;
  return {
    type: type as string,
    date: date as number,
    result: result as string,
    externalId: stringField(raw, 'external_id') ?? null,
    amountInCents: amount as number | null,
    transactionFeesInCents: integerField(raw, 'transaction_fees_in_cents') ?? null,
    transactionFeesCurrency: nullableString(raw, 'transaction_fees_currency') ?? null,
  };
}

export function insertTransaction(account: Account, invoice: InvoiceRecord, parsed: ParsedTransaction): TransactionRecord {
  const transaction: TransactionRecord = { uuid: account.ids.prefixed('tr'), seq: account.nextSeq(), invoice, ...parsed };
  account.collections.transactions.insert(transaction);
  invoice.transactions = append(invoice.transactions, transaction);
  return transaction;
}

export function findTransaction(account: Account, uuid: string): TransactionRecord {
  const transaction = account.collections.transactions.get(uuid);
  if (transaction === undefined) throw detailedError(404, 'Transaction not found', 'transaction');
  return transaction;
}

export const transactionToWire = (transaction: TransactionRecord) => ({
  uuid: transaction.uuid,
  external_id: transaction.externalId,
  type: transaction.type,
  date: isoMillis(transaction.date),
  result: transaction.result,
  amount_in_cents: transaction.amountInCents,
  transaction_fees_in_cents: transaction.transactionFeesInCents,
  transaction_fees_currency: transaction.transactionFeesCurrency,
  ...disabledToWire(transaction.disabled),
  invoice_uuid: transaction.invoice.uuid,
});

/**
 * The answer to `POST /v1/import/invoices/{uuid}/transactions` (recorded 2025): the transaction
 * without `transaction_fees_currency`, which the same transaction shows inside its invoice.
 */
export function importedTransactionToWire(transaction: TransactionRecord) {
  const { transaction_fees_currency: _, ...rest } = transactionToWire(transaction);
  return rest;
}
