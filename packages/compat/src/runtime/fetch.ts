import type { Transport } from '@chartmogul-kit/core';

/** Bun, Deno, workerd, edge runtimes: the core's transport over the runtime's own `fetch`. */
export const createTransport: (() => Transport) | undefined = undefined;
