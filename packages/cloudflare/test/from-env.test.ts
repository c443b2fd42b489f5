// ChartMogul.fromEnv against the local ChartMogul's handlers, answered in-process through
// the `fetch` option (msw's getResponse), as the adapter sees it before workerd is involved.
import { createHandlers, createMockFetch } from '@chartmogul-kit/mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthenticationError, ChartMogul, ConfigurationError } from '../src/index.js';

const API_KEY = 'cloudflare-test-key-5be04d2a';
const BASE_URL = 'https://chartmogul.workers.test';
const requested: string[] = [];
const mockFetch = createMockFetch(createHandlers({ apiKeys: [API_KEY] }));
const fetch: typeof globalThis.fetch = (input, init) => {
  requested.push(new Request(input, init).url);
  return mockFetch(input, init);
};

afterEach(() => {
  requested.length = 0;
  vi.unstubAllEnvs();
});

describe('ChartMogul.fromEnv (Workers bindings)', () => {
  it('reads CHARTMOGUL_API_KEY and CHARTMOGUL_API_BASE from the bindings', async () => {
    const cm = ChartMogul.fromEnv({ CHARTMOGUL_API_KEY: API_KEY, CHARTMOGUL_API_BASE: BASE_URL }, { fetch });
    expect(cm.baseURL).toBe(BASE_URL);
    await expect(cm.ping()).resolves.toEqual({ data: 'pong!' });
    expect(requested).toEqual([`${BASE_URL}/v1/ping`]);
  });

  it('lets options win over the bindings', async () => {
    const env = { CHARTMOGUL_API_KEY: 'not-the-key', CHARTMOGUL_API_BASE: 'https://elsewhere.workers.test' };
    const cm = ChartMogul.fromEnv(env, { apiKey: API_KEY, baseURL: BASE_URL, fetch });
    await expect(cm.ping()).resolves.toEqual({ data: 'pong!' });
    expect(requested).toEqual([`${BASE_URL}/v1/ping`]);
  });

  it('rejects a wrong key with AuthenticationError (401)', async () => {
    const cm = ChartMogul.fromEnv({ CHARTMOGUL_API_KEY: 'not-the-key', CHARTMOGUL_API_BASE: BASE_URL }, { fetch });
    await expect(cm.ping()).rejects.toSatisfy((e) => e instanceof AuthenticationError && e.status === 401);
  });

  it('refuses to start without a key binding, saying how to bind one', () => {
    expect(() => ChartMogul.fromEnv({})).toThrow(ConfigurationError);
    expect(() => ChartMogul.fromEnv({})).toThrow(/CHARTMOGUL_API_KEY.*fromEnv/);
  });

  it('ignores bindings that are not text (a KV namespace, a secret store) rather than sending them', () => {
    const env = { CHARTMOGUL_API_KEY: { get: async () => API_KEY } } as unknown as Parameters<
      typeof ChartMogul.fromEnv
    >[0];
    expect(() => ChartMogul.fromEnv(env)).toThrow(ConfigurationError);
  });

  it('never reads process.env: a Worker has none', () => {
    vi.stubEnv('CHARTMOGUL_API_KEY', API_KEY);
    expect(() => new ChartMogul()).toThrow(ConfigurationError);
  });

  it('keeps the key out of JSON.stringify', () => {
    const cm = ChartMogul.fromEnv({ CHARTMOGUL_API_KEY: API_KEY });
    expect(JSON.stringify(cm)).not.toContain(API_KEY);
    expect(JSON.stringify(cm)).not.toContain(btoa(`${API_KEY}:`));
  });
});
