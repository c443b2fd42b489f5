import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';

export const API_KEY = 'cli-test-key-7d41c09e';
export const WRONG_KEY = 'cli-wrong-key-3b5e82aa';

/** The local ChartMogul on loopback, empty: each test creates what it needs through the API. */
export function startTestApi(): Promise<MockServer> {
  return startMockServer({ apiKeys: [API_KEY], port: 0 });
}
