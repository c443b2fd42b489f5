import type { BuiltRequest } from '../../src/request/build-request.js';
import type { Timing } from '../../src/pipeline/timing.js';
import { TransportFailure, type Transport, type TransportRequest } from '../../src/transport/transport.js';

/** One step of a scripted transport: a response, a network failure, or an attempt that never answers. */
export type Step =
  | { status: number; headers?: Record<string, string>; body?: unknown }
  | { fail: 'refused' | 'reset' }
  | 'hang';

/** A transport that plays `steps` in order, one per attempt, and records every request it got. */
export function scriptedTransport(steps: Step[]): Transport & { calls: TransportRequest[] } {
  const calls: TransportRequest[] = [];
  const transport = async (request: TransportRequest) => {
    calls.push(request);
    const step = steps[calls.length - 1];
    if (step === undefined) throw new Error(`unexpected attempt ${calls.length}`);
    if (step === 'hang') {
      return new Promise<never>((_, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
      });
    }
    if ('fail' in step) {
      throw step.fail === 'refused'
        ? new TransportFailure('connect ECONNREFUSED 127.0.0.1:1', { code: 'ECONNREFUSED', requestSent: false })
        : new TransportFailure('other side closed', { code: 'UND_ERR_SOCKET', requestSent: true });
    }
    const body = step.body === undefined ? '' : typeof step.body === 'string' ? step.body : JSON.stringify(step.body);
    return { status: step.status, headers: new Headers(step.headers), body };
  };
  return Object.assign(transport, { calls });
}

/** Timing that never waits: records the delays asked for and runs `onSleep` (e.g. to abort) during each. */
export function instantTiming(options: { random?: number; now?: number; onSleep?: (ms: number) => void } = {}) {
  const sleeps: number[] = [];
  let now = options.now ?? Date.UTC(2026, 0, 1);
  const timing: Timing = {
    now: () => now,
    random: () => options.random ?? 0.5,
    async sleep(ms) {
      sleeps.push(ms);
      now += ms;
      options.onSleep?.(ms);
    },
  };
  return { timing, sleeps, advance: (ms: number) => (now += ms) };
}

export function request(method: BuiltRequest['method'], path = '/v1/things/thg_1'): BuiltRequest {
  return {
    method,
    url: `https://api.chartmogul.test${path}`,
    headers: { accept: 'application/json', authorization: 'Basic c2VjcmV0LWtleTo=' },
    ...(method === 'GET' || method === 'DELETE' ? {} : { body: '{"name":"x"}' }),
  };
}
