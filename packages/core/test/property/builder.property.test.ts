import { authenticatedKey } from '@chartmogul-kit/mock';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, type HttpMethod, InvalidParameterError } from '../../src/index.js';
import { buildRequest, ChartMogulClient, defineOperation } from '../../src/internal.js';
import { inspect } from 'node:util';

const runtime = { readEnv: () => undefined, apiKeyHint: 'Pass { apiKey }.' };
const BASE = 'https://api.chartmogul.test';

/** Any UTF-16 code unit, lone surrogates included: what a JavaScript string can hold. */
const utf16 = fc.nat(0xffff).map((code) => String.fromCharCode(code));
/** Keys as they come: hex like real ones, any Unicode, any UTF-16 (lone surrogates too), padded with spaces. */
const keyArb = fc.oneof(
  fc.string({ minLength: 16, maxLength: 64, unit: utf16 }),
  fc.stringMatching(/^[0-9a-f]{32}$/),
  fc.string({ minLength: 16, maxLength: 64, unit: 'grapheme' }),
  fc.string({ minLength: 16, maxLength: 64, unit: 'binary' }),
  fc.string({ minLength: 16, maxLength: 40 }).map((k) => ` ${k}\n`),
);
/** Path values: any string, the dangerous ones, and values of the wrong type. */
const pathValueArb = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: utf16 }),
  fc.constantFrom('', '.', '..', '/', '%2e%2e', '../..', '?x=1', '#f', 'a/b'),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, undefined, true, {}, []),
);
const scalarArb = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.date(), fc.constantFrom(null, undefined));
/** Values JSON would change without a word (or refuse with a bare TypeError). */
const unfaithfulArb = fc.constantFrom(new Map([['a', 1]]), new Set([1]), Symbol('s'), () => 1, Number.NaN, Number.POSITIVE_INFINITY);
const paramValueArb = fc.oneof(
  scalarArb,
  fc.array(scalarArb, { maxLength: 4 }),
  fc.bigInt(),
  fc.object({ maxDepth: 1 }),
  unfaithfulArb,
  fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(scalarArb, unfaithfulArb), { maxKeys: 3 }),
);
const paramsArb = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), paramValueArb, { maxKeys: 6 });

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

function expectKeyNowhere(error: unknown, key: string) {
  const text = `${(error as Error).message}\n${(error as Error).stack}\n${inspect(error, { depth: Infinity })}`;
  expect(text.includes(key)).toBe(false);
}

