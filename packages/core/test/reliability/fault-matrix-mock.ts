// The Node side of every fault matrix runner: the mock's HTTP server (fault layer on, steered by the
// runners through `POST /__mock/faults`), a port that refuses connections, and a count of how often
// the API acted on each call, which no runner can fake from inside its runtime.
import { createHandlers, withFaults } from '@chartmogul-kit/mock';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { http } from 'msw';
import { CALL_HEADER } from './fault-matrix-calls.js';

export interface MatrixMock {
  readonly url: string;
  /** A loopback URL whose port was just freed: connecting to it is refused. */
  readonly refusedURL: string;
  /** How many requests of the call reached the API's handlers (a fault with `applied` counts: it acted first). */
  applied(callId: string): number;
  close(): Promise<void>;
}

export async function startMatrixMock(apiKey: string): Promise<MatrixMock> {
  const applied = new Map<string, number>();
  // Falls through to the real handlers (it answers nothing); the fault layer calls them only when the API acts.
  const counter = http.all('*', ({ request }) => {
    const callId = request.headers.get(CALL_HEADER);
    if (callId) applied.set(callId, (applied.get(callId) ?? 0) + 1);
  });
  const server: MockServer = await startMockServer({
    apiKeys: [apiKey],
    handlers: withFaults([counter, ...createHandlers({ apiKeys: [apiKey] })]),
  });
  const closed = await startMockServer({ apiKeys: [apiKey] });
  await closed.close();
  return {
    url: server.url,
    refusedURL: closed.url,
    applied: (callId) => applied.get(callId) ?? 0,
    close: () => server.close(),
  };
}
