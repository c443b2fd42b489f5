import { AuthenticationError, ChartMogul, ChartMogulError, ConfigurationError } from '../src/index.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { API_KEY, BASE_URL, WRONG_KEY, useMockChartMogul } from './support.js';

const mock = useMockChartMogul();

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('ChartMogul on Node', () => {
  it('pings with the key and base URL it is given', async () => {
    const cm = new ChartMogul({ apiKey: API_KEY, baseURL: BASE_URL });
    await expect(cm.ping()).resolves.toEqual({ data: 'pong!' });
    expect(mock.urls).toEqual([`${BASE_URL}/v1/ping`]);
  });

  it('rejects a wrong key with AuthenticationError (401), a ChartMogulError', async () => {
    const error = await new ChartMogul({ apiKey: WRONG_KEY, baseURL: BASE_URL }).ping().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toBeInstanceOf(ChartMogulError);
    expect((error as AuthenticationError).status).toBe(401);
    expect((error as AuthenticationError).body).toMatchObject({ message: expect.any(String) });
  });
});

describe('the environment (process.env)', () => {
  it('reads CHARTMOGUL_API_KEY and CHARTMOGUL_API_BASE', async () => {
    vi.stubEnv('CHARTMOGUL_API_KEY', API_KEY);
    vi.stubEnv('CHARTMOGUL_API_BASE', 'https://from-env.node.test');
    const cm = new ChartMogul();
    expect(cm.baseURL).toBe('https://from-env.node.test');
    await expect(cm.ping()).resolves.toEqual({ data: 'pong!' });
    expect(mock.urls).toEqual(['https://from-env.node.test/v1/ping']);
  });

  it('lets options win over the environment', async () => {
    vi.stubEnv('CHARTMOGUL_API_KEY', WRONG_KEY);
    vi.stubEnv('CHARTMOGUL_API_BASE', 'https://from-env.node.test');
    await expect(new ChartMogul({ apiKey: API_KEY, baseURL: BASE_URL }).ping()).resolves.toEqual({ data: 'pong!' });
    expect(mock.urls).toEqual([`${BASE_URL}/v1/ping`]);
  });

  it('defaults to the real API when CHARTMOGUL_API_BASE is unset', () => {
    vi.stubEnv('CHARTMOGUL_API_KEY', API_KEY);
    vi.stubEnv('CHARTMOGUL_API_BASE', undefined);
    expect(new ChartMogul().baseURL).toBe('https://api.chartmogul.com');
  });

  it.each([
    ['unset', undefined],
    ['empty', ''],
  ])('refuses to start when CHARTMOGUL_API_KEY is %s, naming the variable', (_, value) => {
    vi.stubEnv('CHARTMOGUL_API_KEY', value);
    expect(() => new ChartMogul()).toThrow(ConfigurationError);
    expect(() => new ChartMogul()).toThrow(/CHARTMOGUL_API_KEY/);
    expect(mock.urls).toEqual([]);
  });
});
