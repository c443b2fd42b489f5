import { describe, expect, it } from 'vitest';
import { operations, operationTree, type OperationSpec } from '../../src/index.js';
import { isOperation, type OperationTree } from '../../src/operations/index.js';

/** Every row with the dotted position where it sits in the tree. */
function rowsWithPositions(tree: OperationTree, prefix = ''): Array<[string, OperationSpec]> {
  return Object.entries(tree).flatMap(([name, node]) =>
    isOperation(node) ? [[prefix + name, node] as [string, OperationSpec]] : rowsWithPositions(node, `${prefix}${name}.`),
  );
}

/** The endpoints of endpoints.md in these namespaces, as the API spells them (path parameters included). */
const scope: Record<string, string[]> = {
  account: ['GET /v1/account'],
  dataSources: [
    'POST /v1/data_sources',
    'GET /v1/data_sources',
    'GET /v1/data_sources/{uuid}',
    'DELETE /v1/data_sources/{uuid}',
    'DELETE /v1/data_sources/{uuid}/dependent',
    'DELETE /v1/data_sources/{uuid}/all',
  ],
  customers: [
    'POST /v1/customers',
    'GET /v1/customers',
    'GET /v1/customers/{uuid}',
    'PATCH /v1/customers/{uuid}',
    'DELETE /v1/customers/{uuid}',
    'GET /v1/customers/search',
    'POST /v1/customers/merges',
    'POST /v1/customers/unmerges',
    'GET /v1/customers/{uuid}/attributes',
    'POST /v1/customers/{uuid}/attributes/tags',
    'DELETE /v1/customers/{uuid}/attributes/tags',
    'POST /v1/customers/attributes/tags',
    'POST /v1/customers/{uuid}/attributes/custom',
    'PUT /v1/customers/{uuid}/attributes/custom',
    'DELETE /v1/customers/{uuid}/attributes/custom',
    'POST /v1/customers/attributes/custom',
    'GET /v1/customers/{uuid}/contacts',
    'POST /v1/customers/{uuid}/contacts',
    'GET /v1/customers/{uuid}/subscriptions',
    'GET /v1/customers/{uuid}/activities',
    'POST /v1/customers/{uuid}/connect_subscriptions',
    'POST /v1/customers/{uuid}/disconnect_subscriptions',
  ],
  contacts: [
    'POST /v1/contacts',
    'GET /v1/contacts',
    'GET /v1/contacts/{uuid}',
    'PATCH /v1/contacts/{uuid}',
    'DELETE /v1/contacts/{uuid}',
    'POST /v1/contacts/{into_uuid}/merge/{from_uuid}',
  ],
  customerNotes: crud('/v1/customer_notes'),
  opportunities: crud('/v1/opportunities'),
  tasks: crud('/v1/tasks'),
};
function crud(base: string): string[] {
  return [`POST ${base}`, `GET ${base}`, `GET ${base}/{uuid}`, `PATCH ${base}/{uuid}`, `DELETE ${base}/{uuid}`];
}

describe('operationTree', () => {
  const rows = rowsWithPositions(operationTree);

  it('gives every row the id of its position on the client', () => {
    for (const [position, row] of rows) expect(row.id).toBe(position);
    expect(new Set(rows.map(([position]) => position)).size).toBe(rows.length);
    expect(operations).toHaveLength(rows.length);
  });

  it.each(Object.entries(scope))('%s has a row for each of its endpoints, and only those', (namespace, endpoints) => {
    const ofNamespace = rows.filter(([position]) => position.split('.')[0] === namespace);
    const covered = new Set(ofNamespace.map(([, row]) => `${row.method} ${row.path}`));
    expect([...covered].sort()).toEqual([...endpoints].sort());
  });

  it('pages only GET lists, by their entries', () => {
    for (const [, row] of rows.filter(([position]) => position.split('.')[0]! in scope)) {
      if (row.paging) expect([row.method, row.paging.items]).toEqual(['GET', 'entries']);
    }
  });
});
