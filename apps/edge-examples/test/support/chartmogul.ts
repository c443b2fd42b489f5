import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll } from 'vitest';

export const API_KEY = 'edge-examples-key-5a91c0d7';
const SEEDED_CUSTOMERS = 7;

export interface LocalChartMogul {
  /** The local ChartMogul's origin, what an example gets as CHARTMOGUL_API_BASE. */
  url: string;
  /** What every example must answer: the ping and the first page of customers, read from the mock directly. */
  expected: { ping: string; customers: { uuid: string; name: string }[] };
}

/** Starts the local ChartMogul (on 127.0.0.1) for the file's tests, seeded with a few customers. */
export function useLocalChartMogul(): LocalChartMogul {
  const local = {} as LocalChartMogul;
  let server: MockServer;
  beforeAll(async () => {
    // faults: {} lets a request ask for a fault with the x-mock-fault header (the ofetch retry check does).
    server = await startMockServer({ apiKeys: [API_KEY], seed: { customers: SEEDED_CUSTOMERS }, faults: {} });
    local.url = server.url;
    // Not through the SDK: the examples are checked against what the API itself lists.
    const response = await fetch(`${server.url}/v1/customers?per_page=20`, {
      headers: { authorization: `Basic ${btoa(`${API_KEY}:`)}` },
    });
    const { entries } = (await response.json()) as { entries: { uuid: string; name: string }[] };
    if (entries.length !== SEEDED_CUSTOMERS) throw new Error(`the mock listed ${entries.length} customers`);
    local.expected = { ping: 'pong!', customers: entries.map(({ uuid, name }) => ({ uuid, name })) };
  });
  afterAll(() => server?.close());
  return local;
}
