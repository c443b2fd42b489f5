// The same Worker with the official library.
import ChartMogul from 'chartmogul-node';

export default {
  async fetch(_request, env) {
    const config = new ChartMogul.Config(env.CHARTMOGUL_API_KEY, env.CHARTMOGUL_API_BASE);
    return Response.json(await ChartMogul.Ping.ping(config));
  },
};
