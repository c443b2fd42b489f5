// Emits the ES module declarations one file per source module, under dist/types/ (tsconfig.types.json),
// after tsup: go-to-definition then lands in e.g. dist/types/types/customers.d.ts, a file with a
// stable name that reads like the source, not in a bundled chunk with a hash in its name. tsup's ES
// module declaration bundles are removed (nothing points at them); its CommonJS ones (.d.cts) stay.
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = `${root}tsconfig.types.json`;
const config = ts.getParsedCommandLineOfConfigFile(configFile, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => fail([d]) });
const program = ts.createProgram(config.fileNames, config.options);
const result = program.emit();
const problems = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
if (problems.length > 0) fail(problems);

// The ofetch entry's declarations are its own bundle (tsup.ofetch.config.ts), which imports core by name: kept.
for (const name of readdirSync(`${root}dist`)) {
  if (name.endsWith('.d.ts') && !name.startsWith('ofetch.')) rmSync(`${root}dist/${name}`);
}
console.log(`dist/types: declarations of ${config.fileNames.length} modules`);

function fail(diagnostics) {
  console.error(ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }));
  process.exit(1);
}
