// Runs inside workerd (bundled and started by test/fault-matrix.test.ts) with the built package:
// `GET /?case=<name>&method=<METHOD>` runs that cell of the fault matrix against the mock whose URL
// is the CHARTMOGUL_API_BASE binding, and answers the observation as JSON.
// Plain JavaScript: it is bundled from dist/, which the type checker must not depend on.
import { ChartMogul, ChartMogulError } from '../../dist/index.js';
import { FAULT_MATRIX } from '../../../core/test/reliability/fault-matrix.ts';
import { invokeThroughClient, runCell } from '../../../core/test/reliability/fault-matrix-calls.ts';

export default {
  async fetch(request, env) {
    const query = new URL(request.url).searchParams;
    const testCase = FAULT_MATRIX.find((c) => c.name === query.get('case'));
    const method = query.get('method');
    if (!testCase || !method) return new Response('No such cell', { status: 404 });
    const runner = {
      mockURL: env.CHARTMOGUL_API_BASE,
      networkURLs: JSON.parse(env.NETWORK_URLS),
      setup: ChartMogul.fromEnv(env),
      invoke: invokeThroughClient((options) => ChartMogul.fromEnv(env, options)),
      isTyped: (error) => error instanceof ChartMogulError,
    };
    return Response.json(await runCell(runner, testCase, method));
  },
};
