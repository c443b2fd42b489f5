import { FaultController } from '@chartmogul-kit/mock';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as ChartMogul from '../src/index.js';

// The package as an official user calls it, against the local ChartMogul over real HTTP (through
// the fetch build of the source: the built Node entry is exercised by the official suite).
const key = 'compat-test-key';
const faults = new FaultController();
let server: MockServer;
let config: ChartMogul.Config;

beforeAll(async () => {
  server = await startMockServer({ apiKeys: [key], port: 0, faults });
});
afterAll(() => server.close());
beforeEach(() => {
  faults.clear();
  config = new ChartMogul.Config(key, server.url);
  config.retries = 1;
});

describe('the official API against the local ChartMogul', () => {
  it('pings with the legacy (token, secret) pair as the issue shows it', async () => {
    const legacy = new ChartMogul.Config(key, key);
    legacy.apiBase = server.url;
    await expect(ChartMogul.Ping.ping(legacy)).resolves.toEqual({ data: 'pong!' });
  });

  it('creates, retrieves, lists and deletes a customer, promise and callback style alike', async () => {
    const source = await ChartMogul.DataSource.create(config, { name: 'compat test' });
    const created = await ChartMogul.Customer.create(config, {
      data_source_uuid: source.uuid,
      external_id: 'cus_ext_1',
      name: 'Ada',
    });
    expect(created.uuid).toMatch(/^cus_/);
    const byCallback = await new Promise((resolve, reject) => {
      const returned = ChartMogul.Customer.retrieve(config, created.uuid, (error: unknown, body?: unknown) =>
        error ? reject(error) : resolve(body),
      );
      expect(returned).toBeUndefined();
    });
    expect(byCallback).toMatchObject({ uuid: created.uuid, name: 'Ada' });
    const page = await ChartMogul.Customer.all(config, { data_source_uuid: source.uuid });
    expect(page.entries.map((c: { uuid: string }) => c.uuid)).toEqual([created.uuid]);
    await expect(ChartMogul.Customer.destroy(config, created.uuid)).resolves.toEqual({});
    await expect(ChartMogul.Customer.retrieve(config, created.uuid)).rejects.toBeInstanceOf(ChartMogul.NotFoundError);
  });

  it('raises ResourceInvalidError for a duplicate external_id, with status and the body as sent', async () => {
    const source = await ChartMogul.DataSource.create(config, { name: 'dup test' });
    const customer = { data_source_uuid: source.uuid, external_id: 'dup_1', name: 'Bob' };
    await ChartMogul.Customer.create(config, customer);
    const error = await ChartMogul.Customer.create(config, customer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChartMogul.ResourceInvalidError);
    expect(error).toBeInstanceOf(ChartMogul.ChartMogulError);
    expect(error).toMatchObject({ status: 422, httpStatus: 422, message: 'Unprocessable Entity' });
    const { response } = error as ChartMogul.ChartMogulError & { response: ChartMogul.ErrorResponse };
    expect(JSON.parse(response.text)).toEqual(response.body);
  });

  it('raises ForbiddenError for a wrong key, and the key appears nowhere in it', async () => {
    const wrong = new ChartMogul.Config('not-the-key-123', server.url);
    const error = await ChartMogul.Ping.ping(wrong).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChartMogul.ForbiddenError);
    expect((error as ChartMogul.ChartMogulError).status).toBe(401);
    expect(JSON.stringify(error)).not.toContain('not-the-key-123');
    expect(String((error as Error).stack)).not.toContain('not-the-key-123');
  });

  it('retries a read after a 503, at most config.retries times', async () => {
    faults.next('503');
    await expect(ChartMogul.Ping.ping(config)).resolves.toEqual({ data: 'pong!' });
    expect(faults.stats.requests).toBe(2);
    faults.clear();
    faults.next('503', '503');
    const error = await ChartMogul.Ping.ping(config).catch((e: unknown) => e);
    expect((error as ChartMogul.ChartMogulError).status).toBe(503);
    expect(faults.stats.requests).toBe(2);
  });

  it('never sends a write twice after a 500 that may have applied it', async () => {
    faults.next('500;applied');
    const error = await ChartMogul.DataSource.create(config, { name: 'once' }).catch((e: unknown) => e);
    expect((error as ChartMogul.ChartMogulError).status).toBe(500);
    expect(faults.stats.requests).toBe(1);
    const sources = await ChartMogul.DataSource.all(config, { name: 'once' });
    expect(sources.data_sources).toHaveLength(1);
  });

  it('refuses bad input with a ConfigurationError before anything is sent', async () => {
    await expect(ChartMogul.Ping.ping({} as never)).rejects.toBeInstanceOf(ChartMogul.ConfigurationError);
    config.retries = -1;
    await expect(ChartMogul.Ping.ping(config)).rejects.toThrow(/config.retries must be a whole number/);
    config.retries = 0;
    // @ts-expect-error `page` is refused by the types too (ChartMogul dropped page paging for cursors).
    await expect(ChartMogul.Customer.all(config, { page: 2 })).rejects.toBeInstanceOf(ChartMogul.DeprecatedParamError);
    await expect(ChartMogul.Resource.request(config, 'GET', '/v1/customers/%2E%2e/x')).rejects.toBeInstanceOf(
      ChartMogul.ConfigurationError,
    );
    for (const id of ['..', '.', '']) {
      await expect(ChartMogul.Customer.retrieve(config, id), JSON.stringify(id)).rejects.toBeInstanceOf(
        ChartMogul.ConfigurationError,
      );
      await expect(ChartMogul.Tag.remove(config, id, { tags: ['a'] }), JSON.stringify(id)).rejects.toBeInstanceOf(
        ChartMogul.ConfigurationError,
      );
    }
    expect(faults.stats.requests).toBe(0);
  });
});
