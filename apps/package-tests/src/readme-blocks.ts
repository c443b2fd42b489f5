import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './workspace.js';

/**
 * The code block after `<!-- <tag>: <name> -->` in README.md, as a user copies it: the tests
 * that follow the README run these blocks, so a README that stops working fails them.
 */
export function readmeBlock(tag: string, name: string): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const marker = `<!-- ${tag}: ${name} -->\n`;
  const at = readme.indexOf(marker);
  if (at === -1) throw new Error(`README.md has no ${marker.trim()} before a code block`);
  const block = /^```[a-z]*\n([\s\S]*?)^```$/m.exec(readme.slice(at + marker.length));
  if (!block || readme.slice(at + marker.length).indexOf('```') !== 0)
    throw new Error(`README.md: ${marker.trim()} is not followed by a code block`);
  return block[1] as string;
}

/** A block's commands, one a line, split on spaces (the README's setup commands quote nothing). */
export function commandsOf(block: string): string[][] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split(/\s+/));
}
