import { expect, it } from 'vitest';
import type { ChartMogulClient } from '../../src/index.js';
import { type captureRequests, testClient } from './capture.js';
import { expectRequest } from './expect-request.js';

/** One operation called the typical way, and what must reach the wire. */
export interface WireCase {
  /** The row's id, e.g. `plans.create`. */
  operation: string;
  call: (client: ChartMogulClient) => PromiseLike<unknown>;
  method: string;
  /** The path as sent (percent-encoded). */
  path: string;
  /** The whole query, decoded; `{}` when none. */
  query?: Record<string, string>;
  /** The JSON body; `undefined` when none is sent. */
  body?: unknown;
  /** What the server answers (and so what the call must resolve to); `undefined` = empty 204. */
  reply?: unknown;
}

/** One test per case: the exact request on the wire, and the awaited value equal to the server's answer. */
export function itSendsOnTheWire(wire: ReturnType<typeof captureRequests>, cases: readonly WireCase[]): void {
  for (const c of cases) {
    it(`${c.operation}: ${c.method} ${c.path}`, async () => {
      if (c.reply === undefined) wire.reply(undefined, 204);
      else wire.reply(c.reply);
      const result = await c.call(testClient());
      expect(wire.requests).toHaveLength(1);
      expectRequest(wire.last(), { method: c.method, path: c.path, query: c.query, body: c.body });
      expect(result).toEqual(c.reply);
    });
  }
}
