const EXCERPT_LENGTH = 200;
/**
 * How much of a text body is looked at: a message needs a title or 200 characters, and a hostile
 * page of megabytes must cost no more than this to describe. The whole text stays on `.body`.
 */
const SCAN_LENGTH = 64 * 1024;

type Body = Record<string, unknown>;

/**
 * A short account of an error body for a message, in the server's own words. ChartMogul's
 * endpoints answer errors in several shapes (all seen from the real API):
 * - `{code, message, param}` and `{error}`;
 * - `{errors: {field: text}}` (or a list, or a string);
 * - `{field: [text], ..., error_details: [{param, code, message}]}`: the details are the words;
 * - the Import API's `{invoices: [{external_id, errors: {...}}]}`: each failed invoice by its id.
 * What sits in front of the API (a load balancer, a CDN) answers with HTML pages, and a cut
 * connection leaves half a JSON document: both are shown as text.
 */
export function describeBody(body: unknown): string {
  if (typeof body === 'string') return describeText(body);
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return '';
  return excerpt(unique(wordsOf(body as Body)).join('; '));
}

function wordsOf(body: Body): string[] {
  const words = [body.message, body.error].filter((text): text is string => typeof text === 'string' && text !== '');
  const details = body.error_details;
  if (Array.isArray(details)) words.push(...details.flatMap((detail: Body) => fieldWords(detail?.message)));
  else if (body.errors !== undefined) words.push(...fieldWords(body.errors));
  const invoices = body.invoices;
  if (Array.isArray(invoices)) {
    for (const invoice of invoices as Body[]) {
      const errors = fieldWords(invoice?.errors);
      if (errors.length > 0) words.push(`invoice ${String(invoice.external_id)}: ${errors.join(', ')}`);
    }
  } else if (words.length === 0) {
    // Rails' bare validation body: `{field: ["text", ...]}`.
    for (const [field, value] of Object.entries(body)) if (Array.isArray(value)) words.push(`${field}: ${describeValue(value)}`);
  }
  return words;
}

/** `{field: text}` as `field: text` each; a list or a string as it is. */
function fieldWords(errors: unknown): string[] {
  if (typeof errors === 'string') return errors === '' ? [] : [errors];
  if (Array.isArray(errors)) return errors.length > 0 ? [describeValue(errors)] : [];
  if (errors === null || typeof errors !== 'object') return [];
  return Object.entries(errors).map(([field, text]) => `${field}: ${describeValue(text)}`);
}

const unique = (words: string[]) => [...new Set(words)];

/**
 * Text that was not JSON: an HTML page is named by its title, anything else shown as a short excerpt.
 * Linear in a capped prefix (indexOf scans, no backtracking regex over the body): a page of `<`
 * without `>` made `/<[^>]*>/g` quadratic, blocking the process for minutes on a megabyte.
 */
function describeText(body: string): string {
  const text = body.slice(0, SCAN_LENGTH);
  if (isHtml(text)) {
    const words = excerpt(titleOf(text) ?? withoutTags(text));
    return `an HTML page${words ? ` ("${words}")` : ''} from a proxy, not the API`;
  }
  return excerpt(text);
}

/** The text of the first `<title>` element, if it is closed. */
function titleOf(html: string): string | undefined {
  const lower = html.toLowerCase();
  const open = lower.indexOf('<title');
  const start = open === -1 ? -1 : lower.indexOf('>', open);
  const end = start === -1 ? -1 : lower.indexOf('</title', start);
  return end === -1 ? undefined : html.slice(start + 1, end);
}

/** The text between the tags; an unclosed tag hides the rest, as it does in a browser. */
function withoutTags(html: string): string {
  const parts: string[] = [];
  for (let at = 0; at < html.length; ) {
    const open = html.indexOf('<', at);
    parts.push(html.slice(at, open === -1 ? html.length : open));
    const close = open === -1 ? -1 : html.indexOf('>', open);
    if (close === -1) break;
    at = close + 1;
  }
  return parts.join(' ');
}

export function isHtml(text: string): boolean {
  return /^(<!doctype html|<html)/i.test(text.slice(0, SCAN_LENGTH).trimStart().slice(0, 14));
}

/** A value in a message; a hostile depth of nesting is cut, never a stack overflow. */
function describeValue(value: unknown, depth = 0): string {
  // A message shows 200 characters: a list of a million errors is cut long before that counts.
  if (Array.isArray(value)) return depth > 3 ? '…' : value.slice(0, 50).map((item) => describeValue(item, depth + 1)).join(', ');
  if (value === null || typeof value !== 'object') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return '…';
  }
}

export function excerpt(text: string): string {
  const flat = text.slice(0, SCAN_LENGTH).replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}
