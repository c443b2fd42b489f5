import { readFileSync } from 'node:fs';
// The mock does not depend on the SDK (core's tests depend on the mock); the test reads the
// SDK's operations table from its source, so that recorded exchanges are named by operation id.
import { operations } from '../../../core/src/index.js';

/** One exchange of `fixtures/real-api/recordings.json` (see that folder's README). */
export interface Exchange {
  file: string;
  index: number;
  method: string;
  path: string;
  query: Array<[string, string]>;
  requestBody: unknown;
  status: number;
  contentType: string;
  responseText: string;
  responseJson: unknown;
  recordedAt: string;
}

const file = new URL('../../../../fixtures/real-api/recordings.json', import.meta.url);
export const exchanges: readonly Exchange[] = JSON.parse(readFileSync(file, 'utf8')).interactions;

/** `cus_3f2...` -> `customers.retrieve`: the operation whose method and path template match (literal segments win). */
export function operationOf(exchange: Exchange): string | undefined {
  let best: { id: string; literals: number } | undefined;
  const segments = exchange.path.split('/');
  for (const operation of operations) {
    if (operation.method !== exchange.method) continue;
    const template = operation.path.split('/');
    if (template.length !== segments.length) continue;
    let literals = 0;
    const fits = template.every((part, i) => {
      if (part.startsWith('{')) return true;
      literals++;
      return part === segments[i];
    });
    // Operations sharing a method and path (update and updateByExternalId, disable and enable)
    // answer the same shape; the first of them names the group.
    if (fits && (best === undefined || literals > best.literals)) best = { id: operation.id, literals };
  }
  return best?.id;
}

/** The exchanges grouped by operation id, in the order of the file. */
export function byOperation(): Map<string, Exchange[]> {
  const groups = new Map<string, Exchange[]>();
  for (const exchange of exchanges) {
    const id = operationOf(exchange) ?? `(no operation) ${exchange.method} ${exchange.path}`;
    groups.set(id, [...(groups.get(id) ?? []), exchange]);
  }
  return groups;
}
