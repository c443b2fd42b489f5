import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { expect, it } from 'vitest';

const dir = new URL('../../src/types/', import.meta.url);

/** `file:line Owner.field` of every property signature without a JSDoc comment. */
function undocumentedFields(): { fields: number; missing: string[] } {
  const missing: string[] = [];
  let fields = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(new URL(file, dir), 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertySignature(node)) {
        fields += 1;
        if (ts.getJSDocCommentsAndTags(node).length === 0) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          missing.push(`${file}:${line} ${node.name.getText()}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { fields, missing };
}

// A hover on a field is where a user reads what it means: every field of every public type says it.
it('every field of the public types in src/types has a doc comment', () => {
  const { fields, missing } = undocumentedFields();
  expect(fields).toBeGreaterThan(500);
  expect(missing).toEqual([]);
});
