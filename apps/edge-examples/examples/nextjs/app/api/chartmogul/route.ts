// app/api/chartmogul/route.ts: a Next.js route handler on the Edge Runtime (Vercel Edge Functions).
// `@chartmogul-kit/node` resolves to its fetch-only build there (the `edge-light` condition).
import { ChartMogul } from '@chartmogul-kit/node';

export const runtime = 'edge';

export async function GET(): Promise<Response> {
  // Reads CHARTMOGUL_API_KEY from process.env: set it in the Vercel project's environment variables.
  const cm = new ChartMogul();
  const ping = await cm.ping();
  const page = await cm.customers.list({ per_page: 20 });
  return Response.json({ ping: ping.data, customers: page.entries.map(({ uuid, name }) => ({ uuid, name })) });
}
