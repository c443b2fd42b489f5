// The page fetched ahead through the client: the caller's signal and a break both reach the request.
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ChartMogulClient } from '../../src/internal.js';
import { eitherSignal } from '../../src/paging/either-signal.js';
import { flush } from '../support/manual-clock.js';

/** A fetch serving customer pages by cursor; the second page never answers, so its signal can be watched. */
function pagedFetch() {
  const signals: (AbortSignal | undefined)[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    signals.push(init?.signal ?? undefined);
    const cursor = new URL(String(input)).searchParams.get('cursor');
    if (cursor === null) return Response.json({ entries: [{ uuid: 'cus_1' }, { uuid: 'cus_2' }], has_more: true, cursor: 'c2' });
    return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
  }) as typeof globalThis.fetch;
  const client = new ChartMogulClient({ apiKey: 'k', baseURL: 'https://api.test', fetch }, { readEnv: () => undefined, apiKeyHint: '' });
  return { client, signals };
}

describe('paging ahead through the client', () => {
  it('cancels the request of the page fetched ahead when the loop breaks', async () => {
    const { client, signals } = pagedFetch();
    for await (const customer of client.customers.list()) {
      expect(customer.uuid).toBe('cus_1');
      await flush();
      expect(signals).toHaveLength(2);
      expect(signals[1]?.aborted).toBe(false);
      break;
    }
    expect(signals[1]?.aborted).toBe(true);
  });

  it("cancels it on the caller's signal too, and leaves no listener on that signal", async () => {
    const { client, signals } = pagedFetch();
    const controller = new AbortController();
    const seen: string[] = [];
    const walk = (async () => {
      for await (const customer of client.customers.list({}, { signal: controller.signal })) seen.push(customer.uuid);
    })();
    await flush();
    await flush();
    expect(signals).toHaveLength(2);
    controller.abort();
    await expect(walk).rejects.toMatchObject({ name: 'UserAbortError' });
    expect(seen).toEqual(['cus_1', 'cus_2']);
    expect(signals[1]?.aborted).toBe(true);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

describe('eitherSignal', () => {
  it("fires with the reason of whichever fires, and dispose() removes its listeners", () => {
    const a = new AbortController();
    const b = new AbortController();
    const linked = eitherSignal(a.signal, b.signal);
    b.abort('b stopped');
    expect(linked.signal.reason).toBe('b stopped');
    linked.dispose();
    expect(getEventListeners(a.signal, 'abort')).toHaveLength(0);
    expect(eitherSignal(AbortSignal.abort('gone'), b.signal).signal.reason).toBe('gone');
  });
});
