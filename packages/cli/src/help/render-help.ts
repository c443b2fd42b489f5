import { type OperationSpec, operationSummaries } from '@chartmogul-kit/node';
import { isOperation, type OperationTree, pathParamNames } from '@chartmogul-kit/core/internal';
import { BULK_IMPORT_ROW } from '../bulk/help.js';
import { CLI_OPTIONS, type CliOption } from '../command/cli-options.js';
import type { ParamInfo } from '../command/operation-params.js';
import { commandNames } from '../command/resolve-command.js';
import { definitionList } from './wrap.js';

const TYPE_TEXT_LIMIT = 80;

/** The operation's one line; the summaries live apart from the rows (core's operationSummaries). */
function summaryOf(operation: OperationSpec): string {
  return (operationSummaries as Readonly<Record<string, string>>)[operation.id] ?? '';
}

/** `chartmogul --help`: every namespace with its methods, the options and examples. */
export function topHelp(tree: OperationTree, width: number): string {
  return [
    'chartmogul: the ChartMogul API from the command line.',
    '',
    'Usage:',
    '  chartmogul <namespace> <method> [path params] [--param value ...] [options]',
    '',
    'Commands:',
    definitionList([...namespaceRows(tree, true), BULK_IMPORT_ROW], width),
    '',
    'Options:',
    definitionList(optionRows(CLI_OPTIONS.filter((option) => option.scope === 'global' || option.scope === 'output')), width),
    '',
    'Environment: CHARTMOGUL_API_KEY (the key), CHARTMOGUL_API_BASE (the origin), CHARTMOGUL_LOG=info (every request on stderr).',
    '',
    'Examples:',
    '  chartmogul ping',
    '  chartmogul customers list --data-source-uuid ds_... --all --format csv > customers.csv',
    '  chartmogul customers retrieve cus_...',
    '  chartmogul customers tags add cus_... --tags vip,beta',
    '  chartmogul metrics mrr --start-date 2025-01-01 --end-date 2025-12-31 --interval month',
    '  chartmogul customers create --from customers.jsonl',
    '  chartmogul import billing-history.jsonl --data-source-uuid ds_... --resume billing-history.journal',
    '',
    'Run "chartmogul <namespace> --help" for its methods and "chartmogul <namespace> <method> --help" for their parameters.',
    '',
  ].join('\n');
}

/** `chartmogul customers --help`: the namespace's methods and sub-namespaces. */
export function namespaceHelp(words: readonly string[], tree: OperationTree, width: number): string {
  const command = ['chartmogul', ...words].join(' ');
  return [
    `Usage: ${command} <method> [path params] [--param value ...] [options]`,
    '',
    'Methods:',
    definitionList(namespaceRows(tree, false), width),
    '',
    `Run "${command} <method> --help" for its parameters.`,
    '',
  ].join('\n');
}

/** `chartmogul customers list --help`: made from the row and its params' types and JSDoc. */
export function operationHelp(words: readonly string[], operation: OperationSpec, params: readonly ParamInfo[], width: number): string {
  const command = ['chartmogul', ...words].join(' ');
  const placeholders = pathParamNames(operation.path).map((name) => `<${name}>`);
  const lines = [
    `${command}: ${summaryOf(operation)}`,
    '',
    `Usage: ${[command, ...placeholders].join(' ')}${params.length > 0 ? ' [--param value ...]' : ''} [options]`,
    `Request: ${operation.method} ${operation.path}${operation.paging ? ` (a cursor-paged list of "${operation.paging.items}")` : ''}`,
  ];
  if (operation.deprecated) lines.push(`Deprecated: ${operation.deprecated}`);
  if (placeholders.length > 0) {
    lines.push('', 'Path parameters:', definitionList(placeholders.map((name) => [name, 'An id, in the order above.'] as const), width));
  }
  if (params.length > 0) {
    const sorted = [...params].sort((a, b) => Number(b.required) - Number(a.required));
    lines.push('', 'Parameters:', definitionList(sorted.map(paramRow), width));
  }
  const scopes = new Set<CliOption['scope']>(['output', ...(operation.paging ? (['list'] as const) : []), ...(operation.method !== 'GET' ? (['write'] as const) : [])]);
  const names = new Set(params.map((param) => param.flag));
  // A param spelled like an option takes its name (e.g. customers merge --from): leave the option out.
  const options = CLI_OPTIONS.filter((option) => scopes.has(option.scope) && !names.has(option.name));
  lines.push('', 'Options:', definitionList(optionRows(options), width), '', 'Global options (--api-key, --base-url, --timeout, ...): see "chartmogul --help".', '');
  return lines.join('\n');
}

function paramRow(param: ParamInfo): readonly [string, string] {
  const flag = param.kind === 'boolean' ? `--${param.flag}` : `--${param.flag} <${valueHint(param)}>`;
  const notes = [
    param.required ? '(required)' : '',
    param.description,
    param.kind === 'json' ? `JSON: ${shorten(param.type)}.` : '',
    param.kind === 'boolean' ? `(--no-${param.flag} for false)` : '',
  ];
  return [flag, notes.filter(Boolean).join(' ')];
}

function valueHint(param: ParamInfo): string {
  if (param.values && param.kind === 'string') return param.values.join('|');
  if (param.values) return `${param.values.join('|')},...`;
  switch (param.kind) {
    case 'string[]':
      return 'a,b,...';
    case 'number[]':
      return 'n,n,...';
    default:
      return param.kind;
  }
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > TYPE_TEXT_LIMIT ? `${flat.slice(0, TYPE_TEXT_LIMIT - 1)}…` : flat;
}

export function optionRows(options: readonly CliOption[]): (readonly [string, string])[] {
  return options.map((option) => [option.kind === 'boolean' ? `--${option.name}` : `--${option.name} <${option.value}>`, option.description]);
}

/** A row per child: an operation with its summary; a namespace with its methods (`listed` spells them all out). */
function namespaceRows(tree: OperationTree, listed: boolean): (readonly [string, string])[] {
  return [...commandNames(tree)].map(([name, node]) => {
    if (isOperation(node)) return [name, summaryOf(node) + (node.deprecated ? ' (deprecated)' : '')];
    return [`${name}${listed ? '' : ' ...'}`, methodList(node)];
  });
}

function methodList(tree: OperationTree): string {
  return [...commandNames(tree)].map(([name, node]) => (isOperation(node) ? name : `${name} (${methodList(node)})`)).join(', ');
}
