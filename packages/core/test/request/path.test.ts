import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '../../src/index.js';
import { basicAuthorization, buildRequest, defineOperation } from '../../src/internal.js';

const merge = defineOperation<void, unknown>()({
  id: 'contacts.merge',
  noParams: true,
  method: 'POST',
  path: '/v1/contacts/{into_uuid}/merge/{from_uuid}',
  summary: 'test',
});
const context = { baseURL: 'https://api.chartmogul.test', authorization: basicAuthorization('k') };
const build = (values: unknown[]) => buildRequest(merge, values, undefined, context);
const refusal = (values: unknown[]) => {
  try {
    build(values);
  } catch (error) {
    return error;
  }
  throw new Error('not refused');
};

describe('path parameters', () => {
  it.each([
    ['con_1', 'con_1'],
    ['a/b', 'a%2Fb'],
    ['../v1/data_sources', '..%2Fv1%2Fdata_sources'],
    ['x?admin=1#f', 'x%3Fadmin%3D1%23f'],
    ['ünï cødé', '%C3%BCn%C3%AF%20c%C3%B8d%C3%A9'],
    ['%2F', '%252F'],
    ['...', '...'],
  ])('%j becomes the one segment %s', (value, encoded) => {
    expect(new URL(build([value, 'con_2']).url).pathname).toBe(`/v1/contacts/${encoded}/merge/con_2`);
  });

  it('checks the URL as parsed, last: a path that the URL parser would move (a dot segment that slipped through) is refused', () => {
    const climbing = defineOperation<void, unknown>()({ id: 'x.climb', noParams: true, method: 'GET', path: '/v1/%2e%2e/admin', summary: 'test' });
    const error = (() => {
      try {
        buildRequest(climbing, [], undefined, { ...context, baseURL: 'https://proxy.test/chartmogul' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as Error).message).toContain('/chartmogul/admin');
  });

  it('accepts safe integers', () => {
    expect(build([42, 7]).url).toBe('https://api.chartmogul.test/v1/contacts/42/merge/7');
  });

  it.each([
    ['', /is empty/],
    ['.', /is "\."/],
    ['..', /is "\.\."/],
    ['%2e%2e', /is "%2e%2e"/],
    ['%2E.', /is "%2E\."/],
    ['%2e', /is "%2e"/],
    [null, /must be a string id, not null/],
    [undefined, /must be a string id, not undefined/],
    [{}, /not an object/],
    [['a'], /not an array/],
    [1.5, /not number 1.5/],
    [Number.MAX_SAFE_INTEGER + 2, /not number/],
    [true, /not boolean true/],
    ['\uD800', /lone surrogate/],
  ])('refuses %j with an InvalidParameterError naming the parameter', (bad, message) => {
    const first = refusal([bad, 'con_2']);
    expect(first).toBeInstanceOf(InvalidParameterError);
    expect(first).toMatchObject({ parameter: 'into_uuid' });
    expect((first as Error).message).toMatch(/Path parameter "into_uuid"/);
    expect((first as Error).message).toMatch(message);
    expect(refusal(['con_1', bad])).toMatchObject({ parameter: 'from_uuid' });
  });

  it('refuses a missing path parameter, naming it', () => {
    expect(refusal(['con_1'])).toMatchObject({ parameter: 'from_uuid', message: expect.stringMatching(/takes 2 path parameter/) });
  });

  it('refuses params that JSON cannot carry, with a typed error rather than a TypeError', () => {
    const create = defineOperation<Record<string, unknown>, unknown>()({ id: 'things.create', method: 'POST', path: '/v1/things', summary: 'test' });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const params of [{ amount: 10n }, { nested: cyclic }]) {
      expect(() => buildRequest(create, [], params, context)).toThrow(InvalidParameterError);
    }
  });
});
