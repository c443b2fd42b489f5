import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError, DEFAULT_LOG_LEVEL, type Logger } from '../../src/index.js';
import { ChartMogulClient } from '../../src/internal.js';
import { useMockServer } from '../support/mock-server.js';

const KEY = 'log-levels-key-2b9e';
const mock = useMockServer(KEY);

function recorder() {
  const lines: { level: string; message: string; data: Record<string, unknown> }[] = [];
  const at = (level: string) => (message: string, data?: unknown) => lines.push({ level, message, data: (data ?? {}) as Record<string, unknown> });
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { lines, logger, levels: () => lines.map((l) => l.level) };
}

describe('logging', () => {
  afterEach(() => vi.restoreAllMocks());

  it('at info, records each attempt (method, path, status, duration) and each retry with its delay', async () => {
    const log = recorder();
    mock.faults.clear().next('429;retry-after=0');
    await mock.client({ logger: log.logger, logLevel: 'info' }).ping();
    expect(log.levels()).toEqual(['info', 'info', 'info']);
    const [failed, retry, ok] = log.lines;
    expect(failed?.data).toMatchObject({ method: 'GET', path: '/v1/ping', attempt: 1, status: 429, durationMs: expect.any(Number) });
    expect(retry?.message).toMatch(/retrying GET \/v1\/ping after 429 in 0 ms \(retry 1 of 2\)/);
    expect(retry?.data).toMatchObject({ delayMs: 0, retryAfter: true });
    expect(ok?.data).toMatchObject({ method: 'GET', path: '/v1/ping', attempt: 2, status: 200 });
  });

  it('at debug, also shows each request with its headers, credentials redacted', async () => {
    const log = recorder();
    mock.faults.clear();
    await mock.client({ logger: log.logger, logLevel: 'debug' }).ping();
    expect(log.levels()).toEqual(['debug', 'info']);
    expect(log.lines[0]?.data.headers).toMatchObject({ authorization: 'Basic [redacted]', accept: 'application/json' });
  });

  it('at warn (the default), says nothing while requests succeed, even after retries, and warns when retries run out', async () => {
    expect(DEFAULT_LOG_LEVEL).toBe('warn');
    const log = recorder();
    mock.faults.clear().next('503;retry-after=0');
    await mock.client({ logger: log.logger }).ping();
    expect(log.lines).toEqual([]);
    mock.faults.clear().next('503;retry-after=0', '503;retry-after=0', '503;retry-after=0');
    await mock.client({ logger: log.logger }).ping().catch(() => undefined);
    expect(log.levels()).toEqual(['warn']);
    expect(log.lines[0]?.message).toMatch(/GET \/v1\/ping failed \(503\) after 3 attempt/);
    expect(log.lines[0]?.data).toMatchObject({ reason: 'retries-exhausted', attempts: 3, status: 503 });
  });

  it('warns when Retry-After asks for longer than the client waits', async () => {
    const log = recorder();
    mock.faults.clear().next('429;retry-after=3600');
    await mock.client({ logger: log.logger }).ping().catch(() => undefined);
    expect(log.lines.map((l) => l.data.reason)).toEqual(['retry-after-too-long']);
  });

  it('does not log a final error such as a 404 at the default level: the caller has it', async () => {
    const log = recorder();
    mock.faults.clear().next('404');
    await mock.client({ logger: log.logger }).ping().catch(() => undefined);
    expect(log.lines).toEqual([]);
  });

  it('is silent when off', async () => {
    const log = recorder();
    mock.faults.clear().next('503;retry-after=0', '503;retry-after=0', '503;retry-after=0');
    await mock.client({ logger: log.logger, logLevel: 'off' }).ping().catch(() => undefined);
    expect(log.lines).toEqual([]);
  });

  it('reads CHARTMOGUL_LOG through the runtime when logLevel is not given, the option winning', () => {
    const log = recorder();
    const withEnv = (value: string, logLevel?: 'off') =>
      new ChartMogulClient({ apiKey: KEY, baseURL: mock.url, logger: log.logger, logLevel }, {
        readEnv: (name) => (name === 'CHARTMOGUL_LOG' ? value : undefined),
        apiKeyHint: '',
      });
    expect(withEnv('debug').toJSON()).toMatchObject({ logLevel: 'debug' });
    expect(withEnv(' INFO ').toJSON()).toMatchObject({ logLevel: 'info' });
    expect(withEnv('debug', 'off').toJSON()).toMatchObject({ logLevel: 'off' });
    expect(withEnv('').toJSON()).toMatchObject({ logLevel: 'warn' });
    expect(() => withEnv('verbose')).toThrow(ConfigurationError);
    expect(() => withEnv('verbose')).toThrow(/CHARTMOGUL_LOG must be one of off, error, warn, info, debug; got "verbose"/);
  });

  it('refuses a bad logLevel or logger at construction', () => {
    expect(() => mock.client({ logLevel: 'loud' as never })).toThrow(/logLevel must be one of/);
    expect(() => mock.client({ logger: { info() {} } as never })).toThrow(/logger must be an object with debug, info, warn and error/);
  });

  it('logs to the console by default', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    mock.faults.clear().next('503;retry-after=0', '503;retry-after=0', '503;retry-after=0');
    await mock.client().ping().catch(() => undefined);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/chartmogul: GET \/v1\/ping failed/);
  });
});
