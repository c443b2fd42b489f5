/**
 * The local ChartMogul, runtime-neutral part: request handlers, state, seeding and an in-process fetch.
 * The HTTP server (Node) is at '@chartmogul-kit/mock/server'.
 * @module @chartmogul-kit/mock
 */
export { authenticatedKey } from './auth.js';
export { createHandlers, type MockOptions } from './create-handlers.js';
export { createMockFetch } from './mock-fetch.js';
export { errorResponse } from './responses.js';
export * from './faults/index.js';
export { Account } from './store/account.js';
export type { JsonImportSettings, JsonImportStats } from './store/json-import-queue.js';
export { createMockStore, MockStore, type MockStoreOptions } from './store/mock-store.js';
export { seed, seedAccount, type SeedOptions, type SeedSummary } from './seed/seed.js';
export { MAX_PER_PAGE } from './http/paging.js';
