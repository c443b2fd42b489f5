// What Nitro provides a server route, reduced: `defineEventHandler` (the handler as given) and a
// global `$fetch` made by ofetch.create, with an interceptor that marks and records every request,
// and ofetch's own retry turned on, as an app might: the transport must switch it off.
import { ofetch } from 'ofetch';

/** The URLs the app's interceptor saw, with the header it added. */
export const intercepted: { url: string; trace: string | null }[] = [];

const appFetch = ofetch.create({
  retry: 3,
  retryDelay: 0,
  onRequest({ request, options }) {
    const headers = new Headers(options.headers);
    headers.set('x-app-trace', 'nitro-1');
    options.headers = headers;
    intercepted.push({ url: String(request), trace: headers.get('x-app-trace') });
  },
});

const nitro = globalThis as unknown as { defineEventHandler: unknown; $fetch: unknown };
nitro.defineEventHandler = <T>(handler: T): T => handler;
nitro.$fetch = appFetch;

declare global {
  function defineEventHandler<T>(handler: (event: unknown) => Promise<T>): (event: unknown) => Promise<T>;
  const $fetch: typeof ofetch;
}
