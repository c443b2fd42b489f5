import { BULK_IMPORT_OPTIONS } from '../bulk/options.js';

/** The command line's own options, beside the operations' parameters. */
export interface CliOption {
  readonly name: string;
  /** `boolean` options take no value (`--all`, `--no-progress`). */
  readonly kind: 'boolean' | 'string' | 'number';
  readonly value?: string;
  readonly description: string;
  /** `global`: in the top help only; the others also in the help of the operations they apply to (`import`: of `chartmogul import`). */
  readonly scope: 'global' | 'output' | 'list' | 'write' | 'import';
}

export const OUTPUT_FORMATS = ['json', 'jsonl', 'csv', 'table'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const DEFAULT_IMPORT_CONCURRENCY = 8;
/** The client's own limit (ChartMogul answers 503 beyond 20 parallel connections per account). */
export const MAX_IMPORT_CONCURRENCY = 20;

export const CLI_OPTIONS: readonly CliOption[] = [
  { name: 'help', kind: 'boolean', description: 'Show help for the command (also -h).', scope: 'global' },
  { name: 'version', kind: 'boolean', description: 'Print the version of the command line.', scope: 'global' },
  {
    name: 'api-key',
    kind: 'string',
    value: 'key',
    description: 'The API key. Prefer the CHARTMOGUL_API_KEY environment variable: a flag lands in your shell history.',
    scope: 'global',
  },
  {
    name: 'base-url',
    kind: 'string',
    value: 'url',
    description: 'The API origin, e.g. a local mock on http://127.0.0.1:PORT (default: CHARTMOGUL_API_BASE or https://api.chartmogul.com).',
    scope: 'global',
  },
  {
    name: 'format',
    kind: 'string',
    value: OUTPUT_FORMATS.join('|'),
    description: 'Output format. Default: table on a terminal, json when piped.',
    scope: 'output',
  },
  {
    name: 'csv-raw',
    kind: 'boolean',
    description: "With --format csv: write cells as they are. By default a text cell starting with = + - @ (a spreadsheet formula) gets a ' in front.",
    scope: 'output',
  },
  {
    name: 'rate-limit-store',
    kind: 'string',
    value: 'redis://host:port',
    description:
      "Share the account's rate limits with every process and machine using this Redis (default: CHARTMOGUL_RATE_LIMIT_STORE). See docs/scaling.md.",
    scope: 'global',
  },
  {
    name: 'proxy',
    kind: 'string',
    value: 'url',
    description: 'Send through this HTTP(S) proxy, e.g. http://user:pass@proxy:3128 ("" to go direct). Default: HTTPS_PROXY/HTTP_PROXY unless NO_PROXY lists the host, as curl.',
    scope: 'global',
  },
  { name: 'timeout', kind: 'number', value: 'ms', description: 'Timeout of each request attempt, in milliseconds.', scope: 'global' },
  { name: 'max-retries', kind: 'number', value: 'n', description: 'Retries of a request that failed with 429, 5xx or a network error.', scope: 'global' },
  {
    name: 'progress',
    kind: 'boolean',
    description: 'Show a progress line on stderr (default: when stderr is a terminal; --no-progress to hide).',
    scope: 'global',
  },
  {
    name: 'all',
    kind: 'boolean',
    description: 'Walk every page, streaming the items as they arrive (one page in memory at a time).',
    scope: 'list',
  },
  {
    name: 'data',
    kind: 'string',
    value: 'json|@file|-',
    description: 'The params as a JSON object: inline, @file.json, or - for stdin. Flags override its fields.',
    scope: 'write',
  },
  {
    name: 'from',
    kind: 'string',
    value: 'file.jsonl',
    description: 'Run the operation once per line of a JSON-lines file (or - for stdin): a bulk import. Flags give defaults for every record.',
    scope: 'write',
  },
  {
    name: 'failed',
    kind: 'string',
    value: 'file',
    description: 'With --from or chartmogul import: where to write the records that failed, each with its error (default: <input>.failed.jsonl).',
    scope: 'write',
  },
  {
    name: 'concurrency',
    kind: 'number',
    value: 'n',
    description: `With --from: requests in flight at once (default ${DEFAULT_IMPORT_CONCURRENCY}, at most ${MAX_IMPORT_CONCURRENCY}).`,
    scope: 'write',
  },
  ...BULK_IMPORT_OPTIONS,
];

export const CLI_OPTIONS_BY_NAME: ReadonlyMap<string, CliOption> = new Map(CLI_OPTIONS.map((option) => [option.name, option]));
