import { PagingError, type PagingFault } from '../errors/paging-error.js';
import type { PageBody } from './page.js';

/** Empty pages in a row that say `has_more: true` before the walk stops: a server may skip a few, not for ever. */
export const MAX_EMPTY_PAGES = 3;
/** Cursors remembered per walk (the oldest forgotten first): bounded memory on a walk of any length. */
export const MAX_REMEMBERED_CURSORS = 10_000;

/** One walk through a list, from its first page: shared by the pages that follow it. */
export interface Walk {
  /** `GET /v1/customers`, for the error. */
  readonly what: string;
  readonly itemsKey: string;
  /** Each cursor followed, with the page that gave it first. */
  readonly cursors: Map<string, number>;
}

/**
 * Where a page sits in its walk. Kept per page, not per walk, so that calling `nextPage()` twice
 * on one page is no repeat: each following page is checked against its own past.
 */
export interface Position {
  readonly walk: Walk;
  /** Counting from 1. */
  readonly index: number;
  /** Empty pages with `has_more: true` in a row, this one included. */
  readonly emptyRun: number;
  /**
   * The cursor given at the last page whose index is a power of two (Brent's cycle detection): a
   * cycle longer than the cursors remembered still comes back to it, with no memory per page.
   */
  readonly checkpoint: string | undefined;
  /** The cursor of the following page; `undefined` after the last. */
  readonly next: string | undefined;
}

export function startWalk(what: string, itemsKey: string): Walk {
  return { what, itemsKey, cursors: new Map() };
}

/**
 * Checks a page as it arrives after `previous` (`undefined`: the first page) and gives its place in
 * the walk; throws `PagingError` when it is no page, or when following it would never end. Strict:
 * only `has_more: true` (the boolean) goes on; `"false"` is a malformed page, not a true value.
 */
export function placePage(body: unknown, walk: Walk, previous: Position | undefined): Position {
  const index = (previous?.index ?? 0) + 1;
  const stop = (reason: PagingFault, said: string) => new PagingError({ reason, what: walk.what, page: index, said });
  const page = (body ?? {}) as PageBody;
  const items = page[walk.itemsKey];
  const { has_more: hasMore, cursor } = page;
  if (typeof body !== 'object' || !Array.isArray(items)) {
    throw stop('malformed-page', `${shown(body)}, not a page with an "${walk.itemsKey}" array`);
  }
  if (hasMore !== undefined && typeof hasMore !== 'boolean') throw stop('malformed-page', `has_more: ${shown(hasMore)}, not true or false`);
  const at = { walk, index, checkpoint: previous?.checkpoint };
  if (hasMore !== true) return { ...at, emptyRun: 0, next: undefined };
  if (typeof cursor !== 'string' || !cursor) throw stop('malformed-page', 'has_more: true without a cursor');
  const emptyRun = items.length ? 0 : (previous?.emptyRun ?? 0) + 1;
  if (emptyRun > MAX_EMPTY_PAGES) throw stop('empty-pages', `${emptyRun} empty pages in a row, each saying has_more: true`);
  const first = walk.cursors.get(cursor) ?? (cursor === at.checkpoint ? 0 : index);
  if (first < index) throw stop('repeated-cursor', `a cursor it had sent ${first ? `at page ${first}` : 'before'} (a cycle)`);
  remember(walk.cursors, cursor, index);
  return { ...at, emptyRun, next: cursor, checkpoint: index & (index - 1) ? at.checkpoint : cursor };
}

function remember(cursors: Map<string, number>, cursor: string, index: number): void {
  if (cursors.has(cursor)) return;
  if (cursors.size >= MAX_REMEMBERED_CURSORS) cursors.delete(cursors.keys().next().value as string);
  cursors.set(cursor, index);
}

/** A value from the server, quoted short: it may be anything. */
function shown(value: unknown): string {
  return JSON.stringify(value)?.slice(0, 40) ?? 'nothing';
}
