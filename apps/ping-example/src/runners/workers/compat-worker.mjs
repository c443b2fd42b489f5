// The docs' snippet in a Worker, with only the package name changed: a Worker has no process.env
// and may not fetch outside a request, so the key (CHARTMOGUL_ACCOUNT_TOKEN, CHARTMOGUL_SECRET_KEY)
// and the local ChartMogul's URL (CHARTMOGUL_API_BASE) come from its bindings, and the ping runs
// in the fetch handler. The answer is what console.log(res) prints on Node.
import * as ChartMogul from '@chartmogul-kit/compat';

export default {
  async fetch(_request, env) {
    const config = new ChartMogul.Config(env.CHARTMOGUL_ACCOUNT_TOKEN, env.CHARTMOGUL_SECRET_KEY);
    if (env.CHARTMOGUL_API_BASE) config.apiBase = env.CHARTMOGUL_API_BASE;
    return ChartMogul.Ping.ping(config)
      .then((res) => new Response(`{ data: '${res.data}' }`))
      .catch((err) => new Response(`${err.name} (${err.status}): ${err.message}`, { status: 502 }));
  },
};
