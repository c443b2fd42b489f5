// Describes a row's params from its type: name, type text, how a command line reads it, whether
// it is required, its doc. One reading of the types for every tool made from them: the CLI's
// flags (packages/cli/scripts/generate-operation-params.mjs), the client's field-name lists and
// the `@example` of each method. Moved here from the CLI so that these cannot disagree.
import ts from 'typescript';

/** `start_date` and `start-date` are one command-line flag: `--start-date`. */
export function flagOf(name) {
  return name.replace(/_/g, '-');
}

/**
 * The params of a row. A union (e.g. the metrics' two spellings of each date, or "by uuid or by
 * external id") is read member by member: a flag is required when every member requires it
 * under one of its spellings, and a property typed `never` in a member is absent from it.
 */
export function describeParams(checker, type, location) {
  if (!type || type.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Never)) return [];
  const members = type.isUnion() ? type.types : [type];
  const byFlag = new Map();
  const requiredIn = new Map();
  for (const member of members) {
    const requiredHere = new Set();
    for (const symbol of checker.getPropertiesOfType(member)) {
      const propertyType = checker.getTypeOfSymbolAtLocation(symbol, location);
      const present = checker.getNonNullableType(propertyType);
      if (present.flags & ts.TypeFlags.Never) continue;
      const name = symbol.getName();
      const flag = flagOf(name);
      const optional = (symbol.flags & ts.SymbolFlags.Optional) !== 0;
      if (!optional) requiredHere.add(flag);
      const known = byFlag.get(flag);
      // The snake_case spelling is the one the CLI sends (core's quirks turn it into the wire's).
      if (!known || (name.includes('_') && !known.name.includes('_'))) {
        // `null` (clear the field) is accepted in the SDK's params; the docs say so, a flag cannot carry it.
        const nullable = (propertyType.isUnion() ? propertyType.types : [propertyType]).some((part) => part.flags & ts.TypeFlags.Null);
        byFlag.set(flag, {
          name,
          flag,
          ...describeType(checker, present, location),
          ...(nullable ? { nullable: true } : {}),
          description: documentation(checker, symbol) || known?.description || '',
        });
      }
    }
    for (const flag of requiredHere) requiredIn.set(flag, (requiredIn.get(flag) ?? 0) + 1);
  }
  return [...byFlag.values()].map((param) => ({ ...param, required: requiredIn.get(param.flag) === members.length }));
}

/**
 * Every field name a params type knows, every spelling of every union member (`start_date` and
 * `start-date`), sorted; `undefined` when the type takes any name (an index signature).
 */
export function fieldNames(checker, type) {
  if (!type || type.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Never)) return [];
  const members = type.isUnion() ? type.types : [type];
  if (members.some((member) => checker.getIndexInfosOfType(member).length > 0 || member.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown))) return undefined;
  return [...new Set(members.flatMap((member) => checker.getPropertiesOfType(member).map((symbol) => symbol.getName())))].sort();
}

function documentation(checker, symbol) {
  return ts.displayPartsToString(symbol.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim();
}

/**
 * How the CLI reads a flag's value: `string`, `number`, `boolean`, `string[]` / `number[]`
 * (comma-separated, or the flag repeated) or `json` (an object or a list of objects, as JSON text).
 */
function describeType(checker, type, location) {
  const text = checker.typeToString(type, location, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope);
  const parts = type.isUnion() ? type.types : [type];
  const is = (part, flags) => (part.flags & flags) !== 0;
  const literals = parts.filter((part) => part.isStringLiteral()).map((part) => part.value);
  if (parts.every((part) => is(part, ts.TypeFlags.BooleanLike))) return { type: text, kind: 'boolean' };
  if (parts.every((part) => is(part, ts.TypeFlags.NumberLike))) return { type: text, kind: 'number' };
  if (parts.every((part) => is(part, ts.TypeFlags.StringLike))) {
    return literals.length === parts.length ? { type: text, kind: 'string', values: literals } : { type: text, kind: 'string' };
  }
  if (parts.every((part) => is(part, ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike))) return { type: text, kind: 'string' };
  const arrays = parts.filter((part) => checker.isArrayType(part));
  const scalarParts = parts.filter((part) => !checker.isArrayType(part));
  if (arrays.length > 0 && scalarParts.every((part) => is(part, ts.TypeFlags.StringLike))) {
    const element = checker.getTypeArguments(arrays[0])[0];
    const elements = element.isUnion() ? element.types : [element];
    if (elements.every((part) => is(part, ts.TypeFlags.NumberLike))) return { type: text, kind: 'number[]' };
    if (elements.every((part) => is(part, ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike))) {
      const values = elements.filter((part) => part.isStringLiteral()).map((part) => part.value);
      return values.length === elements.length ? { type: text, kind: 'string[]', values } : { type: text, kind: 'string[]' };
    }
  }
  return { type: text, kind: 'json' };
}
