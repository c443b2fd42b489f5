import type { ChartMogul, OperationSpec } from '@chartmogul-kit/node';

/** The client's method for a row: `customers.tags.add` is `client.customers.tags.add`. */
export function methodOf(client: ChartMogul, operation: OperationSpec): (...args: unknown[]) => unknown {
  let target: unknown = client;
  for (const key of operation.id.split('.')) target = (target as Record<string, unknown>)[key];
  if (typeof target !== 'function') throw new Error(`The client has no method ${operation.id}.`);
  return target as (...args: unknown[]) => unknown;
}

/** Calls an operation through the SDK, exactly as a program would: path values first, then params (none for an operation that takes none). */
export function callOperation(
  client: ChartMogul,
  operation: OperationSpec,
  pathValues: readonly string[],
  params: Record<string, unknown>,
): unknown {
  const method = methodOf(client, operation);
  return operation.noParams ? method(...pathValues) : method(...pathValues, params);
}
