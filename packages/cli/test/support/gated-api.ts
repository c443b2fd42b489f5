import { createHandlers } from '@chartmogul-kit/mock';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { http } from 'msw';
import { API_KEY } from './test-api.js';

export interface GatedApi {
  readonly server: MockServer;
  /** Customer creations that reached the API so far. */
  readonly arrivals: number;
  /** Resolves once `count` creations have reached the API. */
  arrived(count: number): Promise<void>;
  /** Lets the held creations (and every later one) through. */
  open(): void;
}

/**
 * The local ChartMogul, but every customer creation after the first `passFirst` waits at a gate
 * the test opens: the test decides what happens while requests are in flight, with no timing.
 */
export async function startGatedApi(passFirst: number): Promise<GatedApi> {
  let arrivals = 0;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const waiting = new Map<number, () => void>();
  const gated = http.post('*/v1/customers', async () => {
    arrivals += 1;
    for (const [count, resolve] of waiting) if (arrivals >= count) resolve();
    if (arrivals > passFirst) await gate;
    // No answer: msw falls through to the API's own handler.
  });
  const server = await startMockServer({ apiKeys: [API_KEY], port: 0, handlers: [gated, ...createHandlers({ apiKeys: [API_KEY] })] });
  return {
    server,
    get arrivals() {
      return arrivals;
    },
    arrived: (count) => (arrivals >= count ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(count, resolve))),
    open,
  };
}
