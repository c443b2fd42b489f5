#!/usr/bin/env node
// chartmogul-mock [--port N] [--api-key KEY]: serves the local ChartMogul on 127.0.0.1 and prints its URL.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startMockServer } from './start-server.js';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '0' }, 'api-key': { type: 'string' } },
});
const apiKey = values['api-key'] ?? process.env.CHARTMOGUL_API_KEY ?? randomBytes(16).toString('hex');
const server = await startMockServer({ apiKeys: [apiKey], port: Number(values.port) });
console.log(server.url);
if (!values['api-key'] && !process.env.CHARTMOGUL_API_KEY) console.error(`API key: ${apiKey}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
