export { startMockServer, type MockServer, type MockServerOptions } from './start-server.js';