describe('property: API keys', { timeout: 60_000 }, () => {
  it('give a client whose Authorization header, as sent, the mock reads back as that key, or a ConfigurationError without the key', async () => {
    await fc.assert(
      fc.asyncProperty(keyArb, async (key) => {
        const sent: Request[] = [];
        const fetch: typeof globalThis.fetch = async (input, init) => {
          sent.push(new Request(input, init));
          return Response.json({ data: 'pong!' });
        };
        let client: ChartMogulClient;
        try {
          client = new ChartMogulClient({ apiKey: key, baseURL: BASE, fetch }, runtime);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigurationError);
          expectKeyNowhere(error, key);
          return;
        }
        await expect(client.ping()).resolves.toEqual({ data: 'pong!' });
        expect(sent).toHaveLength(1);
        expect(authenticatedKey(sent[0] as Request, new Set([key]))).toBe(key);
        for (const view of [JSON.stringify(client), inspect(client), inspect(client, { showHidden: true, depth: Infinity })]) {
          expect(view.includes(key)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: path values', { timeout: 60_000 }, () => {
  const merge = defineOperation<void, unknown>()({ id: 'contacts.merge', method: 'POST', path: '/v1/contacts/{into_uuid}/merge/{from_uuid}', summary: 't', noParams: true });

  it('give exactly one encoded segment each, on the same origin, or an InvalidParameterError naming the parameter', () => {
    fc.assert(
      fc.property(keyArb, pathValueArb, pathValueArb, (key, into, from) => {
        const context = { baseURL: BASE, authorization: 'Basic x' };
        let url: URL;
        try {
          url = new URL(buildRequest(merge, [into, from], undefined, context).url);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidParameterError);
          const parameter = (error as InvalidParameterError).parameter;
          expect(['into_uuid', 'from_uuid']).toContain(parameter);
          expect((error as Error).message).toContain(`"${parameter}"`);
          expectKeyNowhere(error, key);
          return;
        }
        expect(url.origin).toBe(BASE);
        const segments = url.pathname.split('/');
        expect(segments).toHaveLength(6);
        expect([segments[1], segments[2], segments[4]]).toEqual(['v1', 'contacts', 'merge']);
        expect(decodeURIComponent(segments[3] as string)).toBe(String(into));
        expect(decodeURIComponent(segments[5] as string)).toBe(String(from));
        expect(url.search).toBe('');
        expect(url.hash).toBe('');
      }),
      { numRuns: 500 },
    );
  });
});

describe('property: params', { timeout: 60_000 }, () => {
  const operation = (method: HttpMethod) => defineOperation<Record<string, unknown>, unknown>()({ id: `things.${method}`, method, path: '/v1/things', summary: 't' });

  it('on a GET become the query, each value as ChartMogul reads it, or an InvalidParameterError naming the field', () => {
    fc.assert(
      fc.property(paramsArb, (params) => {
        const error = thrown(() => buildRequest(operation('GET'), [], params, { baseURL: BASE, authorization: 'Basic x' }));
        const unsendable = Object.entries(params).filter(([, value]) => queryText(value) === UNSENDABLE);
        if (error !== undefined) {
          expect(error).toBeInstanceOf(InvalidParameterError);
          expect(unsendable.map(([k]) => k)).toContain((error as InvalidParameterError).parameter);
          return;
        }
        expect(unsendable).toEqual([]);
        const query = new URL(buildRequest(operation('GET'), [], params, { baseURL: BASE, authorization: 'Basic x' }).url).searchParams;
        for (const [key, value] of Object.entries(params)) expect(query.get(key)).toBe(queryText(value));
        expect([...query.keys()].every((k) => Object.hasOwn(params, k))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('on a POST become a JSON body equal to the params (none when empty), or an InvalidParameterError', () => {
    fc.assert(
      fc.property(paramsArb, (params) => {
        let body: string | undefined;
        try {
          body = buildRequest(operation('POST'), [], params, { baseURL: BASE, authorization: 'Basic x' }).body;
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidParameterError);
          // The parameter is the path to the value (`field`, `field.key`, `field[0]`), inside a field JSON cannot carry.
          const { parameter } = error as InvalidParameterError;
          const culprits = Object.keys(params).filter((key) => [key, `${key}.`, `${key}[`].some((p) => parameter === key || parameter.startsWith(p)));
          expect(culprits.some((key) => !jsonCarries(params[key], false))).toBe(true);
          return;
        }
        expect(Object.values(params).every((value) => jsonCarries(value, false))).toBe(true);
        const expected = JSON.parse(JSON.stringify(params));
        // No fields left once undefined is dropped: no body at all.
        if (Object.keys(expected).length === 0) expect(body).toBeUndefined();
        else expect(JSON.parse(body as string)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

/** Whether JSON.stringify carries `value` as it is: the oracle of the body property, written out. */
function jsonCarries(value: unknown, inArray: boolean): boolean {
  if (value === undefined) return !inArray;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object') return false;
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  if (value instanceof Map || value instanceof Set) return false;
  if (Array.isArray(value)) return value.every((item) => jsonCarries(item, true));
  return Object.values(value).every((item) => jsonCarries(item, false));
}

const UNSENDABLE = Symbol('unsendable');
/** ChartMogul's query conventions, written out: arrays comma-joined, booleans true/false, dates ISO, null dropped. */
function queryText(value: unknown): string | null | typeof UNSENDABLE {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    const parts = value.map(scalarText);
    return parts.includes(UNSENDABLE) ? UNSENDABLE : parts.join(',');
  }
  return scalarText(value);
}
function scalarText(value: unknown): string | typeof UNSENDABLE {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : UNSENDABLE;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? UNSENDABLE : value.toISOString();
  return UNSENDABLE;
}
