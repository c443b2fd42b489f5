// The Node side of every fault matrix runner: the mock's HTTP server (fault layer on, steered by the
// runners through `POST /__mock/faults`), a port that refuses connections, and a count of how often
// the API acted on each call, which no runner can fake from inside its runtime.
import { createHandlers, withFaults } from '@chartmogul-kit/mock';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { http } from 'msw';
import type { NetworkFault } from './fault-matrix.js';
import { CALL_HEADER } from './fault-matrix-calls.js';
import { startNetworkFaultServers } from './fault-matrix-network.js';

/** `.invalid` never resolves (RFC 6761): a DNS failure without a network. */
export const UNRESOLVABLE_URL = 'https://chartmogul-kit-matrix.invalid';

export interface MatrixMock {
  readonly url: string;
  /** A loopback URL whose port was just freed: connecting to it is refused. */
  readonly refusedURL: string;
  /** Where each fault below HTTP is served: `refusedURL`, a 101 server, untrusted TLS, a name that does not resolve. */
  readonly networkURLs: Readonly<Record<NetworkFault, string>>;
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
  const network = await startNetworkFaultServers();
  return {
    url: server.url,
    refusedURL: closed.url,
    networkURLs: {
      refused: closed.url,
      upgrade: network.upgradeURL,
      'untrusted-tls': network.untrustedTlsURL,
      dns: UNRESOLVABLE_URL,
    },
    applied: (callId) => applied.get(callId) ?? 0,
    close: async () => {
      await network.close();
      await server.close();
    },
  };
}
