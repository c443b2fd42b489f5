import { Console } from 'node:console';
import type { Readable, Writable } from 'node:stream';
import { ChartMogul, type ClientOptions, operationTree } from '@chartmogul-kit/node';
import { DEFAULT_IMPORT_CONCURRENCY, MAX_IMPORT_CONCURRENCY, OUTPUT_FORMATS, type OutputFormat } from './command/cli-options.js';
import { BULK_IMPORT_COMMAND, bulkImportHelp, isBulkImportCommand } from './bulk/help.js';
import { bulkImportArgs, rejectBulkOnlyOptions } from './bulk/args.js';
import { runBulkImport } from './bulk/run-bulk-import.js';
import { didYouMean } from './command/names.js';
import { loadParamsMetadata, type ParamInfo, type ParamsMetadata } from './command/operation-params.js';
import { checkRequired, paramValues } from './command/param-values.js';
import { parseArgs } from './command/parse-args.js';
import { proxyTransport } from './command/proxy-transport.js';
import { checkPathValues, type Resolved, resolveCommand } from './command/resolve-command.js';
import { namespaceHelp, operationHelp, topHelp } from './help/render-help.js';
import { type ImportInterrupts, runImport } from './import/run-import.js';
import { createItemWriter, type OutputContext } from './output/item-writer.js';
import { escapeControls } from './output/control-characters.js';
import { printView } from './output/print-view.js';
import { Progress } from './output/progress.js';
import { createRedactor, keyLikeArguments, secretsOf } from './output/redactor.js';
import { Sink } from './output/sink.js';
import { EXIT_API_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_OUTPUT_CLOSED, reportError } from './report-error.js';
import { readData } from './run/read-data.js';
import { type OpenedStore, openRateLimitStore, RATE_LIMIT_STORE_ENV } from './run/rate-limit-store.js';
import { runOperation } from './run/run-operation.js';
import { UsageError } from './usage-error.js';

type Terminal = { isTTY?: boolean; columns?: number };

export type { ImportInterrupts };

export interface CliIO {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin: Readable;
  readonly stdout: Writable & Terminal;
  readonly stderr: Writable & Terminal;
  readonly version: string;
  /** Makes Ctrl-C signals instead of the end: an import then stops sending and saves what is left. */
  readonly gracefulInterrupt?: () => ImportInterrupts;
  /** Makes a closed stdout (EPIPE) a signal instead of the end: an import then stops cleanly and saves what is left. */
  readonly stdoutClosed?: () => AbortSignal;
}

const DEFAULT_WIDTH = 120;

