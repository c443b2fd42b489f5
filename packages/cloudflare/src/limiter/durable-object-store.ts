import { ConfigurationError, type LimiterStore } from '@chartmogul-kit/core';
import { ADMIT_PATH, encodeAsk, LIMITER_URL, parseAnswer, RELEASE_PATH } from './protocol.js';

/** The part of a Durable Object namespace binding (`env.CHARTMOGUL_LIMITER`) the store uses. */
export interface LimiterNamespace {
  idFromName(name: string): unknown;
  get(id: never): { fetch(input: string, init?: RequestInit): Promise<Response> };
}

export interface DurableObjectLimiterStoreOptions {
  /**
   * Which object holds the limiter: one per ChartMogul account. Every Worker that uses the same
   * key must use the same name. Default `account`.
   */
  name?: string;
}

/**
 * A limiter store on the `ChartMogulRateLimiter` Durable Object: every Worker, isolate and
 * location that uses it shares one rate and one set of in-flight slots for the account.
 * One `fetch` to the object per admission and one per release.
 *
 * ```ts
 * const cm = ChartMogul.fromEnv(env, {
 *   rateLimit: { store: createDurableObjectLimiterStore(env.CHARTMOGUL_LIMITER) },
 * });
 * ```
 */
export function createDurableObjectLimiterStore(
  namespace: LimiterNamespace,
  options: DurableObjectLimiterStoreOptions = {},
): LimiterStore {
  if (typeof namespace?.idFromName !== 'function' || typeof namespace.get !== 'function') {
    throw new ConfigurationError(
      'createDurableObjectLimiterStore needs a Durable Object namespace binding (env.CHARTMOGUL_LIMITER): bind the class ChartMogulRateLimiter, exported from your Worker, in wrangler.toml.',
    );
  }
  const name = options.name ?? 'account';
  if (typeof name !== 'string' || name.length === 0) {
    throw new ConfigurationError(
      'createDurableObjectLimiterStore: name must be a non-empty string, one per ChartMogul account.',
    );
  }
  // A stub is made per call: Workers ties I/O objects to the request that made them, and a
  // client may outlive one request.
  const call = async (path: string, body: string): Promise<unknown> => {
    const stub = namespace.get(namespace.idFromName(name) as never);
    const response = await stub.fetch(`${LIMITER_URL}${path}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`The rate limiter Durable Object answered ${response.status} to ${path}: ${text.slice(0, 200)}`);
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(`The rate limiter Durable Object answered ${path} with something other than JSON.`);
    }
  };
  return {
    name: 'durable-object',
    async admit({ limits, windowMs, leaseMs }) {
      const answer = parseAnswer(await call(ADMIT_PATH, encodeAsk({ ...limits, windowMs, leaseMs })));
      if (!answer)
        throw new Error(
          'The rate limiter Durable Object answered an admission it cannot have sent: is CHARTMOGUL_LIMITER bound to ChartMogulRateLimiter?',
        );
      return answer;
    },
    async release(leaseId) {
      await call(RELEASE_PATH, JSON.stringify({ leaseId }));
    },
  };
}
