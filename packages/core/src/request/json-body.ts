import { InvalidParameterError } from '../errors/invalid-parameter-error.js';

/**
 * The body as JSON, or an `InvalidParameterError` naming the field that JSON cannot carry as
 * given. `JSON.stringify` changes such values without a word: a `Map` or `Set` becomes `{}`, a
 * function or symbol vanishes (or becomes `null` in an array), `NaN` and `Infinity` become
 * `null`, an invalid `Date` becomes `null`; a BigInt or a cycle throws a bare TypeError. The
 * query string refuses the same values, so the body does too.
 */
export function toJSONBody(operationId: string, body: Record<string, unknown>): string {
  try {
    for (const key of Object.keys(body)) check(body[key], key, [], operationId);
    return JSON.stringify(body);
  } catch (error) {
    if (error instanceof InvalidParameterError) throw error;
    // A stack overflow on a structure nested thousands deep, or a toJSON that throws.
    throw new InvalidParameterError('params', `${operationId}'s params cannot be sent as JSON: ${(error as Error).message}.`);
  }
}

/** Objects that JSON turns into `{}` or a bag of indexes: what they hold would not arrive. */
const UNFAITHFUL: ReadonlyArray<[new (...args: never[]) => object, string]> = [
  [Map, 'a Map'],
  [Set, 'a Set'],
  [WeakMap, 'a WeakMap'],
  [WeakSet, 'a WeakSet'],
  [RegExp, 'a RegExp'],
  [Promise, 'a Promise'],
  [ArrayBuffer, 'an ArrayBuffer'],
];

const TYPE_NAMES: Record<string, string> = { bigint: 'a BigInt', symbol: 'a symbol', function: 'a function' };

function check(value: unknown, path: string, ancestors: object[], operationId: string): void {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value)) refuse(path, String(value), operationId);
      return;
    case 'undefined':
      // Left out of an object ("not given"), but an array would carry it as null.
      if (path.endsWith(']')) refuse(path, 'undefined', operationId);
      return;
    case 'bigint':
    case 'symbol':
    case 'function':
      refuse(path, TYPE_NAMES[typeof value] as string, operationId);
  }
  if (value === null) return;
  const object = value as object;
  if (ancestors.includes(object)) refuse(path, 'a circular reference', operationId);
  if (object instanceof Date) {
    if (Number.isNaN(object.getTime())) refuse(path, 'an invalid Date', operationId);
    return;
  }
  for (const [type, name] of UNFAITHFUL) if (object instanceof type) refuse(path, name, operationId);
  if (ArrayBuffer.isView(object)) refuse(path, 'a typed array', operationId);
  const toJSON = (object as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') {
    check(toJSON.call(object, path), path, [...ancestors, object], operationId);
    return;
  }
  if (Object.getOwnPropertySymbols(object).some((symbol) => Object.prototype.propertyIsEnumerable.call(object, symbol))) {
    refuse(path, 'an object with symbol keys', operationId);
  }
  ancestors.push(object);
  if (Array.isArray(object)) {
    for (let i = 0; i < object.length; i++) check(object[i], `${path}[${i}]`, ancestors, operationId);
  } else {
    const record = object as Record<string, unknown>;
    for (const key of Object.keys(record)) check(record[key], `${path}.${key}`, ancestors, operationId);
  }
  ancestors.pop();
}

function refuse(path: string, what: string, operationId: string): never {
  throw new InvalidParameterError(
    path,
    `${operationId}: "${path}" is ${what}, which JSON cannot carry as given; pass strings, numbers, booleans, null, arrays and plain objects.`,
  );
}
