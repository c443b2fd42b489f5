/**
 * The runtime's transport. The build replaces this module: the `node` export condition gets
 * runtime/node.ts, every other runtime runtime/fetch.ts (see tsup.config.ts). Type-checking sees this one.
 */
export { createTransport } from './fetch.js';
