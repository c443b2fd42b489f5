// CPU per request: `calls` sequential pings after `warmup` ones, timed with process.cpuUsage()
// (user + system time of this process only: the mock runs in another).
//   node cpu.mjs <contender> <url> <key> <calls> <warmup>
import { createRequire } from 'node:module';

const [contender, url, key, calls, warmup] = process.argv.slice(2);
const require = createRequire(import.meta.url);

async function makePing() {
  switch (contender) {
    case 'kit': {
      // Default options but no pacing: sequential pings to a local mock would otherwise wait for the
      // 40/s limit. The scheduler still admits every call (20 in flight); its cost is counted.
      const { ChartMogul } = await import('@chartmogul-kit/node');
      const cm = new ChartMogul({ apiKey: key, baseURL: url, rateLimit: { maxRequestsPerSecond: Infinity } });
      return () => cm.ping();
    }
    case 'kit-fetch': {
      const { ChartMogul } = await import('@chartmogul-kit/node');
      const cm = new ChartMogul({ apiKey: key, baseURL: url, rateLimit: { maxRequestsPerSecond: Infinity }, fetch: (input, init) => fetch(input, init) });
      return () => cm.ping();
    }
    case 'fetch': {
      const headers = { authorization: `Basic ${btoa(`${key}:`)}`, accept: 'application/json' };
      return async () => (await fetch(`${url}/v1/ping`, { headers })).json();
    }
    case 'official': {
      const ChartMogul = require('chartmogul-node');
      const config = new ChartMogul.Config(key, url);
      return () => ChartMogul.Ping.ping(config);
    }
  }
  throw new Error(`unknown contender ${contender}`);
}

const ping = await makePing();
for (let i = 0; i < Number(warmup); i++) await ping();
const before = process.cpuUsage();
const started = performance.now();
for (let i = 0; i < Number(calls); i++) {
  const answer = await ping();
  if (answer?.data !== 'pong!') throw new Error(`unexpected answer ${JSON.stringify(answer)}`);
}
const used = process.cpuUsage(before);
const wallMs = performance.now() - started;
console.log(JSON.stringify({ cpuUsPerCall: (used.user + used.system) / Number(calls), wallUsPerCall: (wallMs * 1000) / Number(calls) }));
