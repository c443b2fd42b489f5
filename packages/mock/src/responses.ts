import { HttpResponse } from 'msw';

/** ChartMogul's error body: `{ code, message }` with an HTTP status to match. */
export function errorResponse(status: number, message: string, extra: Record<string, unknown> = {}): Response {
  return HttpResponse.json({ code: status, message, ...extra }, { status });
}

export function unauthorized(): Response {
  return errorResponse(401, 'No valid API key provided', { error: 'Unauthorized' });
}
