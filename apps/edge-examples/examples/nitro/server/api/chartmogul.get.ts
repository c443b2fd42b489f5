// server/api/chartmogul.get.ts: a Nuxt or Nitro server route. The client sends through the app's
// own $fetch (ofetch), so the app's interceptors see ChartMogul's requests too; retries, timeouts
// and redirects stay the client's rules. `defineEventHandler` and `$fetch` are Nitro's auto-imports.
import { createOfetchTransport } from '@chartmogul-kit/core/ofetch';
import { ChartMogul } from '@chartmogul-kit/node';

export default defineEventHandler(async () => {
  // Reads CHARTMOGUL_API_KEY from the environment.
  const cm = new ChartMogul({ transport: createOfetchTransport($fetch) });
  const ping = await cm.ping();
  const page = await cm.customers.list({ per_page: 20 });
  return { ping: ping.data, customers: page.entries.map(({ uuid, name }) => ({ uuid, name })) };
});
