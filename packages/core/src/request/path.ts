import { InvalidParameterError } from '../errors/invalid-parameter-error.js';

const PLACEHOLDER = /\{([^}]+)\}/g;

/** The placeholder names of a path template, in order: `/v1/contacts/{into_uuid}/merge/{from_uuid}` gives both. */
export function pathParamNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
}

/**
 * A segment that the URL parser reads as `.` or `..` and resolves away, climbing out of the path
 * written: the dots plain or percent-encoded, in any case (`..`, `%2e%2e`, `.%2E`, `%2e`).
 */
export function isDotSegment(segment: string): boolean {
  return /^(?:\.|%2e){1,2}$/i.test(segment);
}

/**
 * Fills a path template. Each value becomes exactly one path segment: it is percent-encoded
 * (so `/`, `?` and `#` cannot reach another resource), and values that would change the
 * path's meaning (empty, `.`, `..`) or that are not ids are refused before any request.
 */
export function fillPath(template: string, values: readonly unknown[]): string {
  const names = pathParamNames(template);
  if (values.length !== names.length) {
    throw new InvalidParameterError(
      names[values.length] ?? names.join(', '),
      `${template} takes ${names.length} path parameter(s) (${names.join(', ') || 'none'}), got ${values.length}.`,
    );
  }
  let index = 0;
  return template.replace(PLACEHOLDER, (_, name: string) => encodeSegment(name, values[index++]));
}

function encodeSegment(name: string, value: unknown): string {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string') {
    throw new InvalidParameterError(name, `Path parameter "${name}" must be a string id, not ${describe(value)}.`);
  }
  // Encoded, `%2e%2e` would stay a literal segment; refused all the same: a server that decodes twice would climb.
  if (text === '' || isDotSegment(text)) {
    throw new InvalidParameterError(
      name,
      `Path parameter "${name}" is ${text === '' ? 'empty' : `"${text}"`}; pass an id.`,
    );
  }
  try {
    return encodeURIComponent(text);
  } catch {
    throw new InvalidParameterError(name, `Path parameter "${name}" holds a lone surrogate; pass valid Unicode text.`);
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}
