// What Netlify does with an edge function, reduced: requests to the function's `config.path` go
// to its default export, on Deno.
import handler, { config } from '../../examples/netlify/netlify/edge-functions/chartmogul.ts';

Deno.serve((request) =>
  new URL(request.url).pathname === config.path ? handler(request) : new Response('Not found', { status: 404 }),
);
