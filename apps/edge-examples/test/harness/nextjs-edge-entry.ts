// What Next.js makes of an edge route handler, reduced: the route module's exports answer the
// request. Checks the `runtime` export too, which is what puts the route on the Edge Runtime.
import * as route from '../../examples/nextjs/app/api/chartmogul/route.js';

interface FetchEvent {
  respondWith(response: Promise<Response>): void;
}
declare function addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;

addEventListener('fetch', (event) => {
  if (route.runtime !== 'edge') throw new Error('the route does not ask for the Edge Runtime');
  event.respondWith(route.GET());
});
