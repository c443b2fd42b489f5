import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Editors strike a method through when the symbol they resolve carries `@deprecated`. Ask the
// TypeScript checker what an editor would see on the client's type.

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const probe = fileURLToPath(new URL('./__deprecation-probe__.ts', import.meta.url));
const source = `import type { ChartMogulClient } from ${JSON.stringify(entry)};
declare const cm: ChartMogulClient;
cm.subscriptions.listImported('cus_1');
cm.subscriptions.cancel('sub_1', { cancelled_at: '2024-01-01' });
`;

function languageService(): ts.LanguageService {
  const options: ts.CompilerOptions = {
    strict: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    noEmit: true,
    types: [],
  };
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [probe],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const text = name === probe ? source : ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => process.cwd(),
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name === probe || ts.sys.fileExists(name),
    readFile: (name) => (name === probe ? source : ts.sys.readFile(name)),
  };
  return ts.createLanguageService(host);
}

// The language service loads the whole program on first use: seconds on a busy machine.
describe('deprecated methods on the client type', { timeout: 60_000 }, () => {
  const service = languageService();
  const deprecations = () =>
    service
      .getSuggestionDiagnostics(probe)
      .filter((d) => d.reportsDeprecated)
      .map((d) => source.slice(d.start ?? 0, (d.start ?? 0) + (d.length ?? 0)));

  it('compiles the probe without errors', () => {
    expect(service.getSemanticDiagnostics(probe).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  });

  it('marks subscriptions.listImported deprecated (and nothing else of the probe)', () => {
    expect(deprecations()).toEqual(['listImported']);
  });

  it("the deprecation's text says what to use instead", () => {
    const at = source.indexOf('listImported') + 1;
    const tags = service.getQuickInfoAtPosition(probe, at)?.tags ?? [];
    const text = tags.find((tag) => tag.name === 'deprecated')?.text?.map((part) => part.text).join('');
    expect(text).toMatch(/GET \/v1\/customers\/\{uuid\}\/subscriptions/);
  });
});