/** The whole command line: parses, runs, reports. Resolves to the exit code. */
export async function main(io: CliIO): Promise<number> {
  // Everything printed goes through these views: the key (and its base64, as a server may echo
  // the Authorization header) never reaches the terminal or a CI log; messages also escape the
  // control characters a server's text may hold. Only the progress line draws with them.
  const secrets = secretsOf(io.argv, io.env);
  const redact = createRedactor(secrets);
  const stdout = printView(io.stdout, redact);
  const stderr = printView(io.stderr, (text) => escapeControls(redact(text)));
  const progressStream = printView(io.stderr, redact);
  let resolved: Resolved = resolveCommand([]);
  let apiKey: string | undefined;
  let metadata: ParamsMetadata | undefined;
  let shared: OpenedStore | undefined;
  const paramsOf = (id: string): readonly ParamInfo[] => {
    metadata ??= loadParamsMetadata();
    const entry = metadata.operations[id];
    if (entry === undefined) throw new Error(`operation-params.json has no entry for ${id}: rebuild the command line.`);
    return entry.params;
  };
  try {
    const parsed = parseArgs(io.argv, (words) => {
      if (isBulkImportCommand(words)) return [];
      resolved = resolveCommand(words);
      return resolved.kind === 'operation' ? paramsOf(resolved.operation.id) : [];
    });
    const { options } = parsed;
    const width = io.stdout.columns || DEFAULT_WIDTH; // 0 under some pseudo-terminals
    if (options.get('version')) return print(stdout, `${io.version}\n`);
    // One client for every command: the key, the SDK's log lines on stderr with the rest of the
    // talk (stdout holds only data; no colours: their escape codes would be escaped like a
    // server's), and the account's shared limiter when a store is given.
    const connect = async () => {
      apiKey = apiKeyFrom(options, io.env, stderr);
      const storeUrl = stringOption(options, 'rate-limit-store');
      const storeText = storeUrl ?? (io.env[RATE_LIMIT_STORE_ENV] || undefined);
      if (storeText !== undefined) shared = await openRateLimitStore(storeText, storeUrl ? '--rate-limit-store' : RATE_LIMIT_STORE_ENV, apiKey);
      return new ChartMogul({
        ...clientOptions(apiKey, options),
        transport: proxyTransport(stringOption(options, 'proxy'), io.env),
        ...(shared && { rateLimit: { store: shared.store } }),
        logger: new Console({ stdout: stderr, stderr, colorMode: false }),
      });
    };
    const note = (message: string) => void stderr.write(`${message}\n`);
    const progress = new Progress(progressStream, (options.get('progress') ?? Boolean(io.stderr.isTTY)) === true);
    if (isBulkImportCommand(parsed.words)) {
      resolved = { kind: 'namespace', words: [BULK_IMPORT_COMMAND], tree: {} }; // for "chartmogul import --help" in errors
      if (options.get('help')) return print(stdout, bulkImportHelp(width));
      const summary = await runBulkImport({
        ...bulkImportArgs(parsed.words, options),
        customersPerImport: numberOption(options, 'customers-per-import'),
        failedPath: stringOption(options, 'failed'),
        client: await connect(),
        stdin: io.stdin,
        progress,
        note,
        ...(io.gracefulInterrupt ? { interrupts: io.gracefulInterrupt() } : {}),
        redact,
      });
      if (summary.aborted) return EXIT_INTERRUPTED;
      return summary.failed > 0 ? EXIT_API_ERROR : EXIT_OK;
    }
    rejectBulkOnlyOptions(options);
    resolved = resolveCommand(parsed.words);
    if (resolved.kind === 'namespace') {
      if (resolved.words.length === 0) {
        if (options.get('help') || io.argv.length === 0) return print(stdout, topHelp(operationTree, width));
        throw new UsageError('Name a command, e.g. "chartmogul ping".');
      }
      if (options.get('help')) return print(stdout, namespaceHelp(resolved.words, resolved.tree, width));
      print(stderr, namespaceHelp(resolved.words, resolved.tree, width));
      throw new UsageError(`"chartmogul ${resolved.words.join(' ')}" needs a method.`);
    }
    const { operation } = resolved;
    const command = `chartmogul ${resolved.words.join(' ')}`;
    const params = paramsOf(operation.id);
    if (options.get('help')) return print(stdout, operationHelp(resolved.words, operation, params, width));

    const from = stringOption(options, 'from');
    if (from === undefined || resolved.pathValues.length > 0) checkPathValues(resolved);
    const format = outputFormat(options, io.stdout);
    const data = stringOption(options, 'data');
    const values = { ...(data === undefined ? {} : await readData(data, io.stdin)), ...paramValues(parsed.params) };
    if (from === undefined) checkRequired(params, values, command);

    const client = await connect();
    const output: OutputContext = { format, sink: new Sink(stdout), terminalWidth: width, note, csvRaw: options.get('csv-raw') === true };

    if (from !== undefined) {
      const writeResults = options.has('format') || !io.stdout.isTTY;
      const summary = await runImport({
        client,
        operation,
        command,
        pathValues: resolved.pathValues,
        defaults: values,
        from,
        failedPath: stringOption(options, 'failed'),
        concurrency: numberOption(options, 'concurrency') ?? DEFAULT_IMPORT_CONCURRENCY,
        stdin: io.stdin,
        results: writeResults ? createItemWriter(output) : undefined,
        progress,
        note,
        ...(io.gracefulInterrupt ? { interrupts: io.gracefulInterrupt() } : {}),
        ...(io.stdoutClosed ? { outputClosed: io.stdoutClosed() } : {}),
        redact,
      });
      if (summary.stoppedBy === 'output-closed') return EXIT_OUTPUT_CLOSED;
      if (summary.stoppedBy === 'interrupt') return EXIT_INTERRUPTED;
      return summary.failed > 0 ? EXIT_API_ERROR : EXIT_OK;
    }
    await runOperation({ client, operation, command, pathValues: resolved.pathValues, params: values, all: options.get('all') === true, output, progress });
    return EXIT_OK;
  } catch (error) {
    const helpCommand = ['chartmogul', ...resolved.words].join(' ');
    // A usage error quotes what was typed: it also hides the arguments that may be a key typed in the wrong place.
    const hideArguments = createRedactor([...secrets, ...keyLikeArguments(io.argv)]);
    return reportError(error, helpCommand, (text) => stderr.write(text), hideArguments);
  } finally {
    await shared?.close();
  }
}

