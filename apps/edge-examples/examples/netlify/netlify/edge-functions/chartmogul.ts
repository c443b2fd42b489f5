// netlify/edge-functions/chartmogul.ts: a Netlify Edge Function (Deno). Netlify resolves the bare
// import from the site's package.json; CHARTMOGUL_API_KEY is a site environment variable.
import { ChartMogul } from '@chartmogul-kit/deno';

export default async function handler(_request: Request): Promise<Response> {
  const cm = new ChartMogul();
  const ping = await cm.ping();
  const page = await cm.customers.list({ per_page: 20 });
  return Response.json({ ping: ping.data, customers: page.entries.map(({ uuid, name }) => ({ uuid, name })) });
}

export const config = { path: '/chartmogul' };
