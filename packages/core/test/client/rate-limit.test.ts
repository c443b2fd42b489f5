// The client-wide limits over real HTTP, against the mock enforcing ChartMogul's kind of limits.
import { createHandlers, FaultController, withFaults } from '@chartmogul-kit/mock';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type APIError, type ClientOptions, ConfigurationError } from '../../src/index.js';
import { ChartMogulClient } from '../../src/internal.js';

const KEY = 'rate-limit-key-93be';
const runtime = { readEnv: () => undefined, apiKeyHint: 'Pass { apiKey }.' };
const client = (options: ClientOptions = {}) => new ChartMogulClient({ apiKey: KEY, ...options }, runtime);

describe('rateLimit: the option', () => {
  it("defaults to ChartMogul's documented limits", () => {
    expect(client().toJSON().rateLimit).toEqual({ maxConcurrency: 20, maxRequestsPerSecond: 40 });
  });

  it('takes either limit alone, Infinity to lift one, or false for none', () => {
    expect(client({ rateLimit: { maxConcurrency: 5 } }).toJSON().rateLimit).toEqual({ maxConcurrency: 5, maxRequestsPerSecond: 40 });
    expect(client({ rateLimit: { maxRequestsPerSecond: Infinity } }).toJSON().rateLimit).toEqual({
      maxConcurrency: 20,
      maxRequestsPerSecond: Infinity,
    });
    expect(client({ rateLimit: false }).toJSON().rateLimit).toBe(false);
  });

  it.each([
    [{ maxConcurrency: 0 }, 'maxConcurrency'],
    [{ maxConcurrency: 2.5 }, 'maxConcurrency'],
    [{ maxRequestsPerSecond: -1 }, 'maxRequestsPerSecond'],
    [{ maxRequestsPerSecond: '40' }, 'maxRequestsPerSecond'],
    [true, 'rateLimit'],
  ])('refuses %j at construction, naming what is wrong', (bad, name) => {
    expect(() => client({ rateLimit: bad as ClientOptions['rateLimit'] })).toThrow(ConfigurationError);
    expect(() => client({ rateLimit: bad as ClientOptions['rateLimit'] })).toThrow(name);
  });
});

describe('rateLimit over HTTP', () => {
  // One mock refuses beyond 4 parallel requests (each answered 20 ms late), the other beyond 25 per second.
  const parallel = new FaultController({ limits: { maxConnections: 4, requestsPerSecond: 1_000 }, rate: 1, modes: ['latency=20'] });
  const perSecond = new FaultController({ limits: { maxConnections: 1_000, requestsPerSecond: 25 } });
  const servers: Record<'parallel' | 'perSecond', MockServer> = {} as never;
  beforeAll(async () => {
    servers.parallel = await startMockServer({ apiKeys: [KEY], handlers: withFaults(createHandlers({ apiKeys: [KEY] }), parallel) });
    servers.perSecond = await startMockServer({ apiKeys: [KEY], handlers: withFaults(createHandlers({ apiKeys: [KEY] }), perSecond) });
  });
  afterAll(() => Promise.all(Object.values(servers).map((s) => s.close())));
  const limitAnswers = (faults: FaultController) => Object.keys(faults.stats.injected).filter((spec) => spec.startsWith('limit:'));

  it('keeps Promise.all within the parallel limit: no 503', async () => {
    parallel.clear();
    const cm = client({ baseURL: servers.parallel.url, rateLimit: { maxConcurrency: 4, maxRequestsPerSecond: Infinity } });
    await expect(Promise.all(Array.from({ length: 24 }, () => cm.ping()))).resolves.toHaveLength(24);
    expect(parallel.stats.requests).toBe(24);
    expect(limitAnswers(parallel)).toEqual([]);
  });

  it('keeps Promise.all within the rate: no 429', async () => {
    perSecond.clear();
    const cm = client({ baseURL: servers.perSecond.url, rateLimit: { maxConcurrency: Infinity, maxRequestsPerSecond: 20 } });
    await expect(Promise.all(Array.from({ length: 30 }, () => cm.ping()))).resolves.toHaveLength(30);
    expect(perSecond.stats.requests).toBe(30);
    expect(limitAnswers(perSecond)).toEqual([]);
  });

  it('without it, the same Promise.all meets both limits: what the scheduler prevents', async () => {
    parallel.clear();
    perSecond.clear();
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 24 }, () => client({ baseURL: servers.parallel.url, rateLimit: false, maxRetries: 0, logLevel: 'off' }).ping()),
      ...Array.from({ length: 30 }, () => client({ baseURL: servers.perSecond.url, rateLimit: false, maxRetries: 0, logLevel: 'off' }).ping()),
    ]);
    const refused = outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason);
    expect(refused.map((e: InstanceType<typeof APIError>) => e.status).sort()).toEqual([
      ...Array<number>(perSecond.stats.injected['limit:429;retry-after=1'] ?? 0).fill(429),
      ...Array<number>(parallel.stats.injected['limit:503;retry-after=1'] ?? 0).fill(503),
    ]);
    expect(limitAnswers(parallel)).toEqual(['limit:503;retry-after=1']);
    expect(limitAnswers(perSecond)).toEqual(['limit:429;retry-after=1']);
  });
});
