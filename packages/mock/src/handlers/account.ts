import type { Router } from '../http/router.js';
import { ok } from '../http/respond.js';
import { accountToWire } from '../resources/account-info.js';

export function accountRoutes(router: Router): void {
  router
    .get('/v1/ping', () => ok({ data: 'pong!' }))
    .get('/v1/account', ({ account, query }) => ok(accountToWire(account, query.get('include'))));
}
