import { HttpResponse } from 'msw';

/** ChartMogul's error body for authentication and unknown routes: `{ code, message, param }`. */
export function errorResponse(status: number, message: string, extra: Record<string, unknown> = {}): Response {
  return HttpResponse.json({ code: status, message, param: null, ...extra }, { status });
}

/** Exactly what the API answers without a valid key (recorded in chartmogul-ruby's fixtures). */
export function unauthorized(): Response {
  return errorResponse(401, 'No valid API key provided');
}
