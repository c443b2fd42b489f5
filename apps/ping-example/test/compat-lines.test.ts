// The demo's compat lines name the error the snippet's `.catch` printed, with its status, the same
// on every runtime, whatever else each runtime's console or workerd's own log put around it.
import { expect, it } from 'vitest';
import { compatLineOf } from '../src/runtimes.mjs';

const NODE_401 = `ForbiddenError: Unauthorized
    at toOfficialError (/kit/packages/compat/dist/index.cjs:1:2)
    at async Ping.ping (/kit/packages/compat/dist/index.cjs:3:4) {
  httpStatus: 401,
  response: { code: 401, message: 'No valid API key provided', param: null }
}
`;
// Bun shows the source line around the throw first: its words are not the error.
const BUN_UNREACHABLE = `12 |     if (error instanceof ChartMogulError) throw error;
                                                         ^
ChartMogulError: Could not reach ChartMogul for GET /v1/ping: getaddrinfo ENOTFOUND api.chartmogul.com.
 httpStatus: undefined,
   response: undefined,
      at /kit/packages/compat/dist/index.cjs:12:45
`;
// workerd logs its own internal error before the Worker's answer, which run.mjs prints last.
const WORKERD_UNREACHABLE = `workerd/jsg/util.c++:331: info: exception = workerd/io/io-context.c++:123: failed: remote.jsg.Error: internal error
jsgInternalError; wdErrId = 4f1c2a
ConnectionError (undefined): Could not reach ChartMogul for GET /v1/ping: internal error; reference = abc. Check the network and any proxy.
`;

it.each([
  ['compat/node', NODE_401, 'compat/node: ForbiddenError (401): Unauthorized'],
  ['compat/workers', 'ForbiddenError (401): Unauthorized\n', 'compat/workers: ForbiddenError (401): Unauthorized'],
  [
    'compat/bun',
    BUN_UNREACHABLE,
    'compat/bun: ChartMogulError: Could not reach ChartMogul for GET /v1/ping: getaddrinfo ENOTFOUND api.chartmogul.com.',
  ],
  [
    'compat/workers',
    WORKERD_UNREACHABLE,
    'compat/workers: ConnectionError: Could not reach ChartMogul for GET /v1/ping: internal error; reference = abc. Check the network and any proxy.',
  ],
  [
    'compat/deno',
    "error: Uncaught (in promise) Error: Cannot find module './chunk-B7NH5JAR.cjs'\nRequire stack:\n- /kit/packages/core/dist/internal.cjs\n",
    "compat/deno: Error: Cannot find module './chunk-B7NH5JAR.cjs'",
  ],
])('%s: one clean line from its stderr', (runtime, stderr, line) => {
  expect(compatLineOf(runtime, '', 1, stderr)).toBe(line);
});

it('says pong! for the pong object, and what was printed when no error was', () => {
  expect(compatLineOf('compat/deno', '{ data: "pong!" }\n', 0, '')).toBe('compat/deno: pong!');
  expect(compatLineOf('compat/node', 'nothing\n', 3, 'boom\n')).toBe(
    'compat/node: printed "nothing" (exit code 3): boom',
  );
});
