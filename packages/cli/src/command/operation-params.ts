import { readFileSync } from 'node:fs';

/** How a flag's text becomes a value: see scripts/generate-operation-params.mjs. */
export type ParamKind = 'string' | 'number' | 'boolean' | 'string[]' | 'number[]' | 'json';

/** One parameter of an operation, as its TypeScript type declares it. */
export interface ParamInfo {
  /** The wire's name, e.g. `data_source_uuid`. */
  readonly name: string;
  /** The command line's name without dashes, e.g. `data-source-uuid`. */
  readonly flag: string;
  /** The TypeScript type, for `--help`. */
  readonly type: string;
  readonly kind: ParamKind;
  /** The allowed values, when the type is a union of string literals. */
  readonly values?: readonly string[];
  readonly required: boolean;
  /** The property's JSDoc. */
  readonly description: string;
}

export interface OperationParams {
  readonly params: readonly ParamInfo[];
}

export interface ParamsMetadata {
  readonly operations: Readonly<Record<string, OperationParams>>;
}

/**
 * The metadata generated at build time beside the bundle (dist/operation-params.json).
 * Read on demand: `--version` and a usage error need none of it.
 */
export function loadParamsMetadata(file: URL = new URL('./operation-params.json', import.meta.url)): ParamsMetadata {
  return JSON.parse(readFileSync(file, 'utf8')) as ParamsMetadata;
}
