import type { Transport } from '@chartmogul-kit/core';
import { createFetchTransport } from '@chartmogul-kit/core/internal';
import { denoFetch } from '@chartmogul-kit/deno';

/** Deno: @chartmogul-kit/deno's fetch, which never lets Deno resend a POST or PATCH by itself. */
export const createTransport: (() => Transport) | undefined = () => createFetchTransport(denoFetch);
