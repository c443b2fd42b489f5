import { describe, expect, it } from 'vitest';
import type { ParamInfo } from '../src/command/operation-params.js';
import { paramValues } from '../src/command/param-values.js';
import { parseArgs } from '../src/command/parse-args.js';
import { UsageError } from '../src/usage-error.js';

const param = (name: string, kind: ParamInfo['kind'], extra: Partial<ParamInfo> = {}): ParamInfo => ({
  name,
  flag: name.replace(/_/g, '-'),
  type: kind,
  kind,
  required: false,
  description: '',
  ...extra,
});
const PARAMS = [
  param('data_source_uuid', 'string'),
  param('per_page', 'number'),
  param('handle_as_user_edit', 'boolean'),
  param('tags', 'string[]'),
  param('attributes', 'json'),
  param('interval', 'string', { values: ['day', 'month'] }),
  param('from', 'json'),
];
// Flags after two command words belong to the operation; before them, to nothing.
const lookup = (words: readonly string[]) => (words.length >= 2 ? PARAMS : []);
const parse = (argv: string[]) => {
  const parsed = parseArgs(argv, lookup);
  return { ...parsed, values: paramValues(parsed.params) };
};

describe('parseArgs and paramValues', () => {
  it('maps --field-name to the wire name and parses values by their declared type', () => {
    const { words, values } = parse([
      'customers', 'update', 'cus_1',
      '--data-source-uuid', 'ds_1', '--per-page=50', '--tags', 'a, b', '--tags', 'c', '--attributes', '{"custom":{"x":1}}',
    ]);
    expect(words).toEqual(['customers', 'update', 'cus_1']);
    expect(values).toEqual({ data_source_uuid: 'ds_1', per_page: 50, tags: ['a', 'b', 'c'], attributes: { custom: { x: 1 } } });
  });

  it('never lets a switch swallow the next word; --no-x is false', () => {
    expect(parse(['invoices', 'delete', '--handle-as-user-edit', 'inv_1'])).toMatchObject({
      words: ['invoices', 'delete', 'inv_1'],
      values: { handle_as_user_edit: true },
    });
    expect(parse(['invoices', 'delete', 'inv_1', '--no-handle-as-user-edit']).values).toEqual({ handle_as_user_edit: false });
    expect(parse(['invoices', 'delete', '--handle-as-user-edit=false']).values).toEqual({ handle_as_user_edit: false });
  });

  it('keeps command-line options apart; a param spelled like an option takes it', () => {
    const parsed = parse(['--format', 'csv', 'customers', 'list', '--all', '--data', '-', '--from', '{"customer_uuid":"cus_1"}']);
    expect(Object.fromEntries(parsed.options)).toEqual({ format: 'csv', all: true, data: '-' });
    expect(parsed.values).toEqual({ from: { customer_uuid: 'cus_1' } });
  });

  it('treats everything after -- as words, and -h as --help', () => {
    const parsed = parse(['customers', 'retrieve', '-h', '--', '--odd-id']);
    expect(parsed.words).toEqual(['customers', 'retrieve', '--odd-id']);
    expect(parsed.options.get('help')).toBe(true);
  });

  it('refuses unknown flags, missing values, repeated scalars, bad numbers and values outside a union', () => {
    expect(() => parse(['customers', 'list', '--per-pag', '5'])).toThrow(/Unknown option --per-pag .*Did you mean "--per-page"/);
    expect(() => parse(['customers', 'list', '--per-page'])).toThrow(new UsageError('--per-page needs a value.'));
    expect(() => parse(['customers', 'list', '--per-page', '1', '--per-page', '2'])).toThrow(/given 2 times/);
    expect(() => parse(['customers', 'list', '--per-page', ''])).toThrow(/takes a number/);
    expect(() => parse(['metrics', 'mrr', '--interval', 'mnth'])).toThrow(/one of day, month.*Did you mean "month"/);
    expect(() => parse(['customers', 'list', '--all=yes'])).toThrow(/is a switch/);
  });
});
