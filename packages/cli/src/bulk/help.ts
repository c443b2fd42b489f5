import { CLI_OPTIONS } from '../command/cli-options.js';
import { definitionList } from '../help/wrap.js';
import { optionRows } from '../help/render-help.js';
import { RECORD_TYPES } from './line-records.js';

export const BULK_IMPORT_COMMAND = 'import';

/** `chartmogul import ...`: the one command that is not an operation of the table. */
export function isBulkImportCommand(words: readonly string[]): boolean {
  return words[0] === BULK_IMPORT_COMMAND;
}

/** Its row in the top help's list of commands. */
export const BULK_IMPORT_ROW = ['import', 'Imports a JSON-lines file of customers, plans, invoices, ... in bulk (the Bulk Import API): chartmogul import --help.'] as const;

/** `chartmogul import --help`. */
export function bulkImportHelp(width: number): string {
  const options = CLI_OPTIONS.filter((option) => option.scope === 'import' || option.name === 'failed' || option.name === 'progress');
  return [
    'chartmogul import: imports customers, plans, invoices (with their line items and transactions) and subscription events',
    'into a custom data source through ChartMogul\'s Bulk Import API: batched by customer, followed to the end, resumable.',
    '',
    'Usage: chartmogul import <file.jsonl | -> --data-source-uuid <ds_...> [options]',
    '',
    `Input: one record a line, an object with one key naming its type (${RECORD_TYPES.join(', ')}),`,
    "its value an element of the Bulk Import API's array of that type. Line items and transactions are lines of their own,",
    'tied to their invoice by invoice_external_id; put plans before the invoices that name them:',
    '  {"plan": {"external_id": "gold", "name": "Gold", "interval_count": 1, "interval_unit": "month"}}',
    '  {"customer": {"external_id": "cus_1", "name": "Acme"}}',
    '  {"invoice": {"external_id": "inv_1", "customer_external_id": "cus_1", "date": "2025-01-01T00:00:00Z", "currency": "USD"}}',
    '  {"line_item": {"invoice_external_id": "inv_1", "type": "subscription", "subscription_external_id": "sub_1", "plan_external_id": "gold", ...}}',
    '  {"transaction": {"invoice_external_id": "inv_1", "type": "payment", "result": "successful", "date": "2025-01-01T00:00:00Z"}}',
    '',
    'Records that fail (and lines that are not records) go to <file>.failed.jsonl in the same format, each with its',
    'reason in "_error" and its line in "_line": fix them and import that file; what fails again replaces it.',
    'Exit code: 0 when every record was imported, 1 when some failed, 130 when interrupted (Ctrl-C).',
    '',
    'Options:',
    definitionList(optionRows(options), width),
    '',
    'Global options (--api-key, --base-url, --timeout, ...): see "chartmogul --help".',
    '',
  ].join('\n');
}
