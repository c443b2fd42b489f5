// The command line's --rate-limit-store (and CHARTMOGUL_RATE_LIMIT_STORE) against a real
// redis-server: the store is used by single calls and by --from imports, a wrong URL is a usage
// error that never repeats a password, and a store that is down costs one warning, not the run.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MockServer } from '@chartmogul-kit/mock/server';
import { ChartMogul } from '@chartmogul-kit/node';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRedisServer, freePort, RedisServer } from '../../core/test/support/redis-server.js';
import { runCli } from './support/run-cli.js';
import { API_KEY, startTestApi } from './support/test-api.js';

const binary = findRedisServer();
if ('missing' in binary) console.warn(`[skip] chartmogul --rate-limit-store: ${binary.missing}`);

describe('chartmogul --rate-limit-store: bad input', () => {
  it('refuses a URL that is not redis:// or rediss://, without repeating it', async () => {
    const run = await runCli(['ping', '--rate-limit-store', 'https://user:s3cret@example.com'], { env: { CHARTMOGUL_API_KEY: API_KEY } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--rate-limit-store takes a Redis URL/);
    expect(run.stderr).not.toContain('s3cret');
    const fromEnv = await runCli(['ping'], { env: { CHARTMOGUL_API_KEY: API_KEY, CHARTMOGUL_RATE_LIMIT_STORE: 'not a url' } });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toMatch(/CHARTMOGUL_RATE_LIMIT_STORE takes a Redis URL/);
  });
});

describe.skipIf('missing' in binary)('chartmogul --rate-limit-store on a real redis-server', () => {
  let redis: RedisServer;
  let api: MockServer;
  let admin: Redis;
  let dir: string;
  beforeAll(async () => {
    redis = await RedisServer.start((binary as { path: string }).path);
    api = await startTestApi();
    admin = new Redis(redis.url);
    dir = await mkdtemp(join(tmpdir(), 'chartmogul-cli-store-'));
  });
  afterAll(async () => {
    admin?.disconnect();
    await api?.close();
    await redis?.stop();
    await rm(dir, { recursive: true, force: true });
  });
  const env = () => ({ CHARTMOGUL_API_KEY: API_KEY, CHARTMOGUL_API_BASE: api.url });

  it('admits a call through the store, in a namespace made from a hash of the API key', async () => {
    const run = await runCli(['ping', '--format', 'json', '--rate-limit-store', redis.url], { env: env() });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toEqual({ data: 'pong!' });
    const namespace = `chartmogul:${createHash('sha256').update(API_KEY).digest('hex').slice(0, 16)}`;
    expect(await admin.hget(`{${namespace}}:state`, 'seq')).toBe('1');
    // Redis never holds the key itself.
    const keys = await admin.keys('*');
    expect(keys.join(' ')).not.toContain(API_KEY);
  });

  it('shares the limits of an import (--from) through the store named by CHARTMOGUL_RATE_LIMIT_STORE', async () => {
    const client = new ChartMogul({ apiKey: API_KEY, baseURL: api.url });
    const { uuid } = await client.dataSources.create({ name: 'store import' });
    const file = join(dir, 'customers.jsonl');
    await writeFile(file, Array.from({ length: 12 }, (_, i) => JSON.stringify({ external_id: `st-${i}`, name: `S ${i}` })).join('\n'));
    const run = await runCli(['customers', 'create', '--data-source-uuid', uuid, '--from', file, '--format', 'jsonl'], {
      env: { ...env(), CHARTMOGUL_RATE_LIMIT_STORE: `${redis.url}?key=acme-import` },
    });
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(12);
    expect(await admin.hget('{acme-import}:state', 'seq')).toBe('12');
  });

  it('goes on under its own limits, with one warning, when the store is down', async () => {
    const nobody = `redis://127.0.0.1:${await freePort()}`;
    const run = await runCli(['ping', '--format', 'json', '--rate-limit-store', nobody], { env: env() });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ data: 'pong!' });
    expect(run.stderr.match(/rate-limit store \(redis\) failed/g)).toHaveLength(1);
  });
});
