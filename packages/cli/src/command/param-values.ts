import { UsageError } from '../usage-error.js';
import { didYouMean } from './names.js';
import type { ParamInfo } from './operation-params.js';

/** Turns each flag's text into a value of its declared type: `{ per_page: 200, tags: ['a', 'b'] }`. */
export function paramValues(texts: ReadonlyMap<ParamInfo, readonly string[]>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [param, values] of texts) params[param.name] = valueFor(param, values);
  return params;
}

function valueFor(param: ParamInfo, texts: readonly string[]): unknown {
  const flag = `--${param.flag}`;
  if (param.kind === 'string[]' || param.kind === 'number[]') {
    const items = texts.flatMap((text) => text.split(',')).map((item) => item.trim()).filter((item) => item !== '');
    return param.kind === 'number[]' ? items.map((item) => toNumber(flag, item)) : items.map((item) => checkChoice(param, item));
  }
  if (texts.length > 1) throw new UsageError(`${flag} was given ${texts.length} times; it takes one value.`);
  const text = texts[0] as string;
  switch (param.kind) {
    case 'boolean':
      return text === 'true';
    case 'number':
      return toNumber(flag, text);
    case 'json':
      return toJson(flag, param, text);
    default:
      return checkChoice(param, text);
  }
}

function toNumber(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`${flag} takes a number, not "${text}".`);
  return value;
}

function toJson(flag: string, param: ParamInfo, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${flag} takes JSON (${param.type}), e.g. ${flag} '{"key": "value"}'; or pass the whole body with --data.`);
  }
}

function checkChoice(param: ParamInfo, text: string): string {
  if (param.values === undefined || param.values.includes(text)) return text;
  throw new UsageError(`--${param.flag} is one of ${param.values.join(', ')}; not "${text}".${didYouMean(text, param.values)}`);
}

/** Refuses a call that lacks a required param, naming the flag to add. */
export function checkRequired(params: readonly ParamInfo[], values: Record<string, unknown>, command: string): void {
  const missing = params.filter((param) => param.required && values[param.name] === undefined && !hasSpelling(param, values));
  if (missing.length === 0) return;
  const flags = missing.map((param) => `--${param.flag}`).join(', ');
  throw new UsageError(`${command} needs ${flags} (or the field${missing.length > 1 ? 's' : ''} in --data).`);
}

/** `start_date` given in --data as `start-date`, the wire's spelling, counts too. */
function hasSpelling(param: ParamInfo, values: Record<string, unknown>): boolean {
  return values[param.flag] !== undefined;
}
