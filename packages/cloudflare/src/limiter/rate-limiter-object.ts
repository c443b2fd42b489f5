import { AccountLimiter } from './account-limiter.js';
import { ADMIT_PATH, parseAsk, parseRelease, RELEASE_PATH } from './protocol.js';

/**
 * The Durable Object that holds one ChartMogul account's limiter, so every Worker and isolate
 * with the account's key shares one rate and one set of in-flight slots. Export it from your
 * Worker and bind it (see docs/scaling.md):
 *
 * ```ts
 * export { ChartMogulRateLimiter } from '@chartmogul-kit/cloudflare';
 * // wrangler.toml
 * // [[durable_objects.bindings]]
 * // name = "CHARTMOGUL_LIMITER"
 * // class_name = "ChartMogulRateLimiter"
 * // [[migrations]]
 * // tag = "v1"
 * // new_classes = ["ChartMogulRateLimiter"]
 * ```
 *
 * The state lives in memory: one object runs one request at a time, so admissions are atomic
 * without storage, and nothing is written per request. If Cloudflare evicts or restarts the
 * object, its leases are forgotten, which frees their slots early; eviction needs the object idle,
 * by which time the rate window has emptied anyway.
 */
export class ChartMogulRateLimiter {
  readonly #limiter = new AccountLimiter(() => crypto.randomUUID());

  async fetch(request: Request): Promise<Response> {
    if (request.method !== 'POST') return answer(405, { error: 'POST only' });
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return answer(400, { error: 'the body must be JSON' });
    }
    // Time is read after the body has arrived: the moment the admission is decided.
    const now = Date.now();
    const path = new URL(request.url).pathname;
    if (path === ADMIT_PATH) {
      const ask = parseAsk(body);
      if (typeof ask === 'string') return answer(400, { error: ask });
      return answer(200, this.#limiter.admit(ask, now));
    }
    if (path === RELEASE_PATH) {
      const leaseId = parseRelease(body);
      if (leaseId === undefined) return answer(400, { error: 'leaseId must be a string' });
      this.#limiter.release(leaseId);
      return answer(200, { released: true });
    }
    return answer(404, { error: `no ${path} here: ${ADMIT_PATH} or ${RELEASE_PATH}` });
  }
}

function answer(status: number, body: unknown): Response {
  return Response.json(body, { status });
}
