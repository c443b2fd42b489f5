import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { createClient as createClientV4 } from 'redis-v4';
import type { RedisClientLike } from '../../src/scheduler/stores/redis-store.js';

/** A connected client of one kind, and how to close it. */
export interface TestRedisClient {
  readonly client: RedisClientLike;
  /** Runs any command (for the tests' own checks): `command(['PTTL', key])`. */
  command(args: string[]): Promise<unknown>;
  close(): Promise<void>;
}

/** The clients users have: ioredis, node-redis v5 and v4. Each fails fast while the server is down, as a store call should. */
export const REDIS_CLIENTS: Record<string, (url: string) => Promise<TestRedisClient>> = {
  ioredis: async (url) => {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => 50 });
    client.on('error', () => {});
    await client.connect();
    return { client, command: ([name, ...args]) => client.call(name as string, ...args), close: async () => void client.disconnect() };
  },
  'node-redis v5': async (url) => {
    const client = createClient({ url, socket: { reconnectStrategy: () => 50 } });
    client.on('error', () => {});
    await client.connect();
    return { client: client as unknown as RedisClientLike, command: (args) => client.sendCommand(args), close: async () => void client.destroy() };
  },
  'node-redis v4': async (url) => {
    const client = createClientV4({ url, socket: { reconnectStrategy: () => 50 } });
    client.on('error', () => {});
    await client.connect();
    return { client: client as unknown as RedisClientLike, command: (args) => client.sendCommand(args), close: async () => void (await client.disconnect()) };
  },
};
