import type { Config } from '../config.js';
import type { ResourceMethod } from '../resource.js';

/** An official method kept under a deprecated name: it warns as chartmogul-node does, then calls the new one. */
export function deprecated(name: string, instead: string, method: ResourceMethod): ResourceMethod {
  return function (this: unknown, ...args: [Config]) {
    console.warn(`[DEPRECATED] ${name} is deprecated. Use ${instead} instead.`);
    return method.apply(this, args);
  };
}
