// The Worker: pings with the key from its bindings (CHARTMOGUL_API_KEY, CHARTMOGUL_API_BASE)
// and answers with what the runner prints after `workers: `; the status says whether it ponged.
import { ChartMogul } from '@chartmogul-kit/cloudflare';
import { pingOutcome } from '../ping-outcome.mjs';

export default {
  async fetch(_request, env) {
    const { ok, text } = await pingOutcome(() => ChartMogul.fromEnv(env).ping());
    return new Response(text, { status: ok ? 200 : 502, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  },
};
