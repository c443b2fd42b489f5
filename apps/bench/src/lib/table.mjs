// A plain-text table: columns sized to their widest cell, a rule under the header.
export function renderTable(header, rows) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => String(row[i] ?? '').length)));
  const line = (row) => row.map((cell, i) => String(cell ?? '').padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
export const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a');
export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
export const met = (ok) => (ok ? 'met' : 'NOT met');
