import { describe, expect, it } from 'vitest';
import { operationSummaries, operations, operationTree, type OperationSpec } from '../../src/index.js';
import { isOperation, type OperationTree } from '../../src/operations/index.js';
import { SCOPE } from '../support/scope.js';

/** Every row with the dotted position where it sits in the tree. */
function rowsWithPositions(tree: OperationTree, prefix = ''): Array<[string, OperationSpec]> {
  return Object.entries(tree).flatMap(([name, node]) =>
    isOperation(node) ? [[prefix + name, node] as [string, OperationSpec]] : rowsWithPositions(node, `${prefix}${name}.`),
  );
}

const endpointOf = (row: OperationSpec) => `${row.method} ${row.path.replace(/\{[^}]+\}/g, '{}')}`;

describe('the operations table', () => {
  const rows = rowsWithPositions(operationTree);

  it("gives every row the id of its position on the client, once, and lists them all in 'operations'", () => {
    for (const [position, row] of rows) expect(row.id).toBe(position);
    expect(new Set(rows.map(([position]) => position)).size).toBe(rows.length);
    expect(operations.map((row) => row.id)).toEqual(rows.map(([position]) => position));
  });

  it('has one summary per operation, a single line each, in operationSummaries (not in the rows)', () => {
    expect(Object.keys(operationSummaries)).toEqual(operations.map((row) => row.id));
    for (const summary of Object.values(operationSummaries)) expect(summary).toMatch(/^[^\n]{10,200}$/);
    for (const row of operations) expect(row).not.toHaveProperty('summary');
  });

  it('covers each of the 115 endpoints of the scope, and nothing outside it', () => {
    expect(new Set(SCOPE).size).toBe(115);
    const covered = new Set(operations.map(endpointOf));
    expect(SCOPE.filter((endpoint) => !covered.has(endpoint))).toEqual([]);
    expect([...covered].filter((endpoint) => !SCOPE.includes(endpoint))).toEqual([]);
  });

  it('shares an endpoint between rows only as disable/enable pairs or by-uuid/by-external-id pairs', () => {
    // Two methods on one endpoint are the same operation with a fixed field (disabled: true/false)
    // or with the record named by a different key in the body (subscription events).
    const family = (id: string) => id.replace(/disable|enable/, 'toggle').replace(/ByExternalId$/, '');
    const byEndpoint = new Map<string, string[]>();
    for (const row of operations) byEndpoint.set(endpointOf(row), [...(byEndpoint.get(endpointOf(row)) ?? []), row.id]);
    for (const ids of byEndpoint.values()) expect(new Set(ids.map(family)).size).toBe(1);
  });

  it('pages only GET lists, each by the key ChartMogul puts its items under', () => {
    const paged = Object.fromEntries(operations.filter((row) => row.paging).map((row) => [row.id, row.paging?.items]));
    for (const id of Object.keys(paged)) expect(operations.find((row) => row.id === id)?.method).toBe('GET');
    expect(paged).toEqual({
      'customers.list': 'entries',
      'customers.search': 'entries',
      'customers.contacts.list': 'entries',
      'customers.subscriptions.list': 'entries',
      'customers.activities.list': 'entries',
      'contacts.list': 'entries',
      'customerNotes.list': 'entries',
      'opportunities.list': 'entries',
      'tasks.list': 'entries',
      'plans.list': 'plans',
      'planGroups.list': 'plan_groups',
      'planGroups.plans.list': 'plans',
      'invoices.listImported': 'invoices',
      'invoices.list': 'invoices',
      'subscriptions.listImported': 'subscriptions',
      'subscriptionEvents.list': 'subscription_events',
      'activities.list': 'entries',
    });
  });

  it('marks the deprecated endpoint and says what to use instead', () => {
    const deprecated = operations.filter((row) => row.deprecated);
    expect(deprecated.map((row) => row.id)).toEqual(['subscriptions.listImported']);
    expect(deprecated[0]?.deprecated).toMatch(/customers\.subscriptions\.list|\/v1\/customers\/\{uuid\}\/subscriptions/);
  });
});
