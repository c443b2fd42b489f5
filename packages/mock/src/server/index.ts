/**
 * The local ChartMogul over real HTTP on a loopback address (Node, Bun, Deno), and its command line `chartmogul-mock`.
 * @module @chartmogul-kit/mock/server
 */
export { startMockServer, type MockServer, type MockServerOptions } from './start-server.js';
export { startEchoServer, type Echo } from './echo-server.js';
