// supabase/functions/chartmogul/index.ts: a Supabase Edge Function (Deno).
// `supabase secrets set CHARTMOGUL_API_KEY=...` makes the key an environment variable.
import { ChartMogul } from '@chartmogul-kit/deno';

const cm = new ChartMogul();

Deno.serve(async (_request) => {
  const ping = await cm.ping();
  const page = await cm.customers.list({ per_page: 20 });
  return Response.json({ ping: ping.data, customers: page.entries.map(({ uuid, name }) => ({ uuid, name })) });
});
