import type { RequestHandler } from 'msw';
import { type FaultController, type FaultOptions, withFaults } from './faults/index.js';
import { registerRoutes } from './handlers/index.js';
import { jsonImportControl } from './handlers/json-imports-control.js';
import { ChartMogulApiHandler } from './http/api-handler.js';
import { Router } from './http/router.js';
import { seedAccount, type SeedOptions } from './seed/seed.js';
import { MockStore } from './store/mock-store.js';

export interface MockOptions {
  /** The API keys this local ChartMogul accepts. Each key is its own ChartMogul account. */
  apiKeys: readonly string[];
  /** Make it misbehave: a `FaultController` to steer from the test, or options (random rate, ChartMogul's limits). */
  faults?: FaultController | FaultOptions;
  /** The state to serve; a fresh, empty store by default. Pass one to seed or inspect it from a test. */
  store?: MockStore;
  /** Seeds every key's account with a deterministic data set before the handlers are returned. */
  seed?: SeedOptions;
  /** Bulk imports: records processed per second, one import at a time per account (default: at once). */
  jsonImports?: { recordsPerSecond?: number };
}

/**
 * The request handlers of the local ChartMogul. One set serves msw's `setupServer`,
 * a `fetch` function (`createMockFetch`) and the HTTP server (`startMockServer`).
 * Every request under `/v1` is answered: 401 without a valid key, 404 in ChartMogul's
 * error shape for a route the API does not have.
 */
export function createHandlers(options: MockOptions): RequestHandler[] {
  const keys = new Set(options.apiKeys);
  if (keys.size === 0 || keys.has('')) throw new Error('The mock needs at least one non-empty API key.');
  const store = options.store ?? new MockStore();
  const rate = options.jsonImports?.recordsPerSecond;
  if (rate !== undefined) {
    if (!(rate > 0)) throw new Error(`jsonImports.recordsPerSecond must be a positive number, not ${rate}.`);
    store.jsonImports.recordsPerSecond = rate;
  }
  if (options.seed !== undefined) for (const key of keys) seedAccount(store.account(key), options.seed);
  const router = new Router();
  registerRoutes(router);
  const handlers = [...jsonImportControl(keys, store), new ChartMogulApiHandler(keys, store, router)];
  return options.faults ? withFaults(handlers, options.faults) : handlers;
}
