// JSON bodies refuse what JSON would change without a word, naming the field's path, as the query
// string does; a field named "__proto__" is a field like any other, in every kind of body.
import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '../../src/index.js';
import { captureRequests, testClient } from '../support/capture.js';

const wire = captureRequests();
const create = (params: Record<string, unknown>) =>
  testClient()
    .customers.create({ data_source_uuid: 'ds_1', external_id: 'c1', name: 'C', ...params } as never)
    .catch((e: unknown) => e);

describe('JSON bodies: what JSON cannot carry is refused before sending', () => {
  it.each([
    ['a Map', { attributes: { custom: new Map([['plan', 'gold']]) } }, 'attributes.custom', 'Map'],
    ['a Set', { attributes: { tags: new Set(['vip']) } }, 'attributes.tags', 'Set'],
    ['a symbol', { company: Symbol('acme') }, 'company', 'Symbol'],
    ['a function', { attributes: { custom: { score: () => 1 } } }, 'attributes.custom.score', 'Function'],
    ['NaN', { lead_created_at: Number.NaN }, 'lead_created_at', 'NaN'],
    ['Infinity in an array', { attributes: { custom: [{ value: Number.POSITIVE_INFINITY }] } }, 'attributes.custom[0].value', 'Infinity'],
    ['a BigInt', { attributes: { custom: { arr: 10n } } }, 'attributes.custom.arr', 'BigInt'],
    ['an invalid Date', { lead_created_at: new Date('nope') }, 'lead_created_at', 'Date'],
    ['undefined in an array', { attributes: { tags: ['a', undefined] } }, 'attributes.tags[1]', 'undefined'],
  ])('%s: InvalidParameterError naming the path, nothing sent', async (_, params, path, what) => {
    wire.reply({ uuid: 'cus_1' });
    const error = await create(params);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ parameter: path, message: expect.stringContaining(`"${path}" (${what}) cannot be sent as JSON`) });
    expect(wire.requests).toHaveLength(0);
  });

  it('a circular reference: InvalidParameterError, not a bare TypeError', async () => {
    const custom: Record<string, unknown> = {};
    custom.self = custom;
    const error = await create({ attributes: { custom } });
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ parameter: 'params', message: expect.stringMatching(/circular/) });
  });

  it('sends what JSON carries as it is: dates as ISO text, nulls, nested arrays and objects', async () => {
    wire.reply({ uuid: 'cus_1' });
    await create({ lead_created_at: new Date('2026-01-02T03:04:05Z'), company: null, attributes: { tags: ['a'], custom: [{ key: 'n', value: 1.5 }] } });
    expect(wire.last().body).toMatchObject({
      lead_created_at: '2026-01-02T03:04:05.000Z',
      company: null,
      attributes: { tags: ['a'], custom: [{ key: 'n', value: 1.5 }] },
    });
  });
});

describe('"__proto__" is a field like any other', () => {
  const proto = () => JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;

  it('in a subscription event, flat or wrapped, it reaches the wire inside the envelope', async () => {
    wire.reply({ id: 1 });
    const cm = testClient();
    await cm.subscriptionEvents.create({ data_source_uuid: 'ds_1', external_id: 'e1', ...proto() } as never);
    expect(wire.last().rawBody).toContain('"subscription_event":{');
    expect(Object.hasOwn((wire.last().body as { subscription_event: object }).subscription_event, '__proto__')).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('in an ordinary body, it reaches the wire', async () => {
    wire.reply({ uuid: 'cus_1' });
    await create(proto());
    expect(wire.last().rawBody).toContain('"__proto__":{"polluted":true}');
  });
});
