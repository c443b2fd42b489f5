// The client-wide limits over real HTTP, against the mock enforcing ChartMogul's kind of limits.
import { createHandlers, FaultController, withFaults } from '@chartmogul-kit/mock';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { http } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type APIError, type ClientOptions, ConfigurationError, operations } from '../../src/index.js';
import { basicAuthorization, ChartMogulClient, createFetchTransport } from '../../src/internal.js';
import { execute } from '../../src/pipeline/execute.js';
import { buildRequest } from '../../src/request/build-request.js';
import { RequestScheduler } from '../../src/scheduler/scheduler.js';
import { manualClock } from '../support/manual-clock.js';

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
  // Counts, not time windows. The per-second mock and the scheduler read one manual clock that moves
  // only when every request started so far has been answered, so a request arrives at the mock at
  // the very time the scheduler started it, however slow the machine. The parallel mock holds every
  // request at a gate until the test has seen them all arrive.
  const clock = manualClock(1_000_000);
  const gate = holdingGate();
  const parallel = new FaultController({ limits: { maxConnections: 4, requestsPerSecond: 1_000 } });
  const perSecond = new FaultController({ limits: { maxConnections: 1_000, requestsPerSecond: 25 }, now: () => clock.now });
  const servers: Record<'parallel' | 'perSecond', MockServer> = {} as never;
  beforeAll(async () => {
    servers.parallel = await startMockServer({
      apiKeys: [KEY],
      handlers: withFaults([gate.handler, ...createHandlers({ apiKeys: [KEY] })], parallel),
    });
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
    const scheduler = new RequestScheduler({ maxConcurrency: Number.POSITIVE_INFINITY, maxRequestsPerSecond: 20 }, clock.timing);
    const ping = operations.find((row) => row.id === 'ping') as (typeof operations)[number];
    const request = buildRequest(ping, [], undefined, { baseURL: servers.perSecond.url, authorization: basicAuthorization(KEY) });
    const transport = createFetchTransport(fetch);
    let settled = 0;
    const calls = Array.from({ length: 30 }, () =>
      execute(request, { transport, timeout: 30_000, maxRetries: 0, retryBudget: 0, scheduler, timing: clock.timing }).finally(() => settled++),
    );
    while (settled < 30) {
      // Time stands still while a request is on its way: it arrives when it was started.
      while (scheduler.inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 1));
      await clock.advance(1);
    }
    await expect(Promise.all(calls)).resolves.toHaveLength(30);
    expect(perSecond.stats.requests).toBe(30);
    expect(limitAnswers(perSecond)).toEqual([]);
  });

  it('without it, the same Promise.all meets both limits: what the scheduler prevents', async () => {
    parallel.clear();
    perSecond.clear();
    gate.close();
    const unlimited = (baseURL: string) => client({ baseURL, rateLimit: false, maxRetries: 0, logLevel: 'off' });
    const all = Promise.allSettled([
      ...Array.from({ length: 24 }, () => unlimited(servers.parallel.url).ping()),
      // The clock stands still: all 30 arrive within one second as the mock counts.
      ...Array.from({ length: 30 }, () => unlimited(servers.perSecond.url).ping()),
    ]);
    // The first 4 are held at the gate, the other 20 refused: open it once all 24 have come.
    while (parallel.stats.requests < 24) await new Promise((resolve) => setTimeout(resolve, 1));
    gate.open();
    const outcomes = await all;
    const refused = outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason);
    expect(refused.map((e: InstanceType<typeof APIError>) => e.status).sort()).toEqual([
      ...Array<number>(5).fill(429),
      ...Array<number>(20).fill(503),
    ]);
    expect(perSecond.stats.injected).toEqual({ 'limit:429;retry-after=1': 5 });
    expect(parallel.stats.injected).toEqual({ 'limit:503;retry-after=1': 20 });
  });
});

/** An msw handler that holds every request while closed and lets it through (to the next handler) once opened. */
function holdingGate() {
  let opened: Promise<void> = Promise.resolve();
  let open = () => {};
  return {
    handler: http.all('*', async () => {
      await opened;
    }),
    close() {
      opened = new Promise((resolve) => {
        open = resolve;
      });
    },
    open: () => open(),
  };
}
