import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const doc = readFileSync(fileURLToPath(new URL('../../../../docs/edge.md', import.meta.url)), 'utf8');

/** The code block after `<!-- local: <name> -->` in docs/edge.md: the recipes the tests run as written. */
export function edgeDocBlock(name: string): string {
  const marker = `<!-- local: ${name} -->\n`;
  const at = doc.indexOf(marker);
  if (at === -1) throw new Error(`docs/edge.md has no ${marker.trim()}`);
  const block = /^```[a-z]*\n([\s\S]*?)^```$/m.exec(doc.slice(at + marker.length));
  if (block?.index !== 0) throw new Error(`docs/edge.md: ${marker.trim()} is not followed by a code block`);
  return (block as RegExpExecArray)[1] as string;
}

/** The local ChartMogul's key and URL in place of the docs' `<key>` and `http://127.0.0.1:<port>`. */
export function fillIn(text: string, key: string, url: string): string {
  return text.replaceAll('<key>', key).replaceAll('http://127.0.0.1:<port>', url);
}
