/**
 * Appends by copying into an array of the exact size. `push` on a small array reserves room
 * for 16 more items; a seeded account has half a million one- or two-item arrays (an
 * invoice's line items and transactions), where that slack would be most of their memory.
 */
export function append<T>(list: readonly T[], item: T): T[] {
  const copy = new Array<T>(list.length + 1);
  for (let i = 0; i < list.length; i++) copy[i] = list[i] as T;
  copy[list.length] = item;
  return copy;
}
