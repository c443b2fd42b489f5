/**
 * The differences between the key sets of two JSON values, recursively: objects must have the
 * same keys, arrays are compared by their first element (against the mock's first item of the
 * same `type`, where there is one). `null` on either side matches anything
 * (a field the API sends as `null` when unset carries an object or a value when set). Maps keyed
 * by the caller's data (custom attributes, Stripe and Clearbit attributes, an invoice's `errors`; a top-level `errors`, the Import API's
 * validation failure, is compared by field)
 * are compared as objects, not by their keys.
 */
export function keyDifferences(recorded: unknown, actual: unknown, ignore: (path: string) => boolean, at = '$'): string[] {
  if (recorded === null || actual === null || recorded === undefined) return [];
  if (Array.isArray(recorded)) {
    if (!Array.isArray(actual)) return [`${at}: recorded an array, the mock sent ${kind(actual)}`];
    // Which scalars a list holds (tags, cancellation dates) is data; the shape of its objects is not.
    const first = recorded[0];
    if (!isObject(first)) return [];
    if (actual.length === 0) return [`${at}: recorded items, the mock sent none (seed the mock so that it has some)`];
    // Lists mixing kinds (subscription and one-time line items) are compared kind by kind where they can be.
    const counterpart = actual.find((item) => isObject(item) && item.type === first.type) ?? actual[0];
    return keyDifferences(first, counterpart, ignore, `${at}[0]`);
  }
  if (isObject(recorded)) {
    if (!isObject(actual)) return [`${at}: recorded an object, the mock sent ${kind(actual)}`];
    if (DATA_KEYED.has(lastKey(at)) && at !== '$.errors') return [];
    const differences: string[] = [];
    for (const key of Object.keys(recorded)) {
      const path = `${at}.${key}`;
      if (!(key in actual)) {
        if (!ignore(path)) differences.push(`${path}: recorded, missing from the mock's answer`);
      } else differences.push(...keyDifferences(recorded[key], actual[key], ignore, path));
    }
    for (const key of Object.keys(actual)) {
      const path = `${at}.${key}`;
      if (!(key in recorded) && !ignore(path)) differences.push(`${path}: sent by the mock, not in the recording`);
    }
    return differences;
  }
  if (isObject(actual) || Array.isArray(actual)) return [`${at}: recorded ${kind(recorded)}, the mock sent ${kind(actual)}`];
  return [];
}

const DATA_KEYED = new Set(['custom', 'stripe', 'clearbit', 'errors']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const kind = (value: unknown) => (Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value);
const lastKey = (path: string) => path.slice(path.lastIndexOf('.') + 1);
