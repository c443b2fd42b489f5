import { describe, expect, it } from 'vitest';
import { type ClientOptions, InvalidParameterError, type Logger, operations } from '../../src/index.js';
import { ChartMogulClient, closestName, createParamCheck, operationParamNames } from '../../src/internal.js';
import { captureRequests, TEST_API_KEY, TEST_BASE_URL } from '../support/capture.js';

const wire = captureRequests();

/** A client whose runtime supplies the check, as @chartmogul-kit/node and /deno do, and the lines it logged. */
function checkedClient(options: ClientOptions = {}) {
  const lines: Array<[string, string]> = [];
  const at = (level: string) => (message: string) => void lines.push([level, message]);
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  const client = new ChartMogulClient(
    { apiKey: TEST_API_KEY, baseURL: TEST_BASE_URL, maxRetries: 0, logger, ...options },
    { readEnv: () => undefined, apiKeyHint: 'Pass { apiKey }.', paramCheck: createParamCheck },
  );
  return { client, warnings: () => lines.filter(([level]) => level === 'warn').map(([, message]) => message) };
}

describe('a param name its operation does not declare', () => {
  it('is warned about once per operation and name, naming the closest known field, and still sent', async () => {
    const { client, warnings } = checkedClient();
    wire.reply({ uuid: 'cus_1' });
    const params = { data_source_uuid: 'ds_1', external_id: 'x', name: 'Ada', emial: 'ada@example.com' } as never;
    await client.customers.create(params);
    await client.customers.create(params);
    expect(warnings()).toEqual([expect.stringMatching(/^customers\.create: unknown param "emial"; did you mean "email"\?/)]);
    expect(wire.requests.map((r) => (r.body as Record<string, unknown>).emial)).toEqual(['ada@example.com', 'ada@example.com']);
    wire.reply({ entries: [], has_more: false, cursor: null });
    await client.customers.list({ per_pag: 5 } as never);
    expect(warnings()[1]).toMatch(/^customers\.list: unknown param "per_pag"; did you mean "per_page"\?/);
  });

  it('without a close name, lists the known ones', async () => {
    const { client, warnings } = checkedClient();
    wire.reply({ entries: [], has_more: false, cursor: null });
    await client.customers.search({ email: 'a@b.c', colour: 'red' } as never);
    expect(warnings()).toEqual([expect.stringContaining('customers.search: unknown param "colour"; its params are cursor, email, per_page.')]);
  });

  it('is an InvalidParameterError before anything is sent with strictParams: true', async () => {
    const { client, warnings } = checkedClient({ strictParams: true });
    const error = await client.customers.create({ data_source_uuid: 'ds_1', external_id: 'x', emial: 'a@b.c' } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as InvalidParameterError).parameter).toBe('emial');
    expect((error as Error).message).toContain('customers.create: unknown param "emial"; did you mean "email"?');
    await expect(client.customers.list({ per_pag: 5 } as never).toArray({ limit: 1 })).rejects.toThrow(InvalidParameterError);
    expect(wire.requests).toHaveLength(0);
    expect(warnings()).toEqual([]);
  });

  it('leaves known names, both spellings of the metrics dates, and request() alone', async () => {
    const { client, warnings } = checkedClient({ strictParams: true });
    wire.reply({ entries: [], summary: {} });
    await client.metrics.mrr({ start_date: '2025-01-01', 'end-date': '2025-02-01', interval: 'month' });
    wire.reply({});
    await client.request('GET /v1/anything', { whatever: 1 });
    expect(wire.requests).toHaveLength(2);
    expect(warnings()).toEqual([]);
  });

  it('is not checked where the runtime supplies no check (the Workers build)', async () => {
    const client = new ChartMogulClient(
      { apiKey: TEST_API_KEY, baseURL: TEST_BASE_URL, strictParams: true },
      { readEnv: () => undefined, apiKeyHint: 'Pass { apiKey }.' },
    );
    wire.reply({ uuid: 'cus_1' });
    await client.customers.create({ data_source_uuid: 'ds_1', external_id: 'x', emial: 'a@b.c' } as never);
    expect(wire.requests).toHaveLength(1);
  });
});

describe('the generated field names', () => {
  it('cover every operation that takes params, and only operations of the table', () => {
    const ids = new Set(operations.map((o) => o.id));
    for (const id of Object.keys(operationParamNames)) expect(ids.has(id), id).toBe(true);
    for (const operation of operations.filter((o) => !o.noParams)) {
      expect(operationParamNames[operation.id as keyof typeof operationParamNames], operation.id).toBeDefined();
    }
    expect(operationParamNames['customers.create']?.split(' ')).toEqual(expect.arrayContaining(['email', 'external_id', 'data_source_uuid', 'website_url']));
  });

  it('closestName suggests a typo fix, never a far name', () => {
    expect(closestName('emial', ['email', 'name'])).toBe('email');
    expect(closestName('per_pag', ['cursor', 'per_page'])).toBe('per_page');
    expect(closestName('start-dat', ['start_date', 'end_date'])).toBe('start_date');
    expect(closestName('colour', ['cursor', 'email', 'per_page'])).toBeUndefined();
  });
});
