// Runs inside workerd (bundled and started by test/workerd.test.ts) with the built package.
// GET /ping pings with the bindings; GET /shown logs the client and answers what it shows.
// Plain JavaScript: it is bundled from dist/, which the type checker must not depend on.
import { AuthenticationError, ChartMogul, ChartMogulError, ConfigurationError } from '../../dist/index.js';

export default {
  async fetch(request, env) {
    const check = new URL(request.url).pathname;
    try {
      const cm = ChartMogul.fromEnv(env);
      if (check === '/ping') return Response.json({ result: await cm.ping() });
      if (check === '/shown') {
        console.log('client:', cm);
        return Response.json({ json: JSON.stringify(cm), baseURL: cm.baseURL });
      }
      return new Response('no such check', { status: 404 });
    } catch (error) {
      console.log('error:', error);
      return Response.json({
        error: {
          name: error.name,
          status: error.status,
          message: error.message,
          isChartMogulError: error instanceof ChartMogulError,
          isAuthenticationError: error instanceof AuthenticationError,
          isConfigurationError: error instanceof ConfigurationError,
        },
      });
    }
  },
};
