import { PAGES, pageBody, pageOfArray, pageOfIndex, readPaging } from '../http/paging.js';
import { matchesQuery } from '../http/query.js';
import { accepted, created, noContent, ok } from '../http/respond.js';
import type { Router } from '../http/router.js';
import type { PlanRecord } from '../store/records.js';
import {
  createPlan,
  createPlanGroup,
  findPlan,
  findPlanGroup,
  livePlans,
  planGroupToWire,
  planToWire,
  updatePlan,
  updatePlanGroup,
} from '../resources/plans.js';

export function planRoutes(router: Router): void {
  router
    .post('/v1/plans', async ({ account, body }) => created(planToWire(createPlan(account, await body()))))
    .get('/v1/plans', ({ account, query }) => {
      const { plans, dataSources } = account.collections;
      const ds = query.get('data_source_uuid');
      const accept = (plan: PlanRecord) =>
        matchesQuery(query, [
          ['external_id', plan.externalId],
          ['system', dataSources.get(plan.dataSourceUuid)?.system],
        ]);
      const index = ds ? plans.group('dataSource', ds) : plans.all;
      const filtered = query.has('external_id') || query.has('system');
      return ok(pageBody('plans', pageOfIndex(index, readPaging(query), filtered ? accept : undefined), planToWire, {}, PAGES));
    })
    .get('/v1/plans/:uuid', ({ account, params }) => ok(planToWire(findPlan(account, params.uuid as string))))
    // Recorded against the live API (chartmogul-ruby's fixtures, 2023): an update answers 202 with the plan.
    .patch('/v1/plans/:uuid', async ({ account, params, body }) =>
      accepted(planToWire(updatePlan(account, findPlan(account, params.uuid as string), await body()))),
    )
    .delete('/v1/plans/:uuid', ({ account, params }) => {
      account.collections.plans.remove(findPlan(account, params.uuid as string));
      return noContent();
    })
    // Recorded against the live API (chartmogul-go's fixtures): creating a plan group answers 200.
    .post('/v1/plan_groups', async ({ account, body }) => ok(planGroupToWire(createPlanGroup(account, await body()))))
    .get('/v1/plan_groups', ({ account, query }) =>
      ok(pageBody('plan_groups', pageOfIndex(account.collections.planGroups.all, readPaging(query)), planGroupToWire, {}, PAGES)),
    )
    .get('/v1/plan_groups/:uuid', ({ account, params }) => ok(planGroupToWire(findPlanGroup(account, params.uuid as string))))
    .patch('/v1/plan_groups/:uuid', async ({ account, params, body }) =>
      ok(planGroupToWire(updatePlanGroup(account, findPlanGroup(account, params.uuid as string), await body()))),
    )
    .delete('/v1/plan_groups/:uuid', ({ account, params }) => {
      account.collections.planGroups.remove(findPlanGroup(account, params.uuid as string));
      return noContent();
    })
    .get('/v1/plan_groups/:uuid/plans', ({ account, params, query }) => {
      const group = findPlanGroup(account, params.uuid as string);
      return ok(pageBody('plans', pageOfArray(livePlans(group), readPaging(query)), planToWire, {}, PAGES));
    });
}
