import { type HttpMethod, type OperationSpec, operations } from '@chartmogul-kit/core';

/** A row of core's operations table that a concrete request fits, with its path values. */
export interface OperationMatch {
  readonly operation: OperationSpec;
  /** The placeholders' values, decoded, in the order the row's method takes them. */
  readonly pathValues: string[];
}

interface CompiledRow {
  readonly operation: OperationSpec;
  readonly pattern: RegExp;
  /** Literal characters of the template: the more, the more specific (`/customers/search` beats `/customers/{uuid}`). */
  readonly specificity: number;
}

let compiled: CompiledRow[] | undefined;

function rows(): CompiledRow[] {
  compiled ??= operations.map((operation) => {
    const source = operation.path
      .split(/\{[^}]+\}/)
      .map((literal) => literal.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
      .join('([^/]+)');
    return {
      operation,
      pattern: new RegExp(`^${source}$`),
      specificity: operation.path.replace(/\{[^}]+\}/g, '').length,
    };
  });
  return compiled;
}

/**
 * The table row for `method path` whose query parameters include every key the caller put in
 * the query string and whose quirks leave the caller's params as they are (`enable` is not the
 * `disable` row, which sets `disabled: true`), the most specific first; `undefined` when no row
 * fits, and the request goes through the client's generic `request()` instead.
 */
export function findOperation(
  method: string,
  path: string,
  queryKeys: readonly string[],
  params: Record<string, unknown>,
): OperationMatch | undefined {
  let best: { row: CompiledRow; values: string[] } | undefined;
  for (const row of rows()) {
    if (row.operation.method !== (method.toUpperCase() as HttpMethod)) continue;
    const match = row.pattern.exec(path);
    if (!match) continue;
    if (row.operation.method !== 'GET' && !queryKeys.every((key) => row.operation.query?.includes(key))) continue;
    if (best && best.row.specificity >= row.specificity) continue;
    if (!keepsParams(row.operation, params)) continue;
    const values = match.slice(1).map(decode);
    if (values.some((value) => value === undefined)) continue;
    best = { row, values: values as string[] };
  }
  return best && { operation: best.row.operation, pathValues: best.values };
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** A row's `prepare` (renames, envelopes, flags) must not change what an official call sends. */
function keepsParams(operation: OperationSpec, params: Record<string, unknown>): boolean {
  return !operation.prepare || sameJson(operation.prepare({ ...params }), params);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
