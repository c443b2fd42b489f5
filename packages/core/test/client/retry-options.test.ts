import { describe, expect, it } from 'vitest';
import { InternalServerError, InvalidParameterError, RateLimitError } from '../../src/index.js';
import { useMockServer } from '../support/mock-server.js';

// Retry-After: 0 makes every retry immediate, so these run through the real client without sleeping.
const KEY = 'retry-options-key-7c1d';
const mock = useMockServer(KEY);
const busy = '503;retry-after=0';

describe('maxRetries', () => {
  it('defaults to 2: three attempts in all', async () => {
    mock.faults.clear().next(busy, busy, busy, busy);
    await expect(mock.client().ping()).rejects.toBeInstanceOf(InternalServerError);
    expect(mock.faults.stats.requests).toBe(3);
  });

  it('is set per client', async () => {
    mock.faults.clear().next(busy, busy, busy, busy);
    await expect(mock.client({ maxRetries: 4 }).ping()).resolves.toEqual({ data: 'pong!' });
    expect(mock.faults.stats.requests).toBe(5);
  });

  it('is overridden per request, 0 meaning one attempt', async () => {
    mock.faults.clear().next('429;retry-after=0', busy);
    await expect(mock.client({ maxRetries: 5 }).ping({ maxRetries: 0 })).rejects.toBeInstanceOf(RateLimitError);
    expect(mock.faults.stats.requests).toBe(1);
    mock.faults.clear().next(busy);
    await expect(mock.client({ maxRetries: 0 }).ping({ maxRetries: 1 })).resolves.toEqual({ data: 'pong!' });
    expect(mock.faults.stats.requests).toBe(2);
  });

  it('per request, must be a number of at least 0: checked before any request', async () => {
    mock.faults.clear();
    for (const bad of [-1, Number.NaN, '2']) {
      await expect(mock.client().ping({ maxRetries: bad as number })).rejects.toMatchObject({
        constructor: InvalidParameterError,
        parameter: 'maxRetries',
      });
    }
    await expect(mock.client().ping({ timeout: 0 })).rejects.toMatchObject({ parameter: 'timeout' });
    await expect(mock.client().ping({ retryBudget: -5 })).rejects.toMatchObject({ parameter: 'retryBudget' });
    expect(mock.faults.stats.requests).toBe(0);
  });
});

describe('retryBudget', () => {
  it('stops retries that would start after it, per client and per request', async () => {
    mock.faults.clear().next('503;retry-after=1', busy);
    await expect(mock.client({ retryBudget: 500 }).ping()).rejects.toBeInstanceOf(InternalServerError);
    expect(mock.faults.stats.requests).toBe(1);
    mock.faults.clear().next('503;retry-after=1', busy);
    await expect(mock.client().ping({ retryBudget: 0 })).rejects.toBeInstanceOf(InternalServerError);
    expect(mock.faults.stats.requests).toBe(1);
  });
});
