/**
 * What other chartmogul-kit packages need of this one (`@chartmogul-kit/compat` sends through
 * the same keep-alive node:http transport). Not public API: outside semver.
 * @module @chartmogul-kit/node/internal
 */
export { createHttpTransport } from './http-transport.js';
export { proxyFromEnv, type ProxyEnv } from './proxy/proxy-env.js';
