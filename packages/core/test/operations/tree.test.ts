import { describe, expect, it } from 'vitest';
import { operations, operationTree } from '../../src/index.js';
import { rowPaths } from '../support/wire-cases.js';

const NAMESPACES = [
  'plans',
  'planGroups',
  'invoices',
  'lineItems',
  'transactions',
  'subscriptions',
  'subscriptionEvents',
  'metrics',
  'activities',
  'activitiesExports',
  'jsonImports',
] as const;

/** The endpoints of these namespaces in /work/shared/api/endpoints.md (64), as `METHOD path`. */
const ENDPOINTS = `
POST /v1/plans|GET /v1/plans|GET /v1/plans/{}|PATCH /v1/plans/{}|DELETE /v1/plans/{}
POST /v1/plan_groups|GET /v1/plan_groups|GET /v1/plan_groups/{}|PATCH /v1/plan_groups/{}|DELETE /v1/plan_groups/{}
GET /v1/plan_groups/{}/plans
POST /v1/import/customers/{}/invoices|GET /v1/import/customers/{}/invoices|PUT /v1/import/customers/{}/invoices
GET /v1/invoices|GET /v1/invoices/{}|PATCH /v1/invoices/{}|DELETE /v1/invoices/{}|PATCH /v1/invoices/{}/disabled_state
PATCH /v1/invoices|DELETE /v1/invoices|PATCH /v1/invoices/disabled_state
PUT /v1/data_sources/{}/invoices/{}/status|DELETE /v1/data_sources/{}/customers/{}/invoices
POST /v1/import/invoices/{}/line_items|GET /v1/line_items/{}|PATCH /v1/line_items/{}|DELETE /v1/line_items/{}
PATCH /v1/line_items/{}/disabled_state|GET /v1/line_items|PATCH /v1/line_items|DELETE /v1/line_items
PATCH /v1/line_items/disabled_state
POST /v1/import/invoices/{}/transactions|GET /v1/transactions/{}|PATCH /v1/transactions/{}|DELETE /v1/transactions/{}
PATCH /v1/transactions/{}/disabled_state|GET /v1/transactions|PATCH /v1/transactions|DELETE /v1/transactions
PATCH /v1/transactions/disabled_state
GET /v1/import/customers/{}/subscriptions|PATCH /v1/import/subscriptions/{}
GET /v1/subscription_events|POST /v1/subscription_events|PATCH /v1/subscription_events|DELETE /v1/subscription_events
PATCH /v1/subscription_events/{}/disabled_state|PATCH /v1/subscription_events/disabled_state
GET /v1/metrics/all|GET /v1/metrics/mrr|GET /v1/metrics/arr|GET /v1/metrics/arpa|GET /v1/metrics/asp
GET /v1/metrics/customer-count|GET /v1/metrics/customer-churn-rate|GET /v1/metrics/mrr-churn-rate|GET /v1/metrics/ltv
GET /v1/activities|POST /v1/activities_export|GET /v1/activities_export/{}
POST /v1/data_sources/{}/json_imports|GET /v1/data_sources/{}/json_imports/{}
`
  .split(/[|\n]/)
  .map((line) => line.trim())
  .filter(Boolean);

const rowsOf = () => NAMESPACES.flatMap((ns) => rowPaths(operationTree[ns], ns));

describe('operation rows of plans ... jsonImports', () => {
  it("every row's id is its path in operationTree", () => {
    for (const { at, id } of rowsOf()) expect(id).toBe(at);
  });

  it('every endpoint of the scope has at least one row, and no row is outside it', () => {
    const ids = new Set(rowsOf().map((row) => row.at));
    const rows = operations.filter((row) => ids.has(row.id));
    const endpointOf = (row: { method: string; path: string }) => `${row.method} ${row.path.replace(/\{[^}]+\}/g, '{}')}`;
    const covered = new Set(rows.map(endpointOf));
    expect(ENDPOINTS).toHaveLength(64);
    expect(ENDPOINTS.filter((endpoint) => !covered.has(endpoint))).toEqual([]);
    expect([...covered].filter((endpoint) => !ENDPOINTS.includes(endpoint))).toEqual([]);
    expect(rows).toHaveLength(74);
  });

  it('paged rows name their items key; only the deprecated endpoint is deprecated', () => {
    const rows = operations.filter((row) => NAMESPACES.some((ns) => row.id.startsWith(`${ns}.`)));
    const paged = Object.fromEntries(rows.filter((row) => row.paging).map((row) => [row.id, row.paging?.items]));
    expect(paged).toEqual({
      'plans.list': 'plans',
      'planGroups.list': 'plan_groups',
      'planGroups.plans.list': 'plans',
      'invoices.listImported': 'invoices',
      'invoices.list': 'invoices',
      'subscriptions.listImported': 'subscriptions',
      'subscriptionEvents.list': 'subscription_events',
      'activities.list': 'entries',
    });
    expect(rows.filter((row) => row.deprecated).map((row) => row.id)).toEqual(['subscriptions.listImported']);
  });
});
