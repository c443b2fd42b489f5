// The Nitro scenario in workerd. Nitro's Cloudflare presets expose the Worker's bindings as
// process.env; this does the same for the two the route needs.
import { runNitroScenario } from './nitro-scenario.js';

interface Env {
  CHARTMOGUL_API_KEY: string;
  CHARTMOGUL_API_BASE: string;
}

export default {
  async fetch(_request: Request, env: Env): Promise<Response> {
    const { CHARTMOGUL_API_KEY, CHARTMOGUL_API_BASE } = env;
    (globalThis as { process?: unknown }).process = { env: { CHARTMOGUL_API_KEY, CHARTMOGUL_API_BASE } };
    return Response.json(await runNitroScenario(CHARTMOGUL_API_BASE, CHARTMOGUL_API_KEY));
  },
};
