import { parseArgs } from 'node:util';
import type { SeedOptions } from '../seed/seed.js';
import { DEFAULT_MAX_BODY_BYTES } from './read-body.js';

export const USAGE = `Usage: chartmogul-mock [options]

Serves a local ChartMogul API on 127.0.0.1 and prints its URL.

Options:
  --port N               Port to listen on (0 to 65535; default 0: a free port).
  --api-key KEY          The API key it accepts (default: CHARTMOGUL_API_KEY, else a random
                         key, printed on stderr).
  --seed-customers N     Start with N customers and their invoices, subscriptions and metrics.
  --seed S               The seed of that data set (default 1): the same seed, the same data.
  --seed-months M        Months of billing history in that data set (default 6).
  --max-body-bytes N     A larger request body is answered 413 (default ${DEFAULT_MAX_BODY_BYTES}, 8 MiB).
  --json-import-rate N   Bulk imports are processed at N records per second (default: at once).
  -h, --help             Show this help.
`;

/** The command line was wrong: the message and the usage go to stderr, exit code 2. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

export type CliArgs =
  | { readonly help: true }
  | {
      readonly help: false;
      readonly port: number;
      readonly apiKey: string | undefined;
      readonly seed: SeedOptions | undefined;
      readonly maxBodyBytes: number;
      readonly jsonImportRate: number | undefined;
    };

/** Parses and checks the command line; throws CliUsageError for an unknown flag or a bad value. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        'api-key': { type: 'string' },
        'seed-customers': { type: 'string' },
        seed: { type: 'string' },
        'seed-months': { type: 'string' },
        'max-body-bytes': { type: 'string' },
        'json-import-rate': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // node:util's messages name the flag ("Unknown option '--prot'"); its stack is of no use here.
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help === true) return { help: true };
  const port = wholeNumber(values, 'port') ?? 0;
  if (port > 65_535) throw new CliUsageError(`--port must be from 0 to 65535, not "${String(values.port)}".`);
  const customers = wholeNumber(values, 'seed-customers');
  const months = wholeNumber(values, 'seed-months');
  const seedValue = values.seed as string | undefined;
  if (customers === undefined && (seedValue !== undefined || months !== undefined)) {
    throw new CliUsageError('--seed and --seed-months shape the data set of --seed-customers: give --seed-customers too.');
  }
  const seed =
    customers === undefined ? undefined : { customers, ...(seedValue === undefined ? {} : { seed: seedValue }), ...(months === undefined ? {} : { months }) };
  const maxBodyBytes = wholeNumber(values, 'max-body-bytes') ?? DEFAULT_MAX_BODY_BYTES;
  const jsonImportRate = wholeNumber(values, 'json-import-rate');
  if (jsonImportRate === 0) throw new CliUsageError('--json-import-rate must be at least 1 record per second.');
  return { help: false, port, apiKey: values['api-key'] as string | undefined, seed, maxBodyBytes, jsonImportRate };
}

function wholeNumber(values: Record<string, string | boolean | undefined>, name: string): number | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new CliUsageError(`--${name} must be a whole number, not "${String(value)}".`);
  }
  return Number(value);
}
