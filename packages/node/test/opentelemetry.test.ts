// The OpenTelemetry example of docs/opentelemetry.md (examples/opentelemetry.ts, embedded there
// word for word) run with the SDK's in-memory exporter against the local ChartMogul.
import { createHandlers, FaultController, withFaults } from '@chartmogul-kit/mock';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { openTelemetryHooks } from '../examples/opentelemetry.js';
import { ChartMogul, NotFoundError } from '../src/index.js';
import { API_KEY, BASE_URL, LEAK_FORMS } from './support.js';

const faults = new FaultController();
const server = setupServer(...withFaults(createHandlers({ apiKeys: [API_KEY] }), faults));
const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  exporter.reset();
  faults.clear();
});
afterAll(() => server.close());

const client = () =>
  new ChartMogul({
    apiKey: API_KEY,
    baseURL: BASE_URL,
    logLevel: 'off',
    hooks: openTelemetryHooks(provider.getTracer('test')),
  });

it('makes a client span per call, named by the operation, with the method, URL and status', async () => {
  await client().ping();
  const [span, ...more] = exporter.getFinishedSpans();
  expect(more).toEqual([]);
  expect(span?.name).toBe('chartmogul ping');
  expect(span?.kind).toBe(SpanKind.CLIENT);
  expect(span?.attributes).toEqual({
    'http.request.method': 'GET',
    'url.full': `${BASE_URL}/v1/ping`,
    'http.request.resend_count': 0,
    'chartmogul.operation': 'ping',
    'http.response.status_code': 200,
  });
  expect(span?.status.code).toBe(SpanStatusCode.UNSET);
});

it('makes a span per attempt: a retried call shows the failed attempt, then the one that answered', async () => {
  faults.next('503;retry-after=0');
  await client().customers.list({ per_page: 1 });
  const spans = exporter.getFinishedSpans();
  expect(
    spans.map((span) => [
      span.name,
      span.attributes['http.response.status_code'],
      span.attributes['http.request.resend_count'],
    ]),
  ).toEqual([
    ['chartmogul customers.list', 503, 0],
    ['chartmogul customers.list', 200, 1],
  ]);
  expect(spans[0]?.status.code).toBe(SpanStatusCode.ERROR);
  expect(spans[0]?.events.map((event) => event.name)).toEqual(['exception']);
});

it('marks a failed call as an error with the exception, and no span holds the key', async () => {
  await expect(client().customers.retrieve('cus_missing')).rejects.toBeInstanceOf(NotFoundError);
  const [span] = exporter.getFinishedSpans();
  expect(span?.attributes['http.response.status_code']).toBe(404);
  expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message: 'NotFoundError' });
  expect(span?.events[0]?.attributes?.['exception.type']).toBe('NotFoundError');
  const shown = JSON.stringify(
    exporter.getFinishedSpans().map((s) => ({ attributes: s.attributes, events: s.events })),
  );
  for (const leak of LEAK_FORMS) expect(shown).not.toContain(leak);
});
