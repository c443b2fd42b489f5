// src/index.ts: a Cloudflare Worker. The key is a secret binding: `wrangler secret put CHARTMOGUL_API_KEY`.
import { ChartMogul, type ChartMogulEnv } from '@chartmogul-kit/cloudflare';

export default {
  async fetch(_request: Request, env: ChartMogulEnv): Promise<Response> {
    const cm = ChartMogul.fromEnv(env);
    const ping = await cm.ping();
    const page = await cm.customers.list({ per_page: 20 });
    return Response.json({ ping: ping.data, customers: page.entries.map(({ uuid, name }) => ({ uuid, name })) });
  },
};
