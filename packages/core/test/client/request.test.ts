import { describe, expect, it } from 'vitest';
import { InvalidParameterError, NotFoundError, type Customer, type DataSource } from '../../src/index.js';
import { captureRequests, testClient } from '../support/capture.js';
import { useMockServer } from '../support/mock-server.js';

describe('request() against the mock', () => {
  const mock = useMockServer('request-key-51f0');

  it('writes, reads and lists through the same pipeline as the methods', async () => {
    const cm = mock.client();
    const source = await cm.request<DataSource>('POST /v1/data_sources', { name: 'request()' });
    expect(source.name).toBe('request()');
    const created = await cm.request<Customer>('POST /v1/customers', { data_source_uuid: source.uuid, external_id: 'r-1', name: 'Ada' });
    await cm.request('POST /v1/customers', { data_source_uuid: source.uuid, external_id: 'r-2', name: 'Grace' });
    const read = await cm.request<Customer>('GET /v1/customers/{uuid}', { uuid: created.uuid });
    expect(read).toEqual(await cm.customers.retrieve(created.uuid));
    // A route with its id already in the path works as well.
    expect(await cm.request<Customer>(`GET /v1/customers/${created.uuid}`)).toEqual(read);

    const names: string[] = [];
    for await (const customer of cm.request<{ entries: Customer[] }, Customer>('GET /v1/customers', { per_page: 1 }, { items: 'entries' })) {
      names.push(customer.name);
    }
    expect(names.sort()).toEqual(['Ada', 'Grace']);
    const page = await cm.request('GET /v1/customers', { per_page: 1 }, { items: 'entries' });
    expect(page.has_more).toBe(true);
    expect(await page.nextPage()).toMatchObject({ has_more: false });
  });

  it('rejects with the typed error of the status', async () => {
    const error = await mock
      .client({ maxRetries: 0 })
      .request('GET /v1/customers/{uuid}', { uuid: 'cus_missing' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, path: '/v1/customers/cus_missing' });
  });
});

describe('request() on the wire', () => {
  const wire = captureRequests();
  const cm = testClient({ maxRetries: 0 });

  it('encodes each placeholder as one segment and puts the other params in the query of a GET or DELETE', async () => {
    await cm.request('GET /v1/customers/{uuid}/attributes', { uuid: 'a/b?c', expand: true });
    expect(wire.last()).toMatchObject({ path: '/v1/customers/a%2Fb%3Fc/attributes', query: { expand: 'true' }, rawBody: '' });
    await cm.request('DELETE /v1/things/{id}', { id: 7, hard: true });
    expect(wire.last()).toMatchObject({ method: 'DELETE', path: '/v1/things/7', query: { hard: 'true' }, rawBody: '' });
  });

  it('sends the other params of a write as the JSON body', async () => {
    await cm.request('PATCH /v1/customers/{uuid}', { uuid: 'cus_1', name: 'Ada', attributes: { tags: ['a'] } });
    expect(wire.last()).toMatchObject({ method: 'PATCH', path: '/v1/customers/cus_1', body: { name: 'Ada', attributes: { tags: ['a'] } } });
    expect(wire.last().headers.get('content-type')).toBe('application/json');
  });

  it('sends options as options, never as params', async () => {
    await cm.request('GET /v1/ping', undefined, { headers: { 'x-trace': 't' }, timeout: 5000 });
    expect(wire.last().url.search).toBe('');
    expect(wire.last().headers.get('x-trace')).toBe('t');
  });

  it.each<[string, () => unknown, string]>([
    ['a path without a method', () => cm.request('/v1/ping' as never), 'route'],
    ['an unknown method', () => cm.request('HEAD /v1/ping' as never), 'route'],
    ['a query in the path', () => cm.request('GET /v1/customers?per_page=2'), 'route'],
    ['a dot-dot segment', () => cm.request('GET /v1/customers/../account'), 'route'],
    ...['%2e%2e', '%2E%2E', '.%2e', '%2e.', '%2E', '%2e', '.%2E'].flatMap((dots) => [
      [`a percent-encoded dot segment ${dots}`, () => cm.request(`GET /v1/${dots}/admin` as never), 'route'] as [string, () => unknown, string],
      [`a percent-encoded dot segment ${dots} at the end`, () => cm.request(`GET /v1/customers/${dots}` as never), 'route'] as [string, () => unknown, string],
      [`a placeholder value ${dots}`, () => cm.request('GET /v1/customers/{uuid}', { uuid: dots }), 'uuid'] as [string, () => unknown, string],
    ]),
    ['an empty segment', () => cm.request('GET /v1//ping'), 'route'],
    ['a missing placeholder value', () => cm.request('GET /v1/customers/{uuid}', {}), 'uuid'],
    ['an empty placeholder value', () => cm.request('GET /v1/customers/{uuid}', { uuid: '' }), 'uuid'],
    ['a dot-dot placeholder value', () => cm.request('GET /v1/customers/{uuid}', { uuid: '..' }), 'uuid'],
    ['options in the params slot', () => cm.request('GET /v1/ping', { timeout: 5000, maxRetries: 0 }), 'options'],
    ['params that are not an object', () => cm.request('GET /v1/ping', 'x' as never), 'params'],
    ['an unknown option', () => cm.request('GET /v1/ping', {}, { timout: 1 } as never), 'timout'],
    ['an items option that is not a key', () => cm.request('GET /v1/customers', {}, { items: '' }), 'items'],
  ])('refuses %s before anything is sent', async (_, call, parameter) => {
    const error = await Promise.resolve().then(call).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ parameter });
    expect(wire.requests).toHaveLength(0);
  });
});
