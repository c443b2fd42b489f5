// Runs the fault matrix (fault-matrix.ts) from Node against the mock's real HTTP server, through
// core's pipeline with the default fetch transport. Sleeps are instant; timeouts are real but short.
import { createHandlers, FaultController, withFaults } from '@chartmogul-kit/mock';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIError, basicAuthorization, ConnectionError, defineOperation, type HttpMethod } from '../../src/index.js';
import { execute } from '../../src/pipeline/execute.js';
import { buildRequest } from '../../src/request/build-request.js';
import { createFetchTransport } from '../../src/transport/fetch-transport.js';
import type { Transport } from '../../src/transport/transport.js';
import { instantTiming } from '../support/scripted.js';
import { FAULT_MATRIX, type FaultCase, type Method, METHODS } from './fault-matrix.js';

const KEY = 'matrix-key-5f3a9c';
const faults = new FaultController();
/** How many times the echo handler (the "API") acted on each request id: a write applied twice is a duplicate. */
const applied = new Map<string, number>();
let server: MockServer;
let refusedURL: string;

const echo = http.all('*/v1/echo/:id', async ({ request, params }) => {
  const id = String(params['id']);
  applied.set(id, (applied.get(id) ?? 0) + 1);
  const text = await request.text();
  return HttpResponse.json({ id, method: request.method, received: text ? JSON.parse(text) : null }, { status: request.method === 'POST' ? 201 : 200 });
});

beforeAll(async () => {
  server = await startMockServer({ apiKeys: [KEY], handlers: withFaults([echo, ...createHandlers({ apiKeys: [KEY] })], faults) });
  // A port that was just free: connecting to it is refused.
  const closed = await startMockServer({ apiKeys: [KEY] });
  refusedURL = closed.url;
  await closed.close();
});
afterAll(() => server.close());

const operationFor = (method: HttpMethod) =>
  defineOperation<{ name?: string }, unknown>()({ id: `echo.${method.toLowerCase()}`, method, path: '/v1/echo/{id}', summary: 'test' });

async function perform(testCase: FaultCase, method: Method, id: string) {
  const baseURL = testCase.network === 'refused' ? refusedURL : server.url;
  const request = buildRequest(operationFor(method), [id], method === 'GET' || method === 'DELETE' ? {} : { name: 'x' }, {
    baseURL,
    authorization: basicAuthorization(KEY),
  });
  const inner = createFetchTransport(fetch);
  let attempts = 0;
  const transport: Transport = (r) => {
    attempts += 1;
    return inner(r);
  };
  faults.clear().next(...testCase.faults);
  const clock = instantTiming({ now: Date.now() });
  const outcome = await execute(request, {
    transport,
    timeout: testCase.timeout ?? 5_000,
    maxRetries: 2,
    retryBudget: 60_000,
    timing: clock.timing,
  }).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  return { outcome, attempts, sleeps: clock.sleeps };
}

describe('fault matrix (Node, mock HTTP server)', () => {
  for (const testCase of FAULT_MATRIX) {
    describe(testCase.name, () => {
      for (const method of METHODS) {
        const expected = testCase.expect[method];
        const label = 'result' in expected ? `result after ${expected.attempts} attempt(s)` : `${expected.error} after ${expected.attempts} attempt(s)`;
        it(`${method}: ${label}`, async () => {
          const id = `${testCase.name.replace(/\W+/g, '-')}-${method}`;
          const { outcome, attempts } = await perform(testCase, method, id);
          expect(attempts).toBe(expected.attempts);
          if ('result' in expected) {
            expect('value' in outcome ? outcome.value : outcome.error).toMatchObject({ id, method });
          } else {
            expect('error' in outcome).toBe(true);
            const error = (outcome as { error: unknown }).error as Error;
            expect(error.name).toBe(expected.error);
            if (expected.status !== undefined) expect((error as APIError).status).toBe(expected.status);
            if (error instanceof ConnectionError) expect(error.requestSent).toBe(testCase.network !== 'refused');
            // Whatever happened, the key is not in what the caller sees.
            expect(`${error.message}\n${error.stack}`).not.toContain(KEY);
          }
          // The invariant behind the retry table: no write is ever applied twice.
          if (method === 'POST' || method === 'PATCH') expect(applied.get(id) ?? 0).toBeLessThanOrEqual(1);
        });
      }
    });
  }
});
