// The Redis limiter store for a benchmark process, over the user's own client.
export async function redisStore(url) {
  throw new Error(`the Redis store is not wired yet (${url})`);
}
