import { account } from './account.js';
import { contacts } from './contacts.js';
import { customerNotes } from './customer-notes.js';
import { customers } from './customers.js';
import { dataSources } from './data-sources.js';
import { activities } from './activities.js';
import { activitiesExports } from './activities-exports.js';
import { invoices } from './invoices.js';
import { jsonImports } from './json-imports.js';
import { lineItems } from './line-items.js';
import { metrics } from './metrics.js';
import type { OperationSpec } from './operation.js';
import { opportunities } from './opportunities.js';
import { ping } from './ping.js';
import { tasks } from './tasks.js';
import { planGroups } from './plan-groups.js';
import { plans } from './plans.js';
import { subscriptionEvents } from './subscription-events.js';
import { subscriptions } from './subscriptions.js';
import { transactions } from './transactions.js';

/**
 * Every operation, grouped as it appears on the client: `operationTree.customers.retrieve`
 * is `client.customers.retrieve`. Each namespace lives in its own file.
 */
export const operationTree = {
  ping,
  account,
  dataSources,
  customers,
  contacts,
  customerNotes,
  opportunities,
  tasks,
  plans,
  planGroups,
  invoices,
  lineItems,
  transactions,
  subscriptions,
  subscriptionEvents,
  metrics,
  activities,
  activitiesExports,
  jsonImports,
} as const;

/** The id of every operation, `'ping' | 'account.retrieve' | ...`: its path on the client. */
export type OperationId = IdsOf<typeof operationTree>;
type IdsOf<Node, Prefix extends string = ''> = {
  [Key in keyof Node & string]: Node[Key] extends { readonly method: string } ? `${Prefix}${Key}` : IdsOf<Node[Key], `${Prefix}${Key}.`>;
}[keyof Node & string];

/** Gives every row its id, its dotted position in the tree, once, when the table is first loaded. */
function nameOperations(tree: OperationTree, prefix: string): void {
  for (const [name, node] of Object.entries(tree)) {
    if (isOperation(node)) (node as { id: string }).id = prefix + name;
    else nameOperations(node, `${prefix}${name}.`);
  }
}
nameOperations(operationTree, '');

export interface OperationTree {
  readonly [name: string]: OperationSpec | OperationTree;
}

export function isOperation(node: OperationSpec | OperationTree): node is OperationSpec {
  return typeof (node as OperationSpec).method === 'string' && typeof (node as OperationSpec).path === 'string';
}

function flatten(tree: OperationTree): OperationSpec[] {
  return Object.values(tree).flatMap((node) => (isOperation(node) ? [node] : flatten(node)));
}

/** The whole API surface as a flat, read-only list of rows, for tools and tests. Dropped from bundles that do not use it. */
export const operations: readonly OperationSpec[] = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ flatten(operationTree));
