import { InvalidParameterError } from '../errors/invalid-parameter-error.js';
import type { Log } from '../logging/logger.js';
import { operationParamNames } from '../operations/param-names.js';

/** Checks the field names of one call's params: warns about (or refuses) a name its params type does not declare. */
export type ParamCheck = (operationId: string, params: unknown) => void;

/**
 * The check of unknown param names. TypeScript refuses `{ emial }` at compile time; JavaScript
 * callers would see the API drop it in silence (a customer created without an email, a list of
 * 200 entries for `per_pag`). Each operation and name is warned about once per client; `strict`
 * makes it an `InvalidParameterError` before anything is sent. The names are generated from the
 * params types (scripts/generate-client-types.mjs), so they cannot drift from them. Runtime
 * packages supply this (`RuntimeDefaults.paramCheck`); the Workers build leaves it out for size.
 */
export function createParamCheck(log: Log, strict: boolean, names: { readonly [id: string]: string | undefined } = operationParamNames): ParamCheck {
  const warned = new Set<string>();
  return (operationId, params) => {
    const list = names[operationId];
    if (list === undefined || !params || typeof params !== 'object' || Array.isArray(params)) return;
    const known = list.split(' ');
    for (const name of Object.keys(params)) {
      if (known.includes(name)) continue;
      const message = unknownParamMessage(operationId, name, known);
      if (strict) throw new InvalidParameterError(name, `${message} (strictParams refuses unknown params; nothing was sent).`);
      const key = `${operationId} ${name}`;
      if (warned.has(key)) continue;
      warned.add(key);
      log.warn(`${message} ChartMogul ignores fields it does not know, so it would not be sent as meant.`);
    }
  };
}

/** `customers.create: unknown param "emial"; did you mean "email"?`, or the known names when none is close. */
export function unknownParamMessage(operationId: string, name: string, known: readonly string[]): string {
  const closest = closestName(name, known);
  return closest
    ? `${operationId}: unknown param "${name}"; did you mean "${closest}"?`
    : `${operationId}: unknown param "${name}"; its params are ${known.join(', ')}.`;
}

/** The known name nearest to `name`, if near enough to be a typo: at most a third of its letters changed (at least 2). */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const normal = (text: string) => text.toLowerCase().replace(/-/g, '_');
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(normal(name), normal(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`: `emial` is one swap from `email`. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (rows[i - 2] as number[])[j - 2] as number + 1);
      row[j] = value;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}
