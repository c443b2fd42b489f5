/**
 * The subset of RFC 6570 URI templates the official classes use (`/v1/customers{/customerUuid}`,
 * `/v1/customers/{customerUuid}/{action}`), filled as chartmogul-node's `uri-templates` does:
 * from an array, one value per placeholder in order; or from an object, by name. A missing value
 * drops a `{/name}` segment and empties a `{name}`.
 */
const PLACEHOLDER = /\{(\/?)([^}]+)\}/g;

export function expandPath(template: string, values: readonly unknown[] | Record<string, unknown>): string {
  const queue = Array.isArray(values) ? [...values] : undefined;
  return template.replace(PLACEHOLDER, (_, slash: string, name: string) => {
    const value = queue ? queue.shift() : (values as Record<string, unknown>)[name];
    if (value === undefined || value === null) return '';
    return slash + encodeValue(value);
  });
}

/** RFC 6570 simple expansion: everything but the unreserved characters is percent-encoded. */
function encodeValue(value: unknown): string {
  return encodeURIComponent(String(value)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
