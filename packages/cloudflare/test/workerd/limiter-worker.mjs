// Runs inside workerd (bundled and started by test/workerd-limiter.test.ts), several copies bound
// to one ChartMogulRateLimiter. GET /create?count=N&lanes=L&store=1 creates N customers on the
// local ChartMogul, L at a time; with store=1 each one is admitted by the shared Durable Object
// first and its lease released when answered. GET /client?count=N&store=1 creates them with the
// client (Promise.all), whose scheduler asks the store. Answers what this Worker saw.
// Plain JavaScript: it is bundled from dist/, which the type checker must not depend on.
import { ChartMogul, createDurableObjectLimiterStore } from '../../dist/index.js';

export { ChartMogulRateLimiter } from '../../dist/index.js';

/** The limits every Worker asks the object for; the test sets the mock's a little wider for the rate. */
const LIMITS = { maxConcurrency: 3, maxRequestsPerSecond: 10 };

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const count = Number(url.searchParams.get('count'));
    const lanes = Number(url.searchParams.get('lanes'));
    const store =
      url.searchParams.get('store') === '1'
        ? createDurableObjectLimiterStore(env.CHARTMOGUL_LIMITER, { name: 'test-account' })
        : undefined;
    if (url.pathname === '/client') return Response.json(await withClient(env, count, store, url.search));
    const seen = { created: 0, statuses: {}, refusals: 0 };
    let next = 0;
    const lane = async () => {
      while (next < count) {
        const index = next++;
        let leaseId;
        while (store) {
          const admission = await store.admit({ limits: LIMITS, windowMs: 1_000, leaseMs: 30_000 });
          if (admission.admitted) {
            leaseId = admission.leaseId;
            break;
          }
          seen.refusals += 1;
          await new Promise((resolve) => setTimeout(resolve, admission.retryInMs));
        }
        try {
          const response = await fetch(`${env.CHARTMOGUL_API_BASE}/v1/customers`, {
            method: 'POST',
            headers: {
              authorization: `Basic ${btoa(`${env.CHARTMOGUL_API_KEY}:`)}`,
              'content-type': 'application/json',
            },
            body: JSON.stringify({
              data_source_uuid: env.DATA_SOURCE,
              external_id: `${env.WORKER}-${url.search}-${index}`,
              name: `Customer ${index}`,
            }),
          });
          await response.arrayBuffer();
          if (response.status === 201 || response.status === 200) seen.created += 1;
          else seen.statuses[response.status] = (seen.statuses[response.status] ?? 0) + 1;
        } finally {
          if (leaseId) await store.release(leaseId);
        }
      }
    };
    await Promise.all(Array.from({ length: lanes }, lane));
    return Response.json(seen);
  },
};

/** Creates `count` customers at once through the client, its limits shared through `store` if given. */
async function withClient(env, count, store, tag) {
  const cm = ChartMogul.fromEnv(env, { logLevel: 'off', rateLimit: { ...LIMITS, ...(store ? { store } : {}) } });
  const outcomes = await Promise.allSettled(
    Array.from({ length: count }, (_, index) =>
      cm.customers.create({
        data_source_uuid: env.DATA_SOURCE,
        external_id: `${env.WORKER}-client-${tag}-${index}`,
        name: `Customer ${index}`,
      }),
    ),
  );
  const statuses = {};
  for (const { reason } of outcomes.filter((outcome) => outcome.status === 'rejected'))
    statuses[reason.status ?? reason.name] = (statuses[reason.status ?? reason.name] ?? 0) + 1;
  return { created: outcomes.length - Object.values(statuses).reduce((a, b) => a + b, 0), statuses, refusals: 0 };
}
