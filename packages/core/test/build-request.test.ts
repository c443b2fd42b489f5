import { describe, expect, it } from 'vitest';
import { buildRequest, defineOperation, InvalidParameterError } from '../src/index.js';

const context = { baseURL: 'https://api.chartmogul.com', authorization: 'Basic a2V5Og==' };

const retrieve = defineOperation<void, unknown>()({
  id: 'things.retrieve',
  noParams: true,
  method: 'GET',
  path: '/v1/things/{uuid}',
  summary: 'test row',
});
const list = defineOperation<Record<string, unknown>, unknown>()({
  id: 'things.list',
  method: 'GET',
  path: '/v1/things',
  summary: 'test row',
  paging: { items: 'entries' },
});
const update = defineOperation<Record<string, unknown>, unknown>()({
  id: 'things.updateByExternalId',
  method: 'PATCH',
  path: '/v1/things',
  summary: 'test row',
  query: ['data_source_uuid', 'external_id'],
});
const remove = defineOperation<Record<string, unknown>, unknown>()({
  id: 'things.delete',
  method: 'DELETE',
  path: '/v1/things/{uuid}',
  summary: 'test row',
});
const merge = defineOperation<void, unknown>()({
  id: 'things.merge',
  noParams: true,
  method: 'POST',
  path: '/v1/things/{into_uuid}/merge/{from_uuid}',
  summary: 'test row',
});

describe('buildRequest', () => {
  it('builds a GET with the auth header and no body', () => {
    expect(buildRequest(retrieve, ['cus_1'], undefined, context)).toEqual({
      method: 'GET',
      url: 'https://api.chartmogul.com/v1/things/cus_1',
      headers: { accept: 'application/json', authorization: 'Basic a2V5Og==' },
    });
  });

  it('sends every GET param in the query: arrays comma-joined, booleans as words, null and undefined left out', () => {
    const request = buildRequest(list, [], { geo: ['US', 'GB'], with_disabled: true, per_page: 50, a: null, b: undefined }, context);
    expect(request.url).toBe('https://api.chartmogul.com/v1/things?geo=US%2CGB&with_disabled=true&per_page=50');
    expect(request.body).toBeUndefined();
  });

  it('splits a write into the query keys of the row and a JSON body, keeping null and dropping undefined', () => {
    const request = buildRequest(update, [], { data_source_uuid: 'ds_1', external_id: 'inv 1', name: 'n', due_date: null, x: undefined }, context);
    expect(request.method).toBe('PATCH');
    expect(request.url).toBe('https://api.chartmogul.com/v1/things?data_source_uuid=ds_1&external_id=inv+1');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body).toBe('{"name":"n","due_date":null}');
  });

  it('sends a write without body fields without a body, and with them as JSON', () => {
    expect(buildRequest(remove, ['t_1'], undefined, context).body).toBeUndefined();
    expect(buildRequest(remove, ['t_1'], { tags: ['a'] }, context).body).toBe('{"tags":["a"]}');
  });

  it('fills path parameters in order and percent-encodes each as one segment', () => {
    const request = buildRequest(merge, ['a/b?c#d', 'ü %'], undefined, context);
    expect(request.url).toBe('https://api.chartmogul.com/v1/things/a%2Fb%3Fc%23d/merge/%C3%BC%20%25');
    expect(request.body).toBeUndefined();
    expect(request.headers['content-type']).toBeUndefined();
  });

  it.each([[''], ['.'], ['..'], [null], [undefined], [{}], [1.5], [['x']]])(
    'refuses the path value %j with an error naming the parameter',
    (value) => {
      const attempt = () => buildRequest(retrieve, [value], undefined, context);
      expect(attempt).toThrow(InvalidParameterError);
      expect(attempt).toThrow(/"uuid"/);
    },
  );

  it('refuses a wrong number of path values', () => {
    expect(() => buildRequest(merge, ['only-one'], undefined, context)).toThrow(/takes 2 path parameter/);
  });

  it('refuses the deprecated page param of a list and says to use the cursor', () => {
    expect(() => buildRequest(list, [], { page: 2 }, context)).toThrow(/cursor/);
  });

  it('refuses params that are not one object, and query values that are objects', () => {
    expect(() => buildRequest(list, [], 'cus_1', context)).toThrow(InvalidParameterError);
    expect(() => buildRequest(list, [], { filter: { a: 1 } }, context)).toThrow(/"filter"/);
  });

  it('lets call headers override default headers but never the authorization', () => {
    const request = buildRequest(retrieve, ['x'], undefined, {
      ...context,
      defaultHeaders: { 'X-Team': 'a', Authorization: 'Basic evil' },
      headers: { 'x-team': 'b', authorization: 'Basic evil' },
    });
    expect(request.headers['x-team']).toBe('b');
    expect(request.headers.authorization).toBe('Basic a2V5Og==');
  });
});
