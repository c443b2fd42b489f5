import { getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import { errorResponse } from '../responses.js';

/** What the meter saw: requests, the most in flight at once, the most started in any window. */
export interface LoadStats {
  requests: number;
  maxInFlight: number;
  /** The most requests that arrived in any `windowMs` (sliding, from each arrival). */
  maxStartsPerWindow: number;
  windowMs: number;
}

/**
 * Counts what reaches the local ChartMogul, from however many processes or Workers: the most
 * requests in flight at once and the most that arrived in any window. It is how the tests of a
 * shared limiter see the account's load as the API would, not as each client believes it is.
 */
export class LoadMeter {
  readonly #arrivals: number[] = [];
  readonly #now: () => number;
  #inFlight = 0;
  #maxInFlight = 0;

  constructor(now: () => number = () => performance.now()) {
    this.#now = now;
  }

  /** A request arrived; call the returned function when it is answered. */
  enter(): () => void {
    this.#arrivals.push(this.#now());
    this.#inFlight += 1;
    this.#maxInFlight = Math.max(this.#maxInFlight, this.#inFlight);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.#inFlight -= 1;
    };
  }

  stats(windowMs = 1_000): LoadStats {
    let most = 0;
    let first = 0;
    for (let last = 0; last < this.#arrivals.length; last++) {
      while ((this.#arrivals[last] as number) - (this.#arrivals[first] as number) >= windowMs) first++;
      most = Math.max(most, last - first + 1);
    }
    return { requests: this.#arrivals.length, maxInFlight: this.#maxInFlight, maxStartsPerWindow: most, windowMs };
  }

  clear(): void {
    this.#arrivals.length = 0;
    this.#maxInFlight = this.#inFlight;
  }
}

/**
 * Puts the meter in front of `handlers`: every request is counted, held `latencyMs` (the API's
 * own time, so that requests overlap as they do against ChartMogul), then answered by `handlers`.
 * `GET /__mock/load?window=1000` answers the meter's statistics, for a test in another process.
 */
export function withLoadMeter(handlers: readonly RequestHandler[], meter: LoadMeter, options: { latencyMs?: number } = {}): RequestHandler[] {
  const inner = [...handlers];
  const latencyMs = options.latencyMs ?? 0;
  return [
    http.get('*/__mock/load', ({ request }) => HttpResponse.json(meter.stats(Number(new URL(request.url).searchParams.get('window') ?? 1_000)))),
    http.all('*', async ({ request }) => {
      const leave = meter.enter();
      try {
        if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
        return (await getResponse(inner, request)) ?? errorResponse(404, `No route for ${request.method} ${new URL(request.url).pathname}`);
      } finally {
        leave();
      }
    }),
  ];
}
