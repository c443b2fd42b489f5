import { loadExchanges, type Replay, replayFor } from './exchanges.js';
import { isLeftOut } from './left-out.js';

/**
 * Renders one declaration per recorded exchange, grouped in one file per operation: the 2xx
 * body typed as the operation's result type, the write's JSON body as its params type. Checked
 * by `tsc --strict` in core's `typecheck`, so a field the real API sends that a type does not
 * declare (or declares with the wrong type, or `null` where the type says `string`) fails.
 */
export const TYPES_DIR = new URL('./types/', import.meta.url);

const HEADER = [
  '// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.',
  '// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.',
];

/** How many declarations of each kind the files hold. */
export function countDeclarations(files: Map<string, string>): { results: number; params: number } {
  const text = [...files.values()].join('\n');
  return { results: text.split('export const result_').length - 1, params: text.split('export const params_').length - 1 };
}

export function renderRecordingTypes(): Map<string, string> {
  const byOperation = new Map<string, Replay[]>();
  for (const exchange of loadExchanges()) {
    const replay = replayFor(exchange);
    if (!replay || isLeftOut(replay.name, 'replay')) continue;
    byOperation.set(replay.operation.id, [...(byOperation.get(replay.operation.id) ?? []), replay]);
  }
  const files = new Map<string, string>();
  for (const [id, replays] of [...byOperation].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const declarations = replays.flatMap(declarationsOf);
    if (declarations.length === 0) continue;
    const usesParams = declarations.some((line) => line.includes('ParamsOf<'));
    const usesResult = declarations.some((line) => line.includes('ResultOf<'));
    const imported = [usesParams && 'ParamsOf', usesResult && 'ResultOf'].filter(Boolean).join(', ');
    const lines = [
      ...HEADER,
      "import type { operationTree } from '../../../src/operations/index.js';",
      `import type { ${imported} } from '../../../src/operations/operation.js';`,
      '',
      `type Row = typeof operationTree.${id};`,
      '',
      ...declarations,
    ];
    files.set(`${id}.ts`, `${lines.join('\n')}`);
  }
  return files;
}

function declarationsOf(replay: Replay): string[] {
  const { exchange } = replay;
  const suffix = `${exchange.file.replace(/\.yml$/, '').replace(/[^A-Za-z0-9]+/g, '_')}_${exchange.index}`;
  const doc = `/** ${exchange.file}#${exchange.index}: ${exchange.method} ${exchange.path} → ${exchange.status} (${exchange.recordedAt}). */`;
  const lines: string[] = [];
  const body = exchange.requestBody;
  const succeeded = exchange.status >= 200 && exchange.status < 300;
  // Only writes the API accepted are valid params: a refused one (a 422) may well not type-check.
  if (succeeded && body && Object.keys(body).length > 0 && !isLeftOut(replay.name, 'params-type')) {
    lines.push(doc, `export const params_${suffix}: ParamsOf<Row> = ${JSON.stringify(body, null, 2)};`, '');
  }
  if (succeeded && exchange.responseJson !== null && !isLeftOut(replay.name, 'result-type')) {
    lines.push(doc, `export const result_${suffix}: ResultOf<Row> = ${JSON.stringify(exchange.responseJson, null, 2)};`, '');
  }
  return lines;
}
