import { NotFoundError } from '../errors/status-errors.js';
import type { OperationSpec } from '../operations/operation.js';
import type { PageBody } from './page.js';

/**
 * For rows marked `notFoundIsEmpty` (a search): a 404 becomes the empty page it means, with
 * nothing after it. Every other failure, and every other row's 404, stays an error.
 */
export function emptyOnNotFound(operation: OperationSpec, itemsKey: string, page: Promise<PageBody>): Promise<PageBody> {
  if (!operation.notFoundIsEmpty) return page;
  return page.catch((error: unknown) => {
    if (error instanceof NotFoundError) return { [itemsKey]: [], has_more: false, cursor: null };
    throw error;
  });
}
