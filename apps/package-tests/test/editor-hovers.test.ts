// What an editor shows a user of the built packages for every method of the client, through the
// TypeScript language service, with bundler and node16 resolution: the hover, the signature help and
// the completion details name the method's path parameters, its params type and its result type as
// the operations table names them, with @param and @example, and none of the machinery the
// declarations are made with. The expectations come from the table (core's scripts/lib/signatures.mjs),
// not from the generated file they check.
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ExpectedSignature, expectedSignatures } from '../../../packages/core/scripts/lib/signatures.mjs';
import { hoverAt, RESOLUTIONS, type Resolution, type Scratch, scratchFile } from '../src/language-service.js';
import { suiteDir } from '../src/workspace.js';

/** Names of the helpers the declarations were once made of: none may reach what a user reads. */
const MACHINERY = [
  'ParamsOf',
  'ResultOf',
  'Operation<',
  'OperationSpec',
  'OperationMethod',
  'PageOf<',
  'ItemsOf<',
  'Table[',
  'typeof operationTree',
  'readonly method',
];

let signatures: ExpectedSignature[];
beforeAll(() => {
  signatures = expectedSignatures();
}, 120_000);

/** One scratch file with, per method, a reference (hover, completion) and a call (signature help). */
function scratchFor(resolution: Resolution) {
  let text = "import { ChartMogul } from '@chartmogul-kit/node';\nconst cm = new ChartMogul({ apiKey: 'key' });\n";
  const at = new Map<string, { member: number; name: string; call: number }>();
  for (const { id } of signatures) {
    const owner = `cm.${id.split('.').slice(0, -1).concat('').join('.')}`;
    const name = id.split('.').at(-1) as string;
    const member = text.length + `void ${owner}`.length;
    text += `void ${owner}${name};\n`;
    const call = text.length + `${owner}${name}(`.length;
    text += `${owner}${name}();\n`;
    at.set(id, { member, name, call });
  }
  return { scratch: scratchFile(suiteDir, text, resolution), at };
}

describe.each(Object.keys(RESOLUTIONS) as Resolution[])('the editor, %s resolution', (resolution) => {
  let scratch: Scratch;
  let at: Map<string, { member: number; name: string; call: number }>;
  beforeAll(() => {
    ({ scratch, at } = scratchFor(resolution));
  }, 120_000);

  it('resolves the package (the scratch file has no error but the calls without arguments)', () => {
    // TS2554/TS2555: the calls made for signature help leave out required arguments on purpose.
    const errors = scratch
      .diagnostics()
      .filter((message) => !/^Expected (at least )?\d+(-\d+)? arguments?, but got 0\.$/.test(message));
    expect(errors).toEqual([]);
  });

  it('hovers name the params and result types of every method, with @param and @example, and no helper names', () => {
    expect(signatures.length).toBeGreaterThan(100);
    for (const signature of signatures) {
      const { member, name } = at.get(signature.id) as { member: number; name: string };
      const hover = hoverAt(scratch, member + name.length);
      for (const part of signature.params) expect(hover.text, signature.id).toContain(part);
      expect(hover.text, signature.id).toContain(`): ${signature.returns}`);
      for (const helper of MACHINERY) expect(hover.text, `${signature.id} shows ${helper}`).not.toContain(helper);
      for (const param of signature.paramNames)
        expect(
          hover.tags.some((tag) => tag.startsWith(`param ${param} `)),
          `${signature.id} @param ${param}`,
        ).toBe(true);
      expect(hover.tags.find((tag) => tag.startsWith('example'))?.replace(/\s+/g, ' '), signature.id).toContain(
        `await cm.${signature.id}(`,
      );
      expect(hover.doc, signature.id).toContain('API reference');
    }
  });

  it('signature help and completion details read the same', () => {
    for (const signature of signatures) {
      const { member, name, call } = at.get(signature.id) as { member: number; name: string; call: number };
      const help = scratch.service.getSignatureHelpItems(scratch.fileName, call, undefined);
      const item = help?.items[0];
      expect(item, signature.id).toBeDefined();
      const shown = [
        item?.prefixDisplayParts,
        ...(item?.parameters ?? []).map((p) => p.displayParts),
        item?.suffixDisplayParts,
      ]
        .map((parts) => ts.displayPartsToString(parts))
        .join(' ');
      for (const part of signature.params) expect(shown, signature.id).toContain(part);
      expect(shown, signature.id).toContain(signature.returns);
      const details = scratch.service.getCompletionEntryDetails(
        scratch.fileName,
        member,
        name,
        undefined,
        undefined,
        undefined,
        undefined,
      );
      const detail = ts.displayPartsToString(details?.displayParts);
      for (const part of signature.params) expect(detail, signature.id).toContain(part);
      for (const helper of [...MACHINERY])
        expect(`${shown} ${detail}`, `${signature.id} shows ${helper}`).not.toContain(helper);
    }
  });
});
