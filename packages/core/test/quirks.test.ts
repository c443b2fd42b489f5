import { describe, expect, it } from 'vitest';
import { InvalidParameterError, operationTree } from '../src/index.js';
import { buildRequest } from '../src/internal.js';
import { hyphenateDates, setDisabled, wrapSubscriptionEvent } from '../src/operations/quirks.js';
import { captureRequests, testClient } from './support/capture.js';

const wire = captureRequests();
const context = { baseURL: 'https://api.chartmogul.test', authorization: 'Basic x' };

describe('hyphenated dates (metrics, activities, activities export)', () => {
  it('renames start_date / end_date to the wire names and leaves the rest', () => {
    expect(hyphenateDates({ start_date: '2024-01-01', end_date: '2024-02-01', interval: 'week' })).toEqual({
      'start-date': '2024-01-01',
      'end-date': '2024-02-01',
      interval: 'week',
    });
  });

  it('passes the wire spelling through, and mixes spellings per date', () => {
    expect(hyphenateDates({ 'start-date': 'a', end_date: 'b' })).toEqual({ 'start-date': 'a', 'end-date': 'b' });
  });

  it('refuses both spellings of one date with InvalidParameterError, before any request', async () => {
    const call = testClient().metrics.mrr({ start_date: 'a', 'start-date': 'b', end_date: 'c' } as never);
    await expect(call).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(call).rejects.toMatchObject({ parameter: 'start_date', message: expect.stringContaining('not both') });
    expect(wire.requests).toHaveLength(0);
  });

  it('applies to every metrics row, the activities list and the export', () => {
    const rows = [...Object.values(operationTree.metrics), operationTree.activities.list, operationTree.activitiesExports.create];
    for (const row of rows) {
      const built = buildRequest(row, [], { start_date: '2024-01-01', end_date: '2024-01-31' }, context);
      const sent = new URL(built.url).searchParams;
      const fields = built.body === undefined ? Object.fromEntries(sent) : JSON.parse(built.body);
      expect(fields, row.id).toEqual({ 'start-date': '2024-01-01', 'end-date': '2024-01-31' });
    }
    expect(rows).toHaveLength(11);
  });
});

describe('comma-joined arrays (geo, plans)', () => {
  it('the query builder sends arrays comma-joined, percent-encoded as one value', () => {
    const built = buildRequest(
      operationTree.metrics.all,
      [],
      { start_date: '2024-01-01', end_date: '2024-01-31', geo: ['US', 'GB', 'DE'], plans: ['Gold plan', 'Silver,EU'] },
      context,
    );
    const url = new URL(built.url);
    expect(url.searchParams.get('geo')).toBe('US,GB,DE');
    expect(url.searchParams.get('plans')).toBe('Gold plan,Silver,EU');
    expect(url.search).toContain('geo=US%2CGB%2CDE');
  });

  it('a single string is sent as given', () => {
    const built = buildRequest(operationTree.metrics.arr, [], { 'start-date': 'a', 'end-date': 'b', geo: 'US' }, context);
    expect(new URL(built.url).searchParams.get('geo')).toBe('US');
  });
});

describe('subscription-event envelope', () => {
  it('wraps flat fields, keeping handle_as_user_edit beside the envelope', () => {
    expect(wrapSubscriptionEvent({ id: 1, quantity: 2, handle_as_user_edit: true })).toEqual({
      handle_as_user_edit: true,
      subscription_event: { id: 1, quantity: 2 },
    });
  });

  it('leaves already-wrapped params as they are', () => {
    const wrapped = { subscription_event: { external_id: 'e', data_source_uuid: 'ds' } };
    expect(wrapSubscriptionEvent(wrapped)).toEqual(wrapped);
  });

  it('refuses fields both flat and wrapped, and an envelope that is not an object', () => {
    expect(() => wrapSubscriptionEvent({ subscription_event: { id: 1 }, quantity: 3 })).toThrow(InvalidParameterError);
    expect(() => wrapSubscriptionEvent({ subscription_event: [1] })).toThrow(/must be an object/);
  });

  it('a DELETE by external id carries the envelope as its JSON body, ids included', async () => {
    wire.reply(undefined, 204);
    await testClient().subscriptionEvents.deleteByExternalId({ data_source_uuid: 'ds_1', external_id: 'ev_1' });
    const request = wire.last();
    expect(request.method).toBe('DELETE');
    expect(request.url.search).toBe('');
    expect(request.body).toEqual({ subscription_event: { data_source_uuid: 'ds_1', external_id: 'ev_1' } });
  });
});

describe('by-external-id operations', () => {
  it('send data_source_uuid and external_id in the query (reads and writes alike), never in the body', () => {
    const namespaces = [operationTree.invoices, operationTree.lineItems, operationTree.transactions];
    const rows = namespaces.flatMap((ns) => Object.values(ns)).filter((row) => row.id.endsWith('ByExternalId'));
    expect(rows.length).toBe(14);
    for (const row of rows) {
      const built = buildRequest(row, [], { data_source_uuid: 'ds_1', external_id: 'x 1' }, context);
      const url = new URL(built.url);
      expect(Object.fromEntries(url.searchParams), row.id).toEqual({ data_source_uuid: 'ds_1', external_id: 'x 1' });
      expect(built.body === undefined ? {} : JSON.parse(built.body), row.id).not.toHaveProperty('external_id');
    }
  });
});

describe('disable and enable', () => {
  it('set the disabled flag whatever the caller passed', () => {
    expect(setDisabled(true)({ handle_as_user_edit: true })).toEqual({ handle_as_user_edit: true, disabled: true });
    expect(setDisabled(false)({ disabled: true })).toEqual({ disabled: false });
  });
});