/** The key from --api-key (with a warning on `stderr`) or CHARTMOGUL_API_KEY. */
function apiKeyFrom(options: ReadonlyMap<string, string | boolean>, env: CliIO['env'], stderr: Writable): string {
  const given = stringOption(options, 'api-key');
  if (given !== undefined) {
    stderr.write('Warning: --api-key puts the key in your shell history; prefer the CHARTMOGUL_API_KEY environment variable.\n');
  }
  const apiKey = given ?? (env.CHARTMOGUL_API_KEY || undefined);
  if (apiKey === undefined) {
    throw new UsageError('No API key: set CHARTMOGUL_API_KEY (find the key under Profile > API keys in ChartMogul), or pass --api-key.');
  }
  return apiKey;
}

function print(stream: Writable, text: string): number {
  stream.write(text);
  return EXIT_OK;
}

function clientOptions(apiKey: string, options: ReadonlyMap<string, string | boolean>): ClientOptions {
  // A field the operation does not declare (in --data or a --from record) is refused before sending:
  // ChartMogul would drop it in silence. The names come from the SDK's types, as the flags do.
  const result: ClientOptions = { apiKey, strictParams: true };
  const baseURL = stringOption(options, 'base-url');
  const timeout = numberOption(options, 'timeout');
  const maxRetries = numberOption(options, 'max-retries');
  if (baseURL !== undefined) result.baseURL = baseURL;
  if (timeout !== undefined) result.timeout = timeout;
  if (maxRetries !== undefined) result.maxRetries = maxRetries;
  return result;
}

function outputFormat(options: ReadonlyMap<string, string | boolean>, stdout: Terminal): OutputFormat {
  const format = stringOption(options, 'format');
  if (format === undefined) return stdout.isTTY ? 'table' : 'json';
  if ((OUTPUT_FORMATS as readonly string[]).includes(format)) return format as OutputFormat;
  throw new UsageError(`--format is one of ${OUTPUT_FORMATS.join(', ')}; not "${format}".${didYouMean(format, OUTPUT_FORMATS)}`);
}

function stringOption(options: ReadonlyMap<string, string | boolean>, name: string): string | undefined {
  const value = options.get(name);
  return typeof value === 'string' ? value : undefined;
}

function numberOption(options: ReadonlyMap<string, string | boolean>, name: string): number | undefined {
  const text = stringOption(options, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < (name === 'max-retries' ? 0 : 1)) {
    throw new UsageError(`--${name} takes a whole number${name === 'max-retries' ? '' : ' of at least 1'}, not "${text}".`);
  }
  // More would wait in the client's queue, out of reach of Ctrl-C (see bounded-concurrency.ts).
  if (name === 'concurrency' && value > MAX_IMPORT_CONCURRENCY) {
    throw new UsageError(`--concurrency takes at most ${MAX_IMPORT_CONCURRENCY} (ChartMogul's parallel connections per account), not "${text}".`);
  }
  return value;
}

