// Runs inside workerd (bundled and started by test/workerd.test.ts) with the built package.
// GET /ping pings with the bindings; GET /shown logs the client and answers what it shows;
// GET /paced sends 12 pings, one after another then all at once, through the client's scheduler.
// GET /with-response, /list-with-response and /own-user-agent: withResponse() and the User-Agent.
// GET /bulk imports 3 customers (13 records) in bulk into a new source and answers the counts.
// Plain JavaScript: it is bundled from dist/, which the type checker must not depend on.
import { AuthenticationError, bulkImport, ChartMogul, ChartMogulError, ConfigurationError } from '../../dist/index.js';
import { bulkHistory } from '../../../core/test/support/bulk-history.mjs';

export default {
  async fetch(request, env) {
    const check = new URL(request.url).pathname;
    try {
      const cm = ChartMogul.fromEnv(env);
      if (check === '/ping') return Response.json({ result: await cm.ping() });
      if (check === '/with-response') {
        const { data, response } = await cm.ping().withResponse();
        return Response.json({
          result: { status: response.status, requestId: response.requestId, userAgent: data.userAgent },
        });
      }
      if (check === '/list-with-response') {
        const { data, response } = await cm.customers.list({ per_page: 1 }).withResponse();
        return Response.json({ result: { status: response.status, isArray: Array.isArray(data.entries) } });
      }
      if (check === '/own-user-agent') {
        return Response.json({ result: (await cm.ping({ headers: { 'User-Agent': 'my-worker/1.0' } })).userAgent });
      }
      if (check === '/paced') {
        let pongs = 0;
        for (let i = 0; i < 6; i++) pongs += (await cm.ping()).data === 'pong!' ? 1 : 0;
        const all = await Promise.all(Array.from({ length: 6 }, () => cm.ping()));
        return Response.json({ result: pongs + all.filter((answer) => answer.data === 'pong!').length });
      }
      if (check === '/bulk') {
        const ds = await cm.dataSources.create({ name: 'bulk in workerd' });
        const s = await bulkImport(cm, ds.uuid, bulkHistory(3), {
          customersPerImport: 2,
          pollInterval: { initialMs: 5, maxMs: 20 },
        });
        return Response.json({
          result: { read: s.read, imported: s.imported, failed: s.failed, skipped: s.skipped, imports: s.imports },
        });
      }
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
