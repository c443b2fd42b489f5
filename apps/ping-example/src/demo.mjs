// pnpm demo [--api-key KEY]: the ping through the runtime packages on Node, Bun, Deno and
// Cloudflare Workers (workerd), then the official chartmogul-node snippet on @chartmogul-kit/compat
// on the same four, each in its own process, against the local ChartMogul.
// With --api-key the runtimes use that key instead of the local ChartMogul's (and get a 401).
// With CHARTMOGUL_API_KEY set and no --api-key, they ping the real API.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DEFAULT_BASE_URL } from '@chartmogul-kit/node';
import { startMockServer } from '@chartmogul-kit/mock/server';
import { compatRuntimeNames, runPing, runtimeNames } from './runtimes.mjs';

const usage = 'usage: pnpm demo [--api-key KEY]';
let options;
try {
  options = parseArgs({ options: { 'api-key': { type: 'string' }, help: { type: 'boolean' } } }).values;
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}

const target = await chooseTarget(options['api-key']);
try {
  const started = performance.now();
  // The runtimes are separate processes talking to a server that keeps no state: safe to run at once.
  // The runtime packages, then the docs' chartmogul-node snippet on @chartmogul-kit/compat.
  const runs = [...runtimeNames, ...compatRuntimeNames].map((runtime) =>
    runPing(runtime, { apiKey: target.apiKey, baseURL: target.baseURL }),
  );
  const results = [];
  for (const run of runs) {
    const result = await run; // printed in a fixed order, each as soon as it and those before it are done
    console.log(result.line);
    results.push(result);
  }
  console.log(summary(results, target.name, performance.now() - started));
  process.exitCode = results.every((result) => result.ok) ? 0 : 1;
} finally {
  await target.close();
}

/** The local ChartMogul (with its own random key, or the --api-key one), or the real API. */
async function chooseTarget(apiKey) {
  const envKey = process.env.CHARTMOGUL_API_KEY;
  if (apiKey === undefined && envKey) {
    return { name: `the ChartMogul API at ${DEFAULT_BASE_URL}`, apiKey: envKey, close: async () => {} };
  }
  const mockKey = randomBytes(16).toString('hex');
  const server = await startMockServer({ apiKeys: [mockKey], port: 0 });
  return {
    name: `the local ChartMogul at ${server.url}`,
    apiKey: apiKey ?? mockKey,
    baseURL: server.url,
    close: () => server.close(),
  };
}

function summary(results, targetName, totalMs) {
  const failed = results.filter((result) => !result.ok).map((result) => result.runtime);
  const times = results.map((result) => `${result.runtime} ${seconds(result.ms)}`).join(', ');
  const verdict =
    failed.length === 0
      ? `all ${results.length} runtimes answered pong!`
      : `${failed.length} of ${results.length} runtimes did not pong (${failed.join(', ')})`;
  return `${verdict} from ${targetName} (${times}; ${seconds(totalMs)} in all)`;
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(2)} s`;
}
