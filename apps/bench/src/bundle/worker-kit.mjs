// A Worker that pings ChartMogul with chartmogul-kit.
import { ChartMogul } from '@chartmogul-kit/cloudflare';

export default {
  async fetch(_request, env) {
    return Response.json(await ChartMogul.fromEnv(env).ping());
  },
};
