#!/usr/bin/env node
// chartmogul-mock [--port N] [--api-key KEY] [--seed-customers N] [--seed S] [--seed-months M]:
// serves the local ChartMogul on 127.0.0.1 and prints its URL.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startMockServer } from './start-server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'api-key': { type: 'string' },
    'seed-customers': { type: 'string' },
    seed: { type: 'string' },
    'seed-months': { type: 'string' },
  },
});

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) {
    console.error(`--${name} must be a whole number, got "${value}"`);
    process.exit(2);
  }
  return Number(value);
}

const apiKey = values['api-key'] ?? process.env.CHARTMOGUL_API_KEY ?? randomBytes(16).toString('hex');
const customers = count('seed-customers', values['seed-customers']);
const months = count('seed-months', values['seed-months']);
const seed =
  customers === undefined ? undefined : { customers, ...(values.seed === undefined ? {} : { seed: values.seed }), ...(months === undefined ? {} : { months }) };
const started = performance.now();
const server = await startMockServer({ apiKeys: [apiKey], port: Number(values.port), ...(seed === undefined ? {} : { seed }) });
console.log(server.url);
if (seed !== undefined) console.error(`Seeded ${seed.customers} customers in ${Math.round(performance.now() - started)} ms`);
if (!values['api-key'] && !process.env.CHARTMOGUL_API_KEY) console.error(`API key: ${apiKey}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
