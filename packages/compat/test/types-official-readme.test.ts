// Runs the TypeScript checker on test/types/official-readme.ts (chartmogul-node's README examples
// and the mistakes the declarations refuse), so that `pnpm test` checks them, not only `typecheck`.
// With its `@ts-expect-error` lines taken out, each of them must be an error of its own line: a
// declaration that went back to `any` would fail here.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const file = fileURLToPath(new URL('./types/official-readme.ts', import.meta.url));
const DIRECTIVE = '// @ts-expect-error';

function diagnostics(text: string): { line: number; message: string }[] {
  const configPath = ts.findConfigFile(packageDir, ts.sys.fileExists, 'tsconfig.json') as string;
  const parsed = ts.parseJsonConfigFileContent(
    ts.readConfigFile(configPath, ts.sys.readFile).config,
    ts.sys,
    packageDir,
  );
  const host = ts.createCompilerHost(parsed.options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? text : read(name));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, onError) =>
    name === file ? ts.createSourceFile(name, text, version) : getSourceFile(name, version, onError);
  const program = ts.createProgram([file], { ...parsed.options, noEmit: true }, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map((d) => ({
      line: (d.file as ts.SourceFile).getLineAndCharacterOfPosition(d.start ?? 0).line,
      message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    }));
}

const source = readFileSync(file, 'utf8');

it("compiles the official README's examples as they are written", { timeout: 120_000 }, () => {
  expect(diagnostics(source)).toEqual([]);
});

it('refuses each mistake marked in the file, on its own line', { timeout: 120_000 }, () => {
  const lines = source.split('\n');
  const marked = lines.flatMap((line, index) => (line.trim().startsWith(DIRECTIVE) ? [index + 1] : []));
  expect(marked.length).toBeGreaterThanOrEqual(12);
  // Blank the directives (keeping the line numbers): the line after each must now be an error.
  const stripped = lines.map((line) => (line.trim().startsWith(DIRECTIVE) ? '' : line)).join('\n');
  const errorLines = new Set(diagnostics(stripped).map((d) => d.line));
  expect(marked.filter((line) => !errorLines.has(line))).toEqual([]);
});

it('src/official-api.ts is what the migration table and the operations table make', { timeout: 120_000 }, () => {
  expect(() =>
    execFileSync(process.execPath, ['scripts/generate-official-types.mjs', '--check'], {
      cwd: packageDir,
      stdio: 'pipe',
    }),
  ).not.toThrow();
});
