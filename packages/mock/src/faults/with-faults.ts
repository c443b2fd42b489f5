import { getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import { errorResponse } from '../responses.js';
import { type Admission, FaultController, type FaultOptions } from './fault-controller.js';
import { faultResponse } from './fault-response.js';

/**
 * Wraps the local ChartMogul's handlers with the fault layer: every request first asks the
 * controller whether to misbehave, and only then (if at all) reaches `handlers`.
 *
 * Also serves a control endpoint, for tests in another process or runtime (Deno, workerd):
 * `POST /__mock/faults {"next": ["503", "reset-during-body"]}` queues faults, `{"clear": true}`
 * empties the queue; `GET /__mock/faults` answers the statistics.
 */
export function withFaults(handlers: readonly RequestHandler[], faults: FaultController | FaultOptions = {}): RequestHandler[] {
  const controller = faults instanceof FaultController ? faults : new FaultController(faults);
  const inner = [...handlers];
  return [
    http.get('*/__mock/faults', () => HttpResponse.json({ queued: controller.queued, ...controller.stats })),
    http.post('*/__mock/faults', async ({ request }) => {
      let command: { next?: unknown; clear?: unknown };
      try {
        command = (await request.json()) as typeof command;
        if (command.clear === true) controller.clear();
        if (command.next !== undefined) {
          if (!Array.isArray(command.next)) throw new Error('"next" must be an array of fault specs.');
          controller.next(...(command.next as string[]));
        }
      } catch (error) {
        return errorResponse(400, error instanceof Error ? error.message : String(error));
      }
      return HttpResponse.json({ queued: controller.queued, ...controller.stats });
    }),
    http.all('*', async ({ request }) => {
      let admission: Admission;
      try {
        admission = controller.admit(request);
      } catch (error) {
        return errorResponse(400, error instanceof Error ? error.message : String(error));
      }
      const answer = async () =>
        (await getResponse(inner, request)) ?? errorResponse(404, `No route for ${request.method} ${new URL(request.url).pathname}`);
      try {
        if (!admission.fault) return await answer();
        return await faultResponse(admission.fault, answer, {
          limit: admission.source === 'limit',
          now: controller.now(),
          acceptsGzip: /\bgzip\b/.test(request.headers.get('accept-encoding') ?? ''),
        });
      } finally {
        admission.release();
      }
    }),
  ];
}
