import { NotFoundError } from '../errors/status-errors.js';
import type { OperationSpec } from '../operations/operation.js';
import type { WithResponse } from '../pipeline/api-promise.js';
import type { PageBody } from './page.js';

/**
 * For rows marked `notFoundIsEmpty` (a search): a 404 becomes the empty page it means, with
 * nothing after it; `withResponse()` still shows the 404 that said so. Every other failure, and
 * every other row's 404, stays an error.
 */
export function emptyOnNotFound(
  operation: OperationSpec,
  itemsKey: string,
  page: Promise<WithResponse<PageBody>>,
): Promise<WithResponse<PageBody>> {
  if (!operation.notFoundIsEmpty) return page;
  return page.catch((error: unknown) => {
    if (!(error instanceof NotFoundError)) throw error;
    const { status, headers, requestId } = error;
    return { data: { [itemsKey]: [], has_more: false, cursor: null }, response: { status, headers, requestId } };
  });
}
