// The TypeScript language service over one scratch file that is never written to disk: what an
// editor shows a user of the packages (hover, signature help, completion details, go-to-definition),
// with the file placed in `dir` so that its imports resolve from `dir/node_modules` as a user's do.
import { join } from 'node:path';
import ts from 'typescript';

export type Resolution = 'bundler' | 'node16';

export const RESOLUTIONS: Record<Resolution, ts.CompilerOptions> = {
  bundler: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
  node16: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 },
};

export interface Scratch {
  readonly service: ts.LanguageService;
  readonly fileName: string;
  /** The offset just after the first occurrence of `marker` at or after `from`. */
  after(marker: string, from?: number): number;
  /** Errors of the scratch file, to be sure it compiles before its hovers are read. */
  diagnostics(): string[];
}

/** A language service for `text`, as `dir/<name>.mts` (an ES module), or `.cts` (CommonJS: node16 resolves `require`). */
export function scratchFile(dir: string, text: string, resolution: Resolution, format: 'esm' | 'cjs' = 'esm'): Scratch {
  const fileName = join(dir, `editor-scratch-${resolution}.${format === 'esm' ? 'mts' : 'cts'}`);
  const options: ts.CompilerOptions = {
    ...RESOLUTIONS[resolution],
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    strict: true,
    types: [],
    noEmit: true,
  };
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [fileName],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const content = name === fileName ? text : ts.sys.readFile(name);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => dir,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name === fileName || ts.sys.fileExists(name),
    readFile: (name) => (name === fileName ? text : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  return {
    service,
    fileName,
    after(marker, from = 0) {
      const at = text.indexOf(marker, from);
      if (at === -1) throw new Error(`${marker} is not in the scratch file`);
      return at + marker.length;
    },
    diagnostics() {
      return [...service.getSyntacticDiagnostics(fileName), ...service.getSemanticDiagnostics(fileName)].map((d) =>
        ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      );
    },
  };
}

/** The hover of the name that ends at `position`: `(method) CustomersNamespace.create(params: ...): ...`. */
export function hoverAt(scratch: Scratch, position: number): { text: string; tags: string[]; doc: string } {
  const info = scratch.service.getQuickInfoAtPosition(scratch.fileName, position - 1);
  if (!info) throw new Error(`no hover at ${position}`);
  return {
    text: ts.displayPartsToString(info.displayParts),
    tags: (info.tags ?? []).map((tag) => `${tag.name} ${ts.displayPartsToString(tag.text)}`),
    doc: ts.displayPartsToString(info.documentation),
  };
}
