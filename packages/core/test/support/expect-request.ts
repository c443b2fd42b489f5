import { expect } from 'vitest';
import type { CapturedRequest } from './capture.js';

export interface ExpectedRequest {
  method: string;
  /** The path as sent, still percent-encoded. */
  path: string;
  /** Every query parameter; omitted = none. */
  query?: Record<string, string>;
  /** The JSON body; omitted = no body at all. */
  body?: unknown;
}

/** Asserts a request is exactly the expected one on the wire: method, path, query and JSON body. */
export function expectRequest(request: CapturedRequest, expected: ExpectedRequest): void {
  expect({ method: request.method, path: request.path, query: request.query, body: request.body }).toEqual({
    method: expected.method,
    path: expected.path,
    query: expected.query ?? {},
    body: expected.body,
  });
  if (expected.body === undefined) {
    expect(request.rawBody).toBe('');
    expect(request.headers.get('content-type')).toBeNull();
  } else {
    expect(request.headers.get('content-type')).toBe('application/json');
  }
}
