// The local ChartMogul, runtime-neutral part: request handlers and an in-process fetch.
// The HTTP server (Node) is at '@chartmogul-kit/mock/server'.
export { authenticatedKey } from './auth.js';
export { createHandlers, type MockOptions } from './create-handlers.js';
export { createMockFetch } from './mock-fetch.js';
export { errorResponse } from './responses.js';
export * from './faults/index.js';
