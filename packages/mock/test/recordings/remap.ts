import type { Exchange } from './recordings.js';
import type { World } from './world.js';

const PREFIXED = /^(ds|cus|pl|plg|inv|li|tr|sub|con|note)_[0-9A-Za-z-]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Path segments followed by a bare uuid, and the kind of record it names. */
const BARE_IN_PATH: Record<string, string> = { opportunities: 'opportunity', tasks: 'task', activities_export: 'export' };

/** The request to send to the mock: the recorded one, with every recorded id replaced by a seeded one of its kind. */
export interface Request {
  method: string;
  path: string;
  query: Array<[string, string]>;
  body: unknown;
}

/**
 * Points a recorded request at the seeded world: the n-th distinct recorded id of a kind
 * becomes the n-th seeded id of that kind, wherever it appears (path, query, body), so that a
 * request naming two customers (a merge) names two seeded ones.
 */
export function remap(exchange: Exchange, operation: string, world: World): Request {
  const seen = new Map<string, string | number>();
  const counts = new Map<string, number>();
  const pick = (kind: string, recorded: string | number) => {
    const key = `${kind}:${recorded}`;
    let id = seen.get(key);
    if (id === undefined) {
      const n = counts.get(kind) ?? 0;
      const pool = world.ids[kind] ?? [];
      id = pool[n];
      if (id === undefined) throw new Error(`The world has ${pool.length} ${kind} records; ${exchange.file} names more.`);
      counts.set(kind, n + 1);
      seen.set(key, id);
    }
    return id;
  };
  const value = (v: unknown, key?: string, parent?: string): unknown => {
    if (typeof v === 'string' && PREFIXED.test(v)) return pick(v.slice(0, v.indexOf('_')), v);
    if (typeof v === 'string' && UUID.test(v) && key === 'uuid' && parent === 'subscriptions') return pick('subscription', v);
    if (typeof v === 'number' && key === 'id' && parent === 'subscription_event') return pick('event', v);
    if (typeof v === 'string' && key === 'external_id' && parent === 'subscriptions') return pick('subscriptionExternalId', v);
    if (Array.isArray(v)) return v.map((item) => value(item, undefined, key ?? parent));
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, value(item, k, key ?? parent)]));
    }
    return v;
  };
  const segments = exchange.path.split('/');
  const path = segments
    .map((segment, i) => {
      const kind = BARE_IN_PATH[segments[i - 1] ?? ''];
      if (kind !== undefined && UUID.test(segment)) return String(pick(kind, segment));
      return String(value(segment));
    })
    .join('/');
  const query = exchange.query.map(([name, v]): [string, string] => {
    if (name === 'subscription_event[id]') return [name, String(pick('event', v))];
    return [name, String(value(v))];
  });
  let body = exchange.requestBody === null ? undefined : value(exchange.requestBody);
  const succeeds = exchange.status < 300;
  // Lookups by the caller's data: point them at a seeded customer when the recording found one.
  if (succeeds && operation === 'customers.search') setQuery(query, 'email', world.emails[0] as string);
  if (succeeds && operation === 'customers.list') setQuery(query, 'external_id', world.customerExternalIds[0] as string, false);
  if (operation.endsWith('addByEmail')) body = { ...(body as object), email: world.emails[0] };
  if (operation === 'customers.unmerge') body = { ...(body as object), external_id: world.customerExternalIds[1] };
  if (operation === 'subscriptionEvents.create') {
    const event = (body as { subscription_event: object }).subscription_event;
    body = { subscription_event: { ...event, customer_external_id: world.customerExternalIds[0] } };
  }
  return { method: exchange.method, path, query, body };
}

function setQuery(query: Array<[string, string]>, name: string, value: string, add = true) {
  const entry = query.find(([n]) => n === name);
  if (entry) entry[1] = value;
  else if (add) query.push([name, value]);
}
