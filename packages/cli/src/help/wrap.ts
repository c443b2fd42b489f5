/** Breaks `text` into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  if (current !== '') lines.push(current);
  return lines.length > 0 ? lines : [''];
}

/** `  name      description` rows, the description wrapped and aligned after the names. */
export function definitionList(rows: readonly (readonly [string, string])[], width: number): string {
  const nameWidth = Math.min(Math.max(...rows.map(([name]) => name.length)), 34);
  const textWidth = Math.max(width - nameWidth - 4, 30);
  return rows
    .map(([name, text]) => {
      const [first = '', ...rest] = wrap(text, textWidth);
      const head = name.length > nameWidth ? `  ${name}\n  ${' '.repeat(nameWidth)}  ${first}` : `  ${name.padEnd(nameWidth)}  ${first}`;
      return [head.trimEnd(), ...rest.map((line) => `  ${' '.repeat(nameWidth)}  ${line}`)].join('\n');
    })
    .join('\n');
}
