import { expect, it } from 'vitest';
import type { ChartMogulClient } from '../../src/index.js';
import { type captureRequests, testClient } from './capture.js';

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
  /**
   * Set when code outside the rows sends this call wrong today: the case then runs as
   * `it.fails`, so it turns red (and must lose this mark) once that code is fixed.
   */
  knownIssue?: string;
}

/** buildRequest returns `{}` for omitted params without running the row's `prepare`. */
export const NO_PARAMS_SKIPS_PREPARE = 'buildRequest skips prepare when params are omitted';

/** One test per case: the exact request on the wire, and the awaited value equal to the server's answer. */
export function itSendsOnTheWire(wire: ReturnType<typeof captureRequests>, cases: readonly WireCase[]): void {
  for (const c of cases) {
    const test = c.knownIssue ? it.fails : it;
    const name = `${c.operation}: ${c.method} ${c.path}${c.knownIssue ? ` (known issue: ${c.knownIssue})` : ''}`;
    test(name, async () => {
      if (c.reply === undefined) wire.reply(undefined, 204);
      else wire.reply(c.reply);
      const result = await c.call(testClient());
      expect(wire.requests).toHaveLength(1);
      const request = wire.last();
      expect(request.method).toBe(c.method);
      expect(request.path).toBe(c.path);
      expect(request.query).toEqual(c.query ?? {});
      if (c.body === undefined) {
        expect(request.rawBody).toBe('');
        expect(request.headers.get('content-type')).toBeNull();
      } else {
        expect(request.body).toEqual(c.body);
        expect(request.headers.get('content-type')).toBe('application/json');
      }
      expect(result).toEqual(c.reply);
    });
  }
}

/** Every row id found in a subtree, with the path it sits at. */
export function rowPaths(tree: object, prefix: string): Array<{ at: string; id: unknown }> {
  return Object.entries(tree).flatMap(([name, node]) => {
    const at = `${prefix}.${name}`;
    return typeof node.method === 'string' ? [{ at, id: node.id }] : rowPaths(node, at);
  });
}
