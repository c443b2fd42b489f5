// Runs the Nitro route example with Nitro's globals, then checks that ChartMogul's retry rule, not
// ofetch's, decides how often a failing call is sent. The same on Node, Deno and workerd.
import './nitro-globals.js';
import { createOfetchTransport } from '@chartmogul-kit/core/ofetch';
import { ChartMogul } from '@chartmogul-kit/node';
import route from '../../examples/nitro/server/api/chartmogul.get.js';
import { intercepted } from './nitro-globals.js';

export async function runNitroScenario(baseURL: string, apiKey: string) {
  const result = await route({});
  const routeRequests = intercepted.splice(0);

  // Every attempt answered 503 (the local ChartMogul's fault header): one retry allowed, so two
  // attempts, though the app's $fetch was made with retry: 3.
  const failing = new ChartMogul({
    apiKey,
    baseURL,
    maxRetries: 1,
    logLevel: 'off',
    transport: createOfetchTransport($fetch),
    defaultHeaders: { 'x-mock-fault': '503' },
  });
  const error = await failing.ping().then(
    () => undefined,
    (e: { name?: string; status?: number }) => ({ name: e.name, status: e.status }),
  );
  return { result, routeRequests, error, failingAttempts: intercepted.splice(0).length };
}
