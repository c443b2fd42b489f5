import { describe, expect, it, vi } from 'vitest';
import { InvalidParameterError } from '../../src/index.js';
import { captureRequests, testClient } from '../support/capture.js';

const wire = captureRequests();
const client = testClient({ maxRetries: 0 });

/** Calls `call`, expects an InvalidParameterError, and that nothing reached the wire. */
async function refused(call: () => PromiseLike<unknown>): Promise<InvalidParameterError> {
  const error = await Promise.resolve()
    .then(call)
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(InvalidParameterError);
  expect(wire.requests).toHaveLength(0);
  return error as InvalidParameterError;
}

describe('an operation without params: (...pathParams, options?)', () => {
  it('takes its options right after the path parameters', async () => {
    wire.reply({ data: 'pong!' });
    await expect(client.ping({ timeout: 5000, maxRetries: 0, headers: { 'x-trace': 't1' } })).resolves.toEqual({ data: 'pong!' });
    const sent = wire.last();
    expect(sent.url.search).toBe('');
    expect(sent.headers.get('x-trace')).toBe('t1');
    wire.reply({ uuid: 'cus_1' });
    await client.customers.retrieve('cus_1', { signal: new AbortController().signal, timeout: 5000 });
    expect(wire.last().url.search).toBe('');
  });

  it('sends a DELETE with its options and no body', async () => {
    wire.reply(undefined, 204);
    await client.customers.delete('cus_1', { signal: new AbortController().signal, timeout: 5000 });
    expect(wire.last()).toMatchObject({ method: 'DELETE', path: '/v1/customers/cus_1', rawBody: '' });
  });

  it('refuses params, saying it takes none', async () => {
    const error = await refused(() => client.ping({ data: 'x' } as never));
    expect(error.message).toBe('ping takes no params, only the options signal, timeout, maxRetries, retryBudget, maxResponseBytes, headers, hooks; got "data".');
    await refused(() => client.customers.retrieve('cus_1', { timeout: 5000, expand: true } as never));
  });

  it('refuses the old shape with a params slot', async () => {
    const error = await refused(() => (client.ping as (...args: unknown[]) => Promise<unknown>)(undefined, { timeout: 5000 }));
    expect(error.message).toBe('ping takes 0 path parameter(s), then options; got 2 arguments.');
  });
});

describe('an operation with params: (...pathParams, params?, options?)', () => {
  it('refuses options in the params slot before anything is sent', async () => {
    const list = await refused(() => client.customers.list({ timeout: 5000 } as never));
    expect(list.message).toBe(
      'customers.list got options (timeout) where its params go; pass them after the params (customers.list({}, { timeout })).',
    );
    await refused(() => client.customers.update('cus_1', { signal: new AbortController().signal, timeout: 5 } as never));
    const remove = await refused(() => client.customers.tags.remove('cus_1', { maxRetries: 0, retryBudget: 5, headers: {} } as never));
    expect(remove.message).toMatch(/got options \(maxRetries, retryBudget, headers\) where its params go/);
  });

  it('refuses a signal or hooks among the params: they would be sent as {} in a JSON body', async () => {
    await refused(() => client.customers.create({ data_source_uuid: 'ds_1', external_id: 'x', signal: new AbortController().signal } as never));
    await refused(() => client.customers.list({ per_page: 2, hooks: {} } as never));
  });

  it('refuses an unknown option name (a typo would be ignored in silence)', async () => {
    const error = await refused(() => client.customers.list({}, { timout: 5000 } as never));
    expect(error).toMatchObject({ parameter: 'timout' });
    expect(error.message).toMatch(/customers.list has no option "timout"/);
  });

  it('refuses options that are not an object, and extra arguments', async () => {
    await refused(() => client.customers.list({}, 'fast' as never));
    await refused(() => (client.customers.list as (...args: unknown[]) => unknown)({}, {}, {}) as PromiseLike<unknown>);
  });

  it('sends params with options after them', async () => {
    wire.reply({ entries: [], has_more: false, cursor: null });
    await client.customers.list({ per_page: 2 }, { timeout: 5000, headers: { 'x-trace': 't2' } });
    expect(wire.last().query).toEqual({ per_page: '2' });
    expect(wire.last().headers.get('x-trace')).toBe('t2');
  });
});

describe('namespaces', () => {
  it('are plain objects a test can spy on', async () => {
    expect(Object.isFrozen(client.customers)).toBe(false);
    expect(Object.isFrozen(client.customers.tags)).toBe(false);
    const spied = testClient();
    const retrieve = vi.spyOn(spied.customers, 'retrieve').mockResolvedValue({ uuid: 'cus_spied' } as never);
    await expect(spied.customers.retrieve('cus_1')).resolves.toEqual({ uuid: 'cus_spied' });
    expect(retrieve).toHaveBeenCalledWith('cus_1');
    expect(wire.requests).toHaveLength(0);
  });
});
