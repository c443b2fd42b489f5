// A Worker of the shared-limits benchmark, bundled and run in workerd by shared/workerd.mjs, one
// of several bound to one ChartMogulRateLimiter. GET /create?count=N&prefix=P&store=1 creates N
// customers with Promise.all through ChartMogul.fromEnv, with or without the Durable Object
// store (`&storeTimeout=ms` to change its timeout); answers what it saw. The time is taken by the benchmark, outside workerd (a Worker's
// clock stands still between I/O).
import { ChartMogul, ChartMogulRateLimiter, createDurableObjectLimiterStore } from '@chartmogul-kit/cloudflare';
import { measuredStore } from '../shared/measured-store.mjs';

export { ChartMogulRateLimiter };

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const count = Number(url.searchParams.get('count'));
    const prefix = url.searchParams.get('prefix');
    const shared =
      url.searchParams.get('store') === '1' ? measuredStore({ store: createDurableObjectLimiterStore(env.CHARTMOGUL_LIMITER, { name: 'bench' }) }) : undefined;
    const storeTimeout = Number(url.searchParams.get('storeTimeout')) || undefined;
    const cm = ChartMogul.fromEnv(env, { logLevel: 'off', ...(shared ? { rateLimit: { store: shared.store, ...(storeTimeout ? { storeTimeout } : {}) } } : {}) });
    const outcomes = await Promise.allSettled(
      Array.from({ length: count }, (_, i) =>
        cm.customers.create({ data_source_uuid: env.DATA_SOURCE, external_id: `${prefix}-${i}`, name: `Customer ${i}` }),
      ),
    );
    const seen = { records: count, created: 0, errors: {}, store: shared?.cost(count) };
    for (const outcome of outcomes) {
      if (outcome.status === 'fulfilled') seen.created += 1;
      else {
        const reason = outcome.reason?.status ?? outcome.reason?.name ?? 'error';
        seen.errors[reason] = (seen.errors[reason] ?? 0) + 1;
      }
    }
    return Response.json(seen);
  },
};
