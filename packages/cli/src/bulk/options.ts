import type { CliOption } from '../command/cli-options.js';

/** The options of `chartmogul import` alone (it also takes --failed and the global ones). */
export const BULK_IMPORT_OPTIONS: readonly CliOption[] = [
  {
    name: 'data-source-uuid',
    kind: 'string',
    value: 'ds_...',
    description: 'With chartmogul import: the custom data source the records go into (required).',
    scope: 'import',
  },
  {
    name: 'resume',
    kind: 'string',
    value: 'journal',
    description:
      'With chartmogul import: write down each import sent in this file, and read it first: a rerun after a crash or Ctrl-C sends no batch twice and follows those already sent.',
    scope: 'import',
  },
  {
    name: 'customers-per-import',
    kind: 'number',
    value: 'n',
    description: 'With chartmogul import: customers (with all their records) per import request (default 500; ChartMogul advises 100 to 1,000).',
    scope: 'import',
  },
];

/** Only `chartmogul import` takes these; elsewhere they are refused, not ignored. */
export const BULK_ONLY_OPTIONS: readonly string[] = BULK_IMPORT_OPTIONS.map((option) => option.name);
