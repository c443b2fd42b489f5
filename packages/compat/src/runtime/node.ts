import type { Transport } from '@chartmogul-kit/core';
import { createFetchTransport } from '@chartmogul-kit/core/internal';
import { createHttpTransport } from '@chartmogul-kit/node/internal';

/**
 * Node: the keep-alive node:http(s) transport of @chartmogul-kit/node (so tools that patch
 * node:http, such as nock, see every request). Deno lands here too when code `require()`s the
 * package (its require() takes the `node` condition, not `deno`), and its node:https needs sys and
 * env permissions no Deno user grants for an HTTP client: there, @chartmogul-kit/deno's fetch.
 */
export const createTransport: (() => Transport) | undefined = () =>
  'Deno' in globalThis ? createFetchTransport(denoFetch) : createHttpTransport();

/** Loaded on the first request, not at import, and only in Deno (the package is ESM-only). */
const denoFetch: typeof fetch = async (input, init) => {
  const { denoFetch: send } = await import('@chartmogul-kit/deno');
  return send(input, init);
};
