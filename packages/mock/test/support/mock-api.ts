import { createHandlers, createMockFetch, createMockStore, type MockStore } from '../../src/index.js';

export const KEY = 'test-key-account-a';
export const OTHER_KEY = 'test-key-account-b';
export const BASE = 'https://api.chartmogul.com';

export interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

export const basic = (key: string) => `Basic ${btoa(`${key}:`)}`;

/**
 * The mock served in-process through `createMockFetch`, called with plain fetch semantics:
 * `api.get('/v1/customers')`, `api.post('/v1/customers', { ... })`. Bodies are sent as JSON
 * (a string is sent as is, to test malformed JSON), answers parsed when they have a body.
 */
export function mockApi(options: { now?: () => number; store?: MockStore } = {}) {
  const store = options.store ?? createMockStore(options.now === undefined ? {} : { now: options.now });
  const fetch = createMockFetch(createHandlers({ apiKeys: [KEY, OTHER_KEY], store }));
  async function call(method: string, path: string, body?: unknown, key: string | null = KEY): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (key !== null) headers.authorization = basic(key);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${BASE}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text), headers: response.headers };
  }
  return {
    store,
    fetch,
    call,
    get: (path: string, key?: string | null) => call('GET', path, undefined, key),
    post: (path: string, body?: unknown, key?: string | null) => call('POST', path, body ?? {}, key),
    put: (path: string, body?: unknown) => call('PUT', path, body ?? {}),
    patch: (path: string, body?: unknown) => call('PATCH', path, body ?? {}),
    delete: (path: string, body?: unknown) => call('DELETE', path, body),
  };
}

export type MockApi = ReturnType<typeof mockApi>;

/** A data source, a monthly plan and a customer: what most tests start from. */
export async function basics(api: MockApi, key: string = KEY) {
  const ds = (await api.call('POST', '/v1/data_sources', { name: 'Billing' }, key)).body;
  const plan = (
    await api.call('POST', '/v1/plans', { data_source_uuid: ds.uuid, name: 'Gold', interval_count: 1, interval_unit: 'month', external_id: 'gold' }, key)
  ).body;
  const customer = (
    await api.call('POST', '/v1/customers', { data_source_uuid: ds.uuid, external_id: 'cus_1', name: 'Acme', email: 'ops@acme.test', country: 'US' }, key)
  ).body;
  return { ds, plan, customer };
}

/** One invoice with one subscription line item for `amount` cents over [start, end). */
export function subscriptionInvoice(
  externalId: string,
  plan: { uuid: string },
  start: string,
  end: string,
  amount: number,
  extra: Record<string, unknown> = {},
) {
  return {
    external_id: externalId,
    date: start,
    currency: 'USD',
    line_items: [
      {
        type: 'subscription',
        subscription_external_id: 'sub_1',
        plan_uuid: plan.uuid,
        service_period_start: start,
        service_period_end: end,
        amount_in_cents: amount,
        quantity: 1,
        external_id: `li_${externalId}`,
      },
    ],
    transactions: [{ type: 'payment', date: start, result: 'successful', external_id: `tr_${externalId}` }],
    ...extra,
  };
}
