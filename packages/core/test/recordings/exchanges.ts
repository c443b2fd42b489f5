import { readFileSync } from 'node:fs';
import { operations } from '../../src/index.js';
import type { OperationSpec } from '../../src/operations/operation.js';

/**
 * The real API's recorded exchanges (fixtures/real-api/recordings.json, from chartmogul-ruby's
 * VCR cassettes), each matched to the row of the operations table that makes that request, with
 * the arguments that make the SDK send it. Shared by the replay suite and the type generator.
 */
export interface RecordedExchange {
  file: string;
  index: number;
  method: string;
  path: string;
  query: [string, string][];
  /** What the Ruby library sent as JSON; `{}` or `null` when it sent none. */
  requestBody: Record<string, unknown> | null;
  status: number;
  contentType: string | null;
  responseText: string;
  responseJson: unknown;
  recordedAt: string;
}

export interface Replay {
  /** `cassette#index`, unique. */
  name: string;
  exchange: RecordedExchange;
  operation: OperationSpec;
  /** The path's values, in template order. */
  pathValues: string[];
  /** The one params object the SDK method gets: the query (reads) or the query and body (writes), as recorded. */
  params: Record<string, unknown> | undefined;
}

export const RECORDINGS_FILE = new URL('../../../../fixtures/real-api/recordings.json', import.meta.url);

export function loadExchanges(): RecordedExchange[] {
  return (JSON.parse(readFileSync(RECORDINGS_FILE, 'utf8')) as { interactions: RecordedExchange[] }).interactions;
}

/** Rails-style query pairs as one object: `subscription_event[id]=1` is `{ subscription_event: { id: '1' } }`. */
export function decodeQuery(pairs: readonly (readonly [string, string])[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of pairs) {
    const [head, ...nested] = key.split(/\[|\]\[|\]$/).filter((part) => part !== '');
    let target = result;
    const path = [head as string, ...nested];
    for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[path.at(-1) as string] = value;
  }
  return result;
}

/** The recorded request's fields, query and body together: what the SDK's params must say. */
export function recordedFields(exchange: RecordedExchange): Record<string, unknown> {
  return { ...decodeQuery(exchange.query), ...(exchange.requestBody ?? {}) };
}

function templatePattern(template: string): RegExp {
  return new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`);
}

/** How much of a template is literal: `/v1/customers/search` beats `/v1/customers/{uuid}`. */
const literalLength = (row: OperationSpec) => row.path.replace(/\{[^}]+\}/g, '').length;

/** Whether the fields name their record by its source's id (`external_id`) rather than ChartMogul's `id`. */
function byExternalId(fields: Record<string, unknown>): boolean {
  const event = fields.subscription_event;
  const record = event && typeof event === 'object' ? (event as Record<string, unknown>) : fields;
  return !('id' in record) || record.id === null;
}

/**
 * The row that makes this request: same method, path template matching, the most literal
 * template first. Rows sharing a method and path (`subscriptionEvents.update` and
 * `updateByExternalId`) are told apart by how the recorded fields name the record.
 */
export function operationFor(exchange: RecordedExchange): OperationSpec | undefined {
  const candidates = operations
    .filter((row) => row.method === exchange.method && templatePattern(row.path).test(exchange.path))
    .sort((a, b) => literalLength(b) - literalLength(a));
  const best = candidates.filter((row) => row.path === candidates[0]?.path);
  if (best.length < 2) return best[0];
  const wantsExternal = byExternalId(recordedFields(exchange));
  return best.find((row) => row.id.endsWith('ByExternalId') === wantsExternal) ?? best[0];
}

export function replayFor(exchange: RecordedExchange): Replay | undefined {
  const operation = operationFor(exchange);
  if (!operation) return undefined;
  const match = templatePattern(operation.path).exec(exchange.path) as RegExpExecArray;
  const fields = exchange.method === 'GET' ? decodeQuery(exchange.query) : recordedFields(exchange);
  return {
    name: `${exchange.file}#${exchange.index}`,
    exchange,
    operation,
    pathValues: match.slice(1).map(decodeURIComponent),
    params: Object.keys(fields).length > 0 ? fields : undefined,
  };
}
