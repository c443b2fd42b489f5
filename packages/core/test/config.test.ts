import { describe, expect, it } from 'vitest';
import { type ClientOptions, ConfigurationError } from '../src/index.js';
import { basicAuthorization, ChartMogulClient, createFetchTransport } from '../src/internal.js';
import { captureRequests } from './support/capture.js';

const wire = captureRequests();

function clientWith(options: ClientOptions, env: Record<string, string> = {}) {
  return new ChartMogulClient(options, { readEnv: (name) => env[name], apiKeyHint: 'Set CHARTMOGUL_API_KEY.' });
}

describe('configuration', () => {
  it('refuses a missing key at construction and says how to set it', () => {
    expect(() => clientWith({})).toThrow(ConfigurationError);
    expect(() => clientWith({})).toThrow(/Set CHARTMOGUL_API_KEY/);
    expect(() => clientWith({ apiKey: '' })).toThrow(ConfigurationError);
  });

  it('reads the key and base URL from the runtime environment when not given', async () => {
    wire.reply({ data: 'pong!' });
    const client = clientWith({}, { CHARTMOGUL_API_KEY: 'env-key', CHARTMOGUL_API_BASE: 'https://api.chartmogul.test' });
    expect(client.baseURL).toBe('https://api.chartmogul.test');
    await client.ping();
    expect(wire.last().headers.get('authorization')).toBe(basicAuthorization('env-key'));
  });

  it('accepts the legacy token/secret pair only when both are the same key', async () => {
    wire.reply({ data: 'pong!' });
    const client = clientWith({ accountToken: 'same', secretKey: 'same', baseURL: 'https://api.chartmogul.test' });
    await client.ping();
    expect(wire.last().headers.get('authorization')).toBe(basicAuthorization('same'));
    const unequal = () => clientWith({ accountToken: 'tok_AAAA', secretKey: 'sec_BBBB' });
    expect(unequal).toThrow(ConfigurationError);
    expect(unequal).toThrow(/one API key for both/);
    expect(unequal).not.toThrow(/tok_AAAA|sec_BBBB/);
  });

  it.each([
    ['http://api.chartmogul.com', /only sent over https/],
    ['http://192.168.1.10:8080', /only sent over https/],
    ['ftp://api.chartmogul.com', /only sent over https/],
    ['not a url', /not a valid absolute URL/],
    ['https://user:pw@api.chartmogul.com', /credentials/],
  ])('refuses the base URL %s', (baseURL, message) => {
    expect(() => clientWith({ apiKey: 'k', baseURL })).toThrow(message);
  });

  it.each(['http://127.0.0.1:4010', 'http://localhost:4010', 'http://[::1]:4010', 'https://api.chartmogul.com/'])(
    'accepts the base URL %s',
    (baseURL) => {
      expect(clientWith({ apiKey: 'k', baseURL }).baseURL).toBe(baseURL.replace(/\/$/, ''));
    },
  );

  it('refuses nonsense timeouts and retry counts', () => {
    expect(() => clientWith({ apiKey: 'k', timeout: 0 })).toThrow(/timeout/);
    expect(() => clientWith({ apiKey: 'k', maxRetries: -1 })).toThrow(/maxRetries/);
  });

  it('never shows the key when the client is printed or serialised', async () => {
    const key = 'sk_live_very_secret_123';
    const client = clientWith({ apiKey: key });
    const { inspect } = await import('node:util');
    expect(JSON.stringify(client)).not.toContain(key);
    expect(inspect(client, { showHidden: true, depth: 10 })).not.toContain(key);
    expect(inspect(client, { showHidden: true, depth: 10 })).not.toContain(basicAuthorization(key).slice(6));
    expect(String(client)).not.toContain(key);
  });

  it("uses the runtime's transport when the options give no fetch, and the options' fetch over it", async () => {
    const calls: string[] = [];
    const answering = (name: string): typeof fetch => async () => {
      calls.push(name);
      return new Response('{"data":"pong!"}', { headers: { 'content-type': 'application/json' } });
    };
    const runtime = {
      readEnv: () => undefined,
      apiKeyHint: '',
      createTransport: () => createFetchTransport(answering('runtime')),
    };
    await new ChartMogulClient({ apiKey: 'k' }, runtime).ping();
    await new ChartMogulClient({ apiKey: 'k', fetch: answering('options') }, runtime).ping();
    expect(calls).toEqual(['runtime', 'options']);
  });
});
