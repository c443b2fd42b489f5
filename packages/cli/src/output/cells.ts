import { toJson } from './to-json.js';

/** A value as one cell of a table or CSV: scalars as text, nested values as JSON, nothing for null. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return toJson(value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The columns of a list: the first item's keys (a list of scalars gets one column, `value`). */
export function columnsOf(first: unknown): string[] {
  return isRecord(first) ? Object.keys(first) : ['value'];
}

/** One item's values in column order. */
export function rowOf(item: unknown, columns: readonly string[]): unknown[] {
  return isRecord(item) ? columns.map((column) => item[column]) : [item];
}
