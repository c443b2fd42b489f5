import { InvalidParameterError } from '../errors/invalid-parameter-error.js';

/**
 * The body as JSON, or an `InvalidParameterError` naming the path of a value JSON cannot carry as
 * given. `JSON.stringify` changes such values without a word: a `Map` or `Set` becomes `{}`, a
 * function or symbol vanishes (or becomes `null` in an array), `NaN`, `Infinity` and an invalid
 * `Date` become `null`; a BigInt or a cycle throws a bare TypeError. The query string refuses the
 * same values, so the body does too. One pass: the replacer sees each value as given (`this[key]`)
 * and after `toJSON`, and remembers each object's path for its children.
 */
export function toJSONBody(operationId: string, body: Record<string, unknown>): string {
  const paths = new Map<unknown, string>();
  try {
    return JSON.stringify(body, function (this: Record<string, unknown>, key: string, value: unknown) {
      const parent = paths.get(this);
      const inArray = Array.isArray(this);
      const path = parent ? (inArray ? `${parent}[${key}]` : `${parent}.${key}`) : key;
      const raw = this[key];
      if (
        raw instanceof Map ||
        raw instanceof Set ||
        raw instanceof RegExp ||
        ArrayBuffer.isView(raw) ||
        (raw instanceof Date && Number.isNaN(raw.getTime())) ||
        (typeof value === 'number' && !Number.isFinite(value)) ||
        /^(bi|f|sy)/.test(typeof value) ||
        (value === undefined && inArray)
      ) {
        // `Map`, `NaN`, `Function`, `BigInt`, `undefined`...: what the caller passed, by name.
        const what = typeof value === 'number' || value === undefined ? String(value) : (raw as object).constructor.name;
        throw new InvalidParameterError(path, `${operationId}: "${path}" (${what}) cannot be sent as JSON.`);
      }
      if (value !== null && typeof value === 'object') paths.set(value, path);
      return value;
    });
  } catch (error) {
    if (error instanceof InvalidParameterError) throw error;
    // A cycle, a structure nested thousands deep, or a toJSON that throws.
    throw new InvalidParameterError('params', `${operationId}'s params cannot be sent as JSON: ${(error as Error).message}`);
  }
}
