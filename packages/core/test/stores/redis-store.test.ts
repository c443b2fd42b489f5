import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import type { LimiterStore } from '../../src/scheduler/limiter-store.js';
import { ADMIT_SCRIPT, ADMIT_SCRIPT_SHA, RELEASE_SCRIPT, RELEASE_SCRIPT_SHA } from '../../src/scheduler/stores/admit-script.js';
import { createRedisLimiterStore, type RedisClientLike } from '../../src/scheduler/stores/redis-store.js';
import { REDIS_CLIENTS, type TestRedisClient } from '../support/redis-clients.js';
import { findRedisServer, RedisServer } from '../support/redis-server.js';

const binary = findRedisServer();
if ('missing' in binary) console.warn(`[skip] Redis limiter store: ${binary.missing}`);

describe('the admission scripts', () => {
  it('are sent by the SHA-1 written next to them (EVALSHA finds them on the server)', () => {
    expect(ADMIT_SCRIPT_SHA).toBe(createHash('sha1').update(ADMIT_SCRIPT).digest('hex'));
    expect(RELEASE_SCRIPT_SHA).toBe(createHash('sha1').update(RELEASE_SCRIPT).digest('hex'));
  });
});

describe('createRedisLimiterStore: bad input', () => {
  const evalOnly = { evalsha: async () => [1, 'x'], eval: async () => [1, 'x'] } as RedisClientLike;
  it('refuses something that is not a Redis client', () => {
    expect(() => createRedisLimiterStore({} as RedisClientLike, { key: 'k' })).toThrow(ConfigurationError);
    expect(() => createRedisLimiterStore(undefined as unknown as RedisClientLike, { key: 'k' })).toThrow(/ioredis client or a node-redis/);
  });
  it('refuses a missing or empty key', () => {
    expect(() => createRedisLimiterStore(evalOnly, { key: '' })).toThrow(/needs \{ key \}/);
    expect(() => createRedisLimiterStore(evalOnly, undefined as never)).toThrow(ConfigurationError);
  });
  it('rejects an answer that is not the script\'s', async () => {
    const odd = createRedisLimiterStore({ evalsha: async () => 'OK', eval: async () => 'OK' } as RedisClientLike, { key: 'k' });
    await expect(odd.admit({ limits: { maxConcurrency: 1, maxRequestsPerSecond: 1 }, windowMs: 1000, leaseMs: 1000 })).rejects.toThrow(/answered/);
  });
});

const limits = (maxConcurrency: number, maxRequestsPerSecond: number) => ({ maxConcurrency, maxRequestsPerSecond });

describe.skipIf('missing' in binary)('createRedisLimiterStore on a real redis-server', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await RedisServer.start((binary as { path: string }).path);
  });
  afterAll(async () => {
    await server?.stop();
  });

  describe.each(Object.keys(REDIS_CLIENTS))('through %s', (kind) => {
    let redis: TestRedisClient;
    let n = 0;
    /** A store on a key of its own: the tests do not share counts. */
    const fresh = (): { store: LimiterStore; key: string } => {
      const key = `test:${kind}:${++n}`;
      return { store: createRedisLimiterStore(redis.client, { key }), key };
    };
    beforeAll(async () => {
      redis = await REDIS_CLIENTS[kind]!(server.url);
    });
    afterAll(async () => {
      await redis?.close();
    });

    it('admits as many as the slots allow, then says to ask again soon; a release gives the slot back', async () => {
      const { store } = fresh();
      const ask = () => store.admit({ limits: limits(2, Infinity), windowMs: 1050, leaseMs: 60_000 });
      const first = await ask();
      const second = await ask();
      const third = await ask();
      expect(first).toMatchObject({ admitted: true, leaseId: expect.any(String) });
      expect(second).toMatchObject({ admitted: true });
      expect(third).toEqual({ admitted: false, retryInMs: expect.any(Number) });
      expect((third as { retryInMs: number }).retryInMs).toBeLessThanOrEqual(10);
      expect((first as { leaseId: string }).leaseId).not.toBe((second as { leaseId: string }).leaseId);
      await store.release((first as { leaseId: string }).leaseId);
      expect(await ask()).toMatchObject({ admitted: true });
      // Releasing an unknown or already released lease does nothing.
      await store.release((first as { leaseId: string }).leaseId);
      await store.release('no-such-lease');
      expect(await ask()).toMatchObject({ admitted: false });
    });

    it('paces starts one window/limit apart, one ahead, and never more than the limit in a window', async () => {
      const { store } = fresh();
      const ask = () => store.admit({ limits: limits(100, 2), windowMs: 1000, leaseMs: 60_000 });
      expect(await ask()).toMatchObject({ admitted: true });
      // A start may run one interval (500 ms) ahead of the even schedule.
      expect(await ask()).toMatchObject({ admitted: true });
      const third = await ask();
      expect(third).toMatchObject({ admitted: false });
      // The pacing alone would allow it in 500 ms; the window (2 starts in 1000 ms) says about 1000.
      expect((third as { retryInMs: number }).retryInMs).toBeGreaterThan(900);
      expect((third as { retryInMs: number }).retryInMs).toBeLessThanOrEqual(1000);
    });

    it('gives a slot back when its lease expires (a process that died never released it)', async () => {
      const { store } = fresh();
      const ask = () => store.admit({ limits: limits(1, Infinity), windowMs: 1050, leaseMs: 150 });
      expect(await ask()).toMatchObject({ admitted: true });
      expect(await ask()).toMatchObject({ admitted: false });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await ask()).toMatchObject({ admitted: true });
    });

    it('keeps accounts apart by key, and lets an idle account\'s keys expire', async () => {
      const a = fresh();
      const b = fresh();
      const ask = (store: LimiterStore) => store.admit({ limits: limits(1, Infinity), windowMs: 1050, leaseMs: 5_000 });
      expect(await ask(a.store)).toMatchObject({ admitted: true });
      expect(await ask(b.store)).toMatchObject({ admitted: true });
      expect(await ask(a.store)).toMatchObject({ admitted: false });
      const ttl = Number(await redis.command(['PTTL', `{${a.key}}:leases`]));
      expect(ttl).toBeGreaterThan(5_000);
      expect(ttl).toBeLessThanOrEqual(6_000);
    });

    it('loads the script again after the server forgot it (NOSCRIPT: a restart, SCRIPT FLUSH)', async () => {
      const { store } = fresh();
      await redis.command(['SCRIPT', 'FLUSH']);
      expect(await redis.command(['SCRIPT', 'EXISTS', ADMIT_SCRIPT_SHA])).toEqual([0]);
      expect(await store.admit({ limits: limits(1, 1), windowMs: 1050, leaseMs: 5_000 })).toMatchObject({ admitted: true });
      expect(await redis.command(['SCRIPT', 'EXISTS', ADMIT_SCRIPT_SHA])).toEqual([1]);
    });
  });
});
