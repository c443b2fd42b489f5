// The Redis limiter store for a benchmark process, through ioredis (the user's own client, as in
// production), on the benchmark's redis-server.
import { createRedisLimiterStore } from '@chartmogul-kit/node';
import Redis from 'ioredis';

export async function redisStore(url) {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  return { store: createRedisLimiterStore(redis, { key: 'chartmogul:bench' }), close: () => redis.quit() };
}
