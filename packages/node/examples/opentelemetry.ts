import type { Hooks, HookEvent } from '@chartmogul-kit/node';
import { type Span, SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';

/** Hooks that make one OpenTelemetry client span per attempt of every ChartMogul call. */
export function openTelemetryHooks(tracer: Tracer): Hooks {
  // An attempt's events share its call's id and its attempt number.
  const spans = new Map<string, Span>();
  const key = (event: HookEvent) => `${event.callId}/${event.attempt}`;

  function end(event: HookEvent, status: number | undefined, error?: unknown): void {
    const span = spans.get(key(event));
    if (!span) return; // onError after a retry's onRetry: that attempt's span has ended
    spans.delete(key(event));
    if (status !== undefined) span.setAttribute('http.response.status_code', status);
    if (error !== undefined) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : undefined });
    }
    span.end();
  }

  return {
    onRequest(event) {
      const span = tracer.startSpan(`chartmogul ${event.operation}`, {
        kind: SpanKind.CLIENT,
        attributes: {
          'http.request.method': event.method,
          'url.full': event.url, // without the query: it may hold customers' e-mail addresses
          'http.request.resend_count': event.attempt - 1,
          'chartmogul.operation': event.operation,
        },
      });
      spans.set(key(event), span);
    },
    onResponse: (event) => end(event, event.status),
    onRetry: (event) => end(event, event.status, event.error),
    onError: (event) => end(event, event.status, event.error),
  };
}
