// Settings beyond what the machinery underneath holds are refused with the range, before any
// request: a timer past 2^31-1 ms fires after ~1 ms, and a rate limit used to allocate memory in
// proportion to itself (3e7 took 484 MB, 1e9 aborted the process, MAX_SAFE_INTEGER threw a bare RangeError).
import { describe, expect, it } from 'vitest';
import { ConfigurationError, InvalidParameterError } from '../../src/index.js';
import { MAX_RATE_LIMIT, MAX_TIMER_MS } from '../../src/config/ranges.js';
import { RatePacer } from '../../src/scheduler/rate-pacer.js';
import { captureRequests, testClient } from '../support/capture.js';

describe('timeout and retryBudget: up to 2^31-1 ms', () => {
  it.each([
    ['timeout', 2 ** 31],
    ['timeout', 1e12],
    ['retryBudget', 2 ** 31],
    ['maxResponseBytes', 2 ** 40],
    ['maxResponseBytes', 0],
  ])('the client refuses %s %d with a ConfigurationError that says the range', (name, value) => {
    const error = (() => {
      try {
        testClient({ [name]: value });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(new RegExp(`^${name} must be a number from \\d+ to \\d+, not ${value}`));
  });

  it('accepts 2^31-1, the longest a timer waits', () => {
    expect(testClient({ timeout: MAX_TIMER_MS, retryBudget: MAX_TIMER_MS }).toJSON()).toMatchObject({
      timeout: MAX_TIMER_MS,
      retryBudget: MAX_TIMER_MS,
    });
  });

  describe('per call', () => {
    const wire = captureRequests();
    it.each([
      ['timeout', 2 ** 31],
      ['retryBudget', 2 ** 32],
      ['maxResponseBytes', 2 ** 40],
    ])('refuses %s %d with an InvalidParameterError naming it and the range, sending nothing', async (name, value) => {
      wire.reply({ data: 'pong!' });
      const error = await testClient()
        .ping({ [name]: value })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect(error).toMatchObject({ parameter: name });
      expect((error as Error).message).toMatch(new RegExp(`^The ${name} option must be a number from \\d+ to \\d+, not ${value}`));
      expect(wire.requests).toHaveLength(0);
    });
  });
});

describe('rateLimit: whole numbers up to a million a second, or Infinity', () => {
  it.each([3e7, 1e8, 1e9, Number.MAX_SAFE_INTEGER])('refuses maxRequestsPerSecond %d with the range, allocating nothing', (value) => {
    expect(() => testClient({ rateLimit: { maxRequestsPerSecond: value } })).toThrow(ConfigurationError);
    expect(() => testClient({ rateLimit: { maxRequestsPerSecond: value } })).toThrow(`from 1 to ${MAX_RATE_LIMIT}, or Infinity`);
  });

  it('refuses maxConcurrency past the ceiling too', () => {
    expect(() => testClient({ rateLimit: { maxConcurrency: MAX_RATE_LIMIT + 1 } })).toThrow(ConfigurationError);
  });

  it('keeps constant memory at the ceiling: 50 pacers of a million a second hold no more than a few KB each', () => {
    const before = process.memoryUsage().heapUsed;
    const pacers = Array.from({ length: 50 }, () => new RatePacer(MAX_RATE_LIMIT, 1_050));
    const grown = process.memoryUsage().heapUsed - before;
    // A ring of a million start times is 8 MB each: 400 MB for these 50.
    expect(grown).toBeLessThan(20 * 1024 * 1024);
    expect(pacers).toHaveLength(50);
  });

  it.each([40, 64, 100, 1_000])('still starts at most limit (+1 above 64) in any window at %d per second, and keeps up', (limit) => {
    const windowMs = 1_050;
    const pacer = new RatePacer(limit, windowMs);
    const starts: number[] = [];
    let now = 0;
    // Greedy: every start as early as the pacer allows, for three windows' worth.
    while (starts.length < limit * 3) {
      now += pacer.waitAt(now);
      pacer.record(now);
      starts.push(now);
    }
    let most = 0;
    for (let i = 0, j = 0; i < starts.length; i++) {
      while ((starts[i] as number) - (starts[j] as number) >= windowMs) j++;
      most = Math.max(most, i - j + 1);
    }
    expect(most).toBeLessThanOrEqual(limit <= 64 ? limit : limit + 1);
    // And no slower than the limit: three windows' worth within a little over three windows.
    expect(now).toBeLessThanOrEqual(3 * windowMs);
  });
});
