import type { MockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { API_KEY, startTestApi, WRONG_KEY } from './support/test-api.js';

let api: MockServer;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** The key in any form it could leak in: as is, and inside Basic credentials. */
function leaks(text: string, key: string): boolean {
  return text.includes(key) || text.includes(btoa(`${key}:`));
}

describe('chartmogul ping', () => {
  it('answers pong! with the key from CHARTMOGUL_API_KEY, as JSON when piped', async () => {
    const run = await runCli(['ping', '--base-url', api.url], { env: { CHARTMOGUL_API_KEY: API_KEY } });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ data: 'pong!' });
    expect(run.stderr).toBe('');
  });

  it('reads the origin from CHARTMOGUL_API_BASE', async () => {
    const run = await runCli(['ping'], { env: { CHARTMOGUL_API_KEY: API_KEY, CHARTMOGUL_API_BASE: api.url } });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ data: 'pong!' });
  });

  it('prints a table with --format table', async () => {
    const run = await runCli(['ping', '--base-url', api.url, '--format', 'table'], { env: { CHARTMOGUL_API_KEY: API_KEY } });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^data\s+pong!$/);
  });

  it('exits 1 on a wrong key, prints the status and message on stderr, and never the key', async () => {
    const run = await runCli(['ping', '--base-url', api.url], { env: { CHARTMOGUL_API_KEY: WRONG_KEY } });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('401');
    expect(run.stderr).toContain('No valid API key provided');
    expect(leaks(run.stdout + run.stderr, WRONG_KEY)).toBe(false);
  });

  it('warns that --api-key lands in the shell history, and still never prints the key', async () => {
    const good = await runCli(['ping', '--base-url', api.url, '--api-key', API_KEY]);
    expect(good.code).toBe(0);
    expect(good.stderr).toMatch(/--api-key .*shell history/);
    expect(leaks(good.stdout + good.stderr, API_KEY)).toBe(false);

    const wrong = await runCli(['ping', '--base-url', api.url, `--api-key=${WRONG_KEY}`]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('401');
    expect(leaks(wrong.stdout + wrong.stderr, WRONG_KEY)).toBe(false);
  });

  it('exits 2 without a key, saying how to set one, before any request', async () => {
    const run = await runCli(['ping', '--base-url', api.url]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('CHARTMOGUL_API_KEY');
  });
});
