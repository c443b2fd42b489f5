#!/usr/bin/env node
// chartmogul-mock [--port N] [--api-key KEY] [--seed-customers N] [--seed S] [--seed-months M] [--max-body-bytes N] [--json-import-rate N]:
// serves the local ChartMogul on 127.0.0.1 and prints its URL. --help for the usage.
import { randomBytes } from 'node:crypto';
import { CliUsageError, parseCliArgs, USAGE } from './cli-args.js';
import { startMockServer } from './start-server.js';

function parse() {
  try {
    return parseCliArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    process.stderr.write(`chartmogul-mock: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const args = parse();
if (args.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const apiKey = args.apiKey ?? process.env.CHARTMOGUL_API_KEY ?? randomBytes(16).toString('hex');
const started = performance.now();
const server = await startMockServer({
  apiKeys: [apiKey],
  port: args.port,
  maxBodyBytes: args.maxBodyBytes,
  ...(args.jsonImportRate === undefined ? {} : { jsonImports: { recordsPerSecond: args.jsonImportRate } }),
  ...(args.seed === undefined ? {} : { seed: args.seed }),
}).catch((error: NodeJS.ErrnoException) => {
  // A port in use or not ours to take: say so, without a stack.
  if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') throw error;
  process.stderr.write(`chartmogul-mock: cannot listen on port ${args.port}: ${error.code ?? error.message}\n`);
  process.exit(1);
});
console.log(server.url);
if (args.seed !== undefined) console.error(`Seeded ${args.seed.customers} customers in ${Math.round(performance.now() - started)} ms`);
if (!args.apiKey && !process.env.CHARTMOGUL_API_KEY) console.error(`API key: ${apiKey}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
