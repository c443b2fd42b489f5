// Emits the declarations one file per source module (tsconfig.types.json), after tsup: go-to-definition
// then lands in e.g. dist/types/types/customers.d.ts, a file with a stable name that reads like the
// source, not in a bundled chunk with a hash in its name. Twice: dist/types/ for `import`, and
// dist/types-cjs/ for `require`, whose package.json says `"type": "commonjs"` so that TypeScript
// reads those same .d.ts files as CommonJS declarations, as the .cjs build they describe.
import { cpSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = `${root}tsconfig.types.json`;
const config = ts.getParsedCommandLineOfConfigFile(configFile, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => fail([d]) });
const program = ts.createProgram(config.fileNames, config.options);
const result = program.emit();
const problems = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
if (problems.length > 0) fail(problems);

cpSync(`${root}dist/types`, `${root}dist/types-cjs`, { recursive: true });
writeFileSync(`${root}dist/types-cjs/package.json`, `${JSON.stringify({ type: 'commonjs' })}\n`);
console.log(`dist/types, dist/types-cjs: declarations of ${config.fileNames.length} modules`);

function fail(diagnostics) {
  console.error(ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }));
  process.exit(1);
}
