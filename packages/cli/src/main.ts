import { Console } from 'node:console';
import type { Readable, Writable } from 'node:stream';
import { ChartMogul, type ClientOptions, operationTree } from '@chartmogul-kit/node';
import { DEFAULT_IMPORT_CONCURRENCY, MAX_IMPORT_CONCURRENCY, OUTPUT_FORMATS, type OutputFormat } from './command/cli-options.js';
import { didYouMean } from './command/names.js';
import { loadParamsMetadata, type ParamInfo, type ParamsMetadata } from './command/operation-params.js';
import { checkRequired, paramValues } from './command/param-values.js';
import { parseArgs } from './command/parse-args.js';
import { checkPathValues, type Resolved, resolveCommand } from './command/resolve-command.js';
import { namespaceHelp, operationHelp, topHelp } from './help/render-help.js';
import { type ImportInterrupts, runImport } from './import/run-import.js';
import { createItemWriter, type OutputContext } from './output/item-writer.js';
import { Progress } from './output/progress.js';
import { Sink } from './output/sink.js';
import { EXIT_API_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_OUTPUT_CLOSED, reportError } from './report-error.js';
import { readData } from './run/read-data.js';
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
  let resolved: Resolved = resolveCommand([]);
  let apiKey: string | undefined;
  let metadata: ParamsMetadata | undefined;
  const paramsOf = (id: string): readonly ParamInfo[] => {
    metadata ??= loadParamsMetadata();
    const entry = metadata.operations[id];
    if (entry === undefined) throw new Error(`operation-params.json has no entry for ${id}: rebuild the command line.`);
    return entry.params;
  };
  try {
    const parsed = parseArgs(io.argv, (words) => {
      resolved = resolveCommand(words);
      return resolved.kind === 'operation' ? paramsOf(resolved.operation.id) : [];
    });
    resolved = resolveCommand(parsed.words);
    const { options } = parsed;
    const width = io.stdout.columns || DEFAULT_WIDTH; // 0 under some pseudo-terminals
    if (options.get('version')) return print(io.stdout, `${io.version}\n`);
    if (resolved.kind === 'namespace') {
      if (resolved.words.length === 0) {
        if (options.get('help') || io.argv.length === 0) return print(io.stdout, topHelp(operationTree, width));
        throw new UsageError('Name a command, e.g. "chartmogul ping".');
      }
      if (options.get('help')) return print(io.stdout, namespaceHelp(resolved.words, resolved.tree, width));
      print(io.stderr, namespaceHelp(resolved.words, resolved.tree, width));
      throw new UsageError(`"chartmogul ${resolved.words.join(' ')}" needs a method.`);
    }
    const { operation } = resolved;
    const command = `chartmogul ${resolved.words.join(' ')}`;
    const params = paramsOf(operation.id);
    if (options.get('help')) return print(io.stdout, operationHelp(resolved.words, operation, params, width));

    const from = stringOption(options, 'from');
    if (from === undefined || resolved.pathValues.length > 0) checkPathValues(resolved);
    const format = outputFormat(options, io.stdout);
    const data = stringOption(options, 'data');
    const values = { ...(data === undefined ? {} : await readData(data, io.stdin)), ...paramValues(parsed.params) };
    if (from === undefined) checkRequired(params, values, command);

    apiKey = stringOption(options, 'api-key');
    if (apiKey !== undefined) {
      io.stderr.write('Warning: --api-key puts the key in your shell history; prefer the CHARTMOGUL_API_KEY environment variable.\n');
    }
    apiKey ??= io.env.CHARTMOGUL_API_KEY || undefined;
    if (apiKey === undefined) {
      throw new UsageError('No API key: set CHARTMOGUL_API_KEY (find the key under Profile > API keys in ChartMogul), or pass --api-key.');
    }
    // The SDK's log lines (CHARTMOGUL_LOG=info) go to stderr with the rest of the talk: stdout holds only data.
    const client = new ChartMogul({ ...clientOptions(apiKey, options), logger: new Console(io.stderr, io.stderr) });
    const note = (message: string) => void io.stderr.write(`${message}\n`);
    const output: OutputContext = { format, sink: new Sink(io.stdout), terminalWidth: width, note };
    const showProgress = options.get('progress') ?? Boolean(io.stderr.isTTY);
    const progress = new Progress(io.stderr, showProgress === true);

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
      });
      if (summary.stoppedBy === 'output-closed') return EXIT_OUTPUT_CLOSED;
      if (summary.stoppedBy === 'interrupt') return EXIT_INTERRUPTED;
      return summary.failed > 0 ? EXIT_API_ERROR : EXIT_OK;
    }
    await runOperation({ client, operation, command, pathValues: resolved.pathValues, params: values, all: options.get('all') === true, output, progress });
    return EXIT_OK;
  } catch (error) {
    const helpCommand = ['chartmogul', ...resolved.words].join(' ');
    return reportError(error, helpCommand, apiKey, (text) => io.stderr.write(text));
  }
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

