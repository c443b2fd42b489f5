// main.ts: a Deno Deploy app. CHARTMOGUL_API_KEY is an environment variable of the project.
import { ChartMogul } from '@chartmogul-kit/deno';

const cm = new ChartMogul();

Deno.serve(async (request) => {
  if (new URL(request.url).pathname !== '/chartmogul') return new Response('Not found', { status: 404 });
  const ping = await cm.ping();
  const page = await cm.customers.list({ per_page: 20 });
  return Response.json({ ping: ping.data, customers: page.entries.map(({ uuid, name }) => ({ uuid, name })) });
});
