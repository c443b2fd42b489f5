import { createHandlers } from '@chartmogul-kit/mock';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { createStandInStore, standInHandlers } from './stand-in-customers.js';

export const API_KEY = 'cli-test-key-7d41c09e';
export const WRONG_KEY = 'cli-wrong-key-3b5e82aa';

/** The local ChartMogul on loopback; with the stand-in customers routes while the mock has none. */
export async function startTestApi(): Promise<MockServer> {
  const server = await startMockServer({ apiKeys: [API_KEY], port: 0 });
  const probe = await fetch(`${server.url}/v1/customers`, { headers: { authorization: `Basic ${btoa(`${API_KEY}:`)}` } });
  await probe.arrayBuffer();
  if (probe.status !== 404) return server;
  await server.close();
  const handlers = [...standInHandlers([API_KEY], createStandInStore()), ...createHandlers({ apiKeys: [API_KEY] })];
  return startMockServer({ apiKeys: [API_KEY], port: 0, handlers });
}
