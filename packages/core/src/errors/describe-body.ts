const EXCERPT_LENGTH = 200;

/**
 * A short account of an error body for a message. ChartMogul's error bodies come as `{message}`,
 * `{error}`, `{errors: {field: text}}` or plain text; what sits in front of it (a load balancer,
 * a CDN) answers with HTML pages, and a cut connection leaves half a JSON document.
 */
export function describeBody(body: unknown): string {
  if (typeof body === 'string') return describeText(body);
  if (body === null || typeof body !== 'object') return '';
  const record = body as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of ['message', 'error'] as const) {
    const value = record[key];
    if (typeof value === 'string' && value !== '' && !parts.includes(value)) parts.push(value);
  }
  const errors = record.errors;
  if (errors && typeof errors === 'object' && !Array.isArray(errors)) {
    for (const [field, text] of Object.entries(errors)) parts.push(`${field}: ${describeValue(text)}`);
  } else if (Array.isArray(errors)) {
    parts.push(errors.map(describeValue).join(', '));
  } else if (typeof errors === 'string') {
    parts.push(errors);
  }
  return excerpt(parts.join('; '));
}

/** Text that was not JSON: an HTML page is named by its title, anything else shown as a short excerpt. */
function describeText(text: string): string {
  if (isHtml(text)) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1];
    const words = excerpt((title ?? text.replace(/<[^>]*>/g, ' ')).trim());
    return `an HTML page${words ? ` ("${words}")` : ''}, so the answer came from a proxy or gateway in front of the API`;
  }
  return excerpt(text);
}

export function isHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html)/i.test(text);
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(describeValue).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}
