import { ConfigurationError } from '../../errors/configuration-error.js';
import type { Admission, AdmissionRequest, LimiterStore } from '../limiter-store.js';
import { ADMIT_SCRIPT, ADMIT_SCRIPT_SHA, RELEASE_SCRIPT, RELEASE_SCRIPT_SHA } from './admit-script.js';

/** The client you already have: an `ioredis` client (or Cluster), or a `node-redis` v4/v5 client. Only its script methods are called. */
export type RedisClientLike =
  | { evalsha(sha: string, numKeys: number, ...args: string[]): Promise<unknown>; eval(script: string, numKeys: number, ...args: string[]): Promise<unknown> }
  | {
      evalSha(sha: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
      eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
    };

export interface RedisLimiterStoreOptions {
  /**
   * The account's namespace: every client sharing a ChartMogul account (one API key) uses the same
   * key, and another account another key, e.g. `chartmogul:acme`. The store's keys are
   * `{<key>}:leases`, `{<key>}:starts` and `{<key>}:state` (one hash slot, for Redis Cluster).
   */
  key: string;
}

type Run = (sha: string, script: string, keys: string[], args: string[]) => Promise<unknown>;

/**
 * A limiter store on Redis 7 or Valkey, through your own client: one script per admission (one
 * round trip, atomic), one per release. The kit depends on no Redis client.
 *
 * ```ts
 * import Redis from 'ioredis';
 * const store = createRedisLimiterStore(new Redis(redisUrl), { key: 'chartmogul:acme' });
 * const cm = new ChartMogul({ rateLimit: { store } });
 * ```
 */
export function createRedisLimiterStore(client: RedisClientLike, options: RedisLimiterStoreOptions): LimiterStore {
  const run = scriptRunner(client);
  const key = options?.key;
  if (typeof key !== 'string' || key === '') {
    throw new ConfigurationError("createRedisLimiterStore needs { key }: the account's namespace in Redis, e.g. 'chartmogul:acme'.");
  }
  const keys = ['leases', 'starts', 'state'].map((name) => `{${key}}:${name}`);
  return {
    name: 'redis',
    async admit({ limits, windowMs, leaseMs }: AdmissionRequest): Promise<Admission> {
      const args = [limitArg(limits.maxConcurrency), limitArg(limits.maxRequestsPerSecond), String(windowMs), String(Math.ceil(leaseMs))];
      const reply = await run(ADMIT_SCRIPT_SHA, ADMIT_SCRIPT, keys, args);
      const [admitted, value] = Array.isArray(reply) ? reply : [];
      if (Number(admitted) === 1 && value !== undefined) return { admitted: true, leaseId: String(value) };
      if (Number(admitted) === 0 && Number.isFinite(Number(value))) return { admitted: false, retryInMs: Number(value) };
      throw new Error(`Redis answered the admission script with ${JSON.stringify(reply)?.slice(0, 100)}`);
    },
    async release(leaseId: string): Promise<void> {
      await run(RELEASE_SCRIPT_SHA, RELEASE_SCRIPT, keys.slice(0, 1), [leaseId]);
    },
  };
}

/** No limit is 0 for the script. */
function limitArg(limit: number): string {
  return Number.isFinite(limit) ? String(limit) : '0';
}

/** EVALSHA, and EVAL when the server does not hold the script yet (a new or restarted server): EVAL also caches it. */
function scriptRunner(client: RedisClientLike): Run {
  const c = client as Record<string, unknown> | null;
  let call: (command: 'sha' | 'script', first: string, keys: string[], args: string[]) => Promise<unknown>;
  if (typeof c?.evalsha === 'function' && typeof c.eval === 'function') {
    const ioredis = client as Extract<RedisClientLike, { evalsha: unknown }>;
    call = (command, first, keys, args) =>
      command === 'sha' ? ioredis.evalsha(first, keys.length, ...keys, ...args) : ioredis.eval(first, keys.length, ...keys, ...args);
  } else if (typeof c?.evalSha === 'function' && typeof c.eval === 'function') {
    const nodeRedis = client as Extract<RedisClientLike, { evalSha: unknown }>;
    call = (command, first, keys, args) =>
      command === 'sha' ? nodeRedis.evalSha(first, { keys, arguments: args }) : nodeRedis.eval(first, { keys, arguments: args });
  } else {
    throw new ConfigurationError('createRedisLimiterStore needs an ioredis client or a node-redis (v4 or later) client, connected.');
  }
  return async (sha, script, keys, args) => {
    try {
      return await call('sha', sha, keys, args);
    } catch (error) {
      if (!String((error as Error)?.message).startsWith('NOSCRIPT')) throw error;
      return call('script', script, keys, args);
    }
  };
}
