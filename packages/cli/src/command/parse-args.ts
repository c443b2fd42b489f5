import { UsageError } from '../usage-error.js';
import { CLI_OPTIONS_BY_NAME } from './cli-options.js';
import { didYouMean } from './names.js';
import type { ParamInfo } from './operation-params.js';

export interface ParsedArgs {
  /** Command words and path parameters, in order. */
  readonly words: string[];
  /** The command line's own options: `true`/`false` for switches, the text otherwise. */
  readonly options: Map<string, string | boolean>;
  /** The operation's parameters, with every text given (a flag may repeat). */
  readonly params: Map<ParamInfo, string[]>;
}

/**
 * Given the command words read so far, the parameters of the operation they name (none for a
 * namespace). Operation flags follow the operation's name, so the words before them name it.
 */
export type ParamsLookup = (words: readonly string[]) => readonly ParamInfo[];

/**
 * Splits argv into words, options and parameters. Whether a flag takes a value depends on its
 * declared type (a boolean never swallows the next word), hence the lookup. An operation's
 * parameter wins over a command-line option of the same name (e.g. `customers merge --from`),
 * except `--help`.
 */
export function parseArgs(argv: readonly string[], lookup: ParamsLookup): ParsedArgs {
  const parsed: ParsedArgs = { words: [], options: new Map(), params: new Map() };
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index] as string;
    if (token === '--') {
      parsed.words.push(...argv.slice(index + 1));
      break;
    }
    if (token === '-h') {
      parsed.options.set('help', true);
      continue;
    }
    if (!token.startsWith('--')) {
      parsed.words.push(token);
      continue;
    }
    const equals = token.indexOf('=');
    const name = token.slice(2, equals < 0 ? undefined : equals);
    const inline = equals < 0 ? undefined : token.slice(equals + 1);
    const params = name === 'help' ? [] : lookup(parsed.words);
    const target = findFlag(name, params);
    if (target === undefined) {
      const known = [...params.map((param) => param.flag), ...CLI_OPTIONS_BY_NAME.keys()];
      const command = parsed.words.length > 0 ? ` of "chartmogul ${parsed.words.join(' ')}"` : '';
      throw new UsageError(`Unknown option --${name}${command}.${didYouMean(name, known, '--')}`);
    }
    let value: string | boolean;
    if (target.kind === 'boolean') {
      value = target.negated ? false : inline === undefined ? true : parseSwitch(name, inline);
    } else if (inline !== undefined) {
      value = inline;
    } else if (index + 1 < argv.length) {
      value = argv[++index] as string;
    } else {
      throw new UsageError(`--${name} needs a value.`);
    }
    if (target.param) {
      const texts = parsed.params.get(target.param) ?? [];
      texts.push(String(value));
      parsed.params.set(target.param, texts);
    } else {
      parsed.options.set(target.name, value);
    }
  }
  return parsed;
}

interface FlagTarget {
  readonly name: string;
  readonly kind: string;
  readonly param?: ParamInfo;
  readonly negated?: boolean;
}

function findFlag(name: string, params: readonly ParamInfo[]): FlagTarget | undefined {
  const direct = lookupFlag(name, params);
  if (direct) return direct;
  if (name.startsWith('no-')) {
    const positive = lookupFlag(name.slice(3), params);
    if (positive?.kind === 'boolean') return { ...positive, negated: true };
  }
  return undefined;
}

function lookupFlag(name: string, params: readonly ParamInfo[]): FlagTarget | undefined {
  const param = params.find((candidate) => candidate.flag === name);
  if (param) return { name, kind: param.kind, param };
  const option = CLI_OPTIONS_BY_NAME.get(name);
  return option && { name, kind: option.kind };
}

function parseSwitch(name: string, text: string): boolean {
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw new UsageError(`--${name} is a switch: write --${name} or --no-${name} (or --${name}=true|false), not "${text}".`);
}
