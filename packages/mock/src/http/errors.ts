/**
 * ChartMogul's error bodies. The API grew over the years and its endpoints answer errors in
 * three shapes; the mock uses the one each family uses on the real service (as recorded in
 * the official libraries' test fixtures):
 *
 * - `{ code, message, param }`: authentication, customers (enrichment), CRM records
 *   (contacts, notes, opportunities, tasks), metrics and activities, bad query parameters.
 * - `{ errors: { field: message } }`: Import API validation (data sources, customers,
 *   plans, invoices, subscription events); `{ error: "Data source not found" }` for their 404s.
 * - `{ error, error_details: [{ param, code, message }] }`: the newer invoice, line item
 *   and transaction endpoints.
 * - `{ field: [messages], error_details: [{ param, code, message }] }`: plan groups (recorded 2023).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

/** `{ code, message, param }`. */
export function apiError(status: number, message: string, param: string | null = null): HttpError {
  return new HttpError(status, { code: status, message, param });
}

/** `{ errors: { field: message } }`, the Import API's validation failure. */
export function fieldErrors(errors: Record<string, string>, status = 422): HttpError {
  return new HttpError(status, { errors });
}

/** `{ error: "<Resource> not found" }`, the Import API's 404. */
export function importNotFound(resource: string): HttpError {
  return new HttpError(404, { error: `${resource} not found` });
}

/** `{ error, error_details }`, the newer invoice-family endpoints' error. */
export function detailedError(status: number, message: string, param: string, code = 'invalid'): HttpError {
  return new HttpError(status, { error: message, error_details: [{ param, code, message }] });
}

/** 400 for a missing query parameter, worded as the API words it. */
export function missingParameter(param: string): HttpError {
  return apiError(400, `Parameter "${param}" is missing`, param);
}

export interface ErrorDetail {
  param: string;
  code: string;
  message: string;
}

/**
 * `{ name: ["Name can't be blank"], ..., error_details: [{ param, code, message }] }`: each
 * field's messages under its name, then every problem in detail (plan groups, recorded 2023).
 */
export function modelErrors(details: readonly ErrorDetail[], status = 422): HttpError {
  const body: Record<string, unknown> = {};
  for (const { param, message } of details) body[param] = [...((body[param] as string[] | undefined) ?? []), message];
  body.error_details = details;
  return new HttpError(status, body);
}
