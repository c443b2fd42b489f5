// What each method's declaration must say, from the operations table alone: its path parameters,
// its params type and its result type by the names the row gives them. The language-service test
// (apps/package-tests/test/editor-hovers.test.ts) checks the built packages' hovers against it.
import { loadTable } from './table.mjs';
import { pathParams } from './render-methods.mjs';

export function expectedSignatures() {
  const { rows } = loadTable();
  return rows.map((row) => {
    const parts = pathParams(row.path).map((p) => `${p.name}: ${p.type}`);
    if (!row.noParams) parts.push(`params${row.paramsRequired ? '' : '?'}: ${row.paramsNode.getText()}`);
    parts.push('options?: RequestOptions');
    const result = row.resultNode.getText();
    return {
      id: row.id,
      params: parts,
      paramNames: parts.map((part) => part.split(/\??:/)[0]),
      returns: row.pagingItems ? `PagePromise<${result}, ` : `APIPromise<${result}>`,
    };
  });
}
