import { describe, expect, it } from 'vitest';
import { ChartMogulClient, type Transport } from '../../src/internal.js';

/** A runtime whose own transport answers every request with a pong, counting them. */
function runtimeWithTransport() {
  const sent: string[] = [];
  const transport: Transport = async (request) => {
    sent.push(request.url);
    return { status: 200, headers: new Headers(), body: '{"data":"pong!"}' };
  };
  return { sent, runtime: { readEnv: () => undefined, apiKeyHint: '', createTransport: () => transport } };
}

describe("the runtime's transport", () => {
  it('sends every request when the caller gives no fetch', async () => {
    const { sent, runtime } = runtimeWithTransport();
    await expect(new ChartMogulClient({ apiKey: 'k', baseURL: 'https://api.test' }, runtime).ping()).resolves.toEqual({ data: 'pong!' });
    expect(sent).toEqual(['https://api.test/v1/ping']);
  });

  it("gives way to the caller's own fetch", async () => {
    const { sent, runtime } = runtimeWithTransport();
    const fetched: string[] = [];
    const fetch = (async (input: string | URL | Request) => {
      fetched.push(String(input));
      return Response.json({ data: 'pong from fetch' });
    }) as typeof globalThis.fetch;
    await expect(new ChartMogulClient({ apiKey: 'k', baseURL: 'https://api.test', fetch }, runtime).ping()).resolves.toEqual({
      data: 'pong from fetch',
    });
    expect(fetched).toEqual(['https://api.test/v1/ping']);
    expect(sent).toEqual([]);
  });
});
