import { operations } from '@chartmogul-kit/node';
import { pathParamNames } from '@chartmogul-kit/core/internal';
import { describe, expect, it } from 'vitest';
import { loadParamsMetadata } from '../src/command/operation-params.js';

// The metadata the built command line ships, generated from core's types at build time.
const metadata = loadParamsMetadata(new URL('../dist/operation-params.json', import.meta.url));
const KINDS = ['string', 'number', 'boolean', 'string[]', 'number[]', 'json'];

const paramsOf = (id: string) => {
  const entry = metadata.operations[id];
  if (!entry) throw new Error(`no metadata for ${id}`);
  return entry.params;
};

describe('operation-params.json', () => {
  it('has an entry for every row of the operations table, and none for a row that does not exist', () => {
    expect(Object.keys(metadata.operations).sort()).toEqual(operations.map((operation) => operation.id).sort());
  });

  it('gives every param a wire name, a flag, a known kind and a type; flags are unique per operation', () => {
    for (const [id, { params }] of Object.entries(metadata.operations)) {
      const flags = params.map((param) => param.flag);
      expect(new Set(flags).size, id).toBe(flags.length);
      for (const param of params) {
        expect(param.flag, id).toBe(param.name.replace(/_/g, '-'));
        expect(KINDS, `${id} ${param.name}`).toContain(param.kind);
        expect(param.type, `${id} ${param.name}`).not.toBe('');
      }
      // A path placeholder is a positional argument, never also a flag of the same operation.
      const operation = operations.find((row) => row.id === id);
      for (const name of pathParamNames(operation?.path ?? '')) expect(flags, id).not.toContain(name.replace(/_/g, '-'));
    }
  });

  it('reads types, optionality and JSDoc from the Params type argument', () => {
    const create = paramsOf('customers.create');
    expect(create.find((param) => param.name === 'data_source_uuid')).toMatchObject({ kind: 'string', required: true });
    expect(create.find((param) => param.name === 'external_id')).toMatchObject({ required: true, description: 'Your unique id of the customer in that data source.' });
    expect(create.find((param) => param.name === 'attributes')).toMatchObject({ kind: 'json', required: false });
    expect(paramsOf('customers.list').find((param) => param.name === 'per_page')).toMatchObject({ kind: 'number', required: false });
    expect(paramsOf('customers.tags.add')).toEqual([expect.objectContaining({ name: 'tags', kind: 'string[]', required: true })]);
    expect(paramsOf('customers.retrieve')).toEqual([]);
    // `null` clears a field: marked, so that docs/api.md says `string | null` as the type does.
    expect(paramsOf('contacts.update').find((param) => param.name === 'external_id')).toMatchObject({ kind: 'string', nullable: true });
    expect(create.find((param) => param.name === 'data_source_uuid')).not.toHaveProperty('nullable');
    expect(paramsOf('ping')).toEqual([]);
  });

  it('merges the two spellings of a date into one required flag, sent under the snake_case name', () => {
    const mrr = paramsOf('metrics.mrr');
    const start = mrr.filter((param) => param.flag === 'start-date');
    expect(start).toEqual([expect.objectContaining({ name: 'start_date', required: true })]);
    expect(mrr.find((param) => param.name === 'interval')?.values).toEqual(['day', 'week', 'month', 'quarter', 'year']);
    expect(mrr.find((param) => param.name === 'geo')).toMatchObject({ kind: 'string[]' });
  });
});
