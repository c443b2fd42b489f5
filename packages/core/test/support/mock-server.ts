import { createHandlers, FaultController, withFaults } from '@chartmogul-kit/mock';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import type { RequestHandler } from 'msw';
import { afterAll, beforeAll } from 'vitest';
import type { ClientOptions } from '../../src/index.js';
import { ChartMogulClient } from '../../src/internal.js';

/**
 * The mock's HTTP server for one test file, with a fault controller to steer:
 * `const mock = useMockServer(KEY); mock.faults.next('503'); await mock.client().ping()`.
 */
export function useMockServer(apiKey: string, extraHandlers: RequestHandler[] = []) {
  const faults = new FaultController();
  let server: MockServer | undefined;
  beforeAll(async () => {
    server = await startMockServer({ apiKeys: [apiKey], handlers: withFaults([...extraHandlers, ...createHandlers({ apiKeys: [apiKey] })], faults) });
  });
  afterAll(() => server?.close());
  return {
    faults,
    get url(): string {
      if (!server) throw new Error('The mock server is not started yet (use it inside a test).');
      return server.url;
    },
    client(options: ClientOptions = {}): ChartMogulClient {
      return new ChartMogulClient({ apiKey, baseURL: this.url, ...options }, { readEnv: () => undefined, apiKeyHint: 'Pass { apiKey }.' });
    },
  };
}
