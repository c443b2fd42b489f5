import { createHash } from 'node:crypto';
import { createRedisLimiterStore, type LimiterStore } from '@chartmogul-kit/node';
import { UsageError } from '../usage-error.js';

/** Where the store comes from when the flag is not given. */
export const RATE_LIMIT_STORE_ENV = 'CHARTMOGUL_RATE_LIMIT_STORE';

export interface OpenedStore {
  readonly store: LimiterStore;
  /** Ends the connection once the last releases are answered (at most a second), so that the process can exit. */
  close(): Promise<void>;
}

/**
 * Connects to the Redis (or Valkey) that shares the account's limits between every process and
 * machine using it: `redis://[user:password@]host[:port][/db][?key=name]`, `rediss://` for TLS.
 * The namespace (`key`) defaults to one made from a hash of the API key: the same key, the
 * same account, the same limits, and Redis never sees the key itself. ioredis is loaded only here,
 * so that commands without a store do not pay for it.
 */
export async function openRateLimitStore(text: string, source: string, apiKey: string): Promise<OpenedStore> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    url = new URL('invalid:');
  }
  // The URL may hold a password: no message repeats it.
  if ((url.protocol !== 'redis:' && url.protocol !== 'rediss:') || url.hostname === '') {
    throw new UsageError(`${source} takes a Redis URL, redis://host:port or rediss://host:port (TLS), not a "${url.protocol}" one.`);
  }
  const key = url.searchParams.get('key') || `chartmogul:${createHash('sha256').update(apiKey).digest('hex').slice(0, 16)}`;
  url.searchParams.delete('key');
  const { Redis } = await import('ioredis');
  // One retry per command: a store that is down is noticed within the store timeout, and the
  // client goes on under its own limits with one warning (see docs/scaling.md).
  const client = new Redis(url.toString(), { maxRetriesPerRequest: 1 });
  client.on('error', () => {});
  const store = createRedisLimiterStore(client, { key });
  // The client releases its leases without waiting (fire and forget): the last ones are still on
  // their way when the command is done, and closing under them would log a failed store.
  const releasing = new Set<Promise<void>>();
  const release = (leaseId: string) => {
    const done = store.release(leaseId);
    releasing.add(done);
    done.then(
      () => releasing.delete(done),
      () => releasing.delete(done),
    );
    return done;
  };
  const close = async () => {
    const waited = new Promise((resolve) => setTimeout(resolve, 1_000).unref());
    await Promise.race([Promise.allSettled(releasing).then(() => client.quit()), waited]).catch(() => {});
    client.disconnect();
  };
  return { store: { name: store.name, admit: (request) => store.admit(request), release }, close };
}
