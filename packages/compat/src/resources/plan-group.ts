import type { Config } from '../config.js';
import { Resource } from '../resource.js';
import { type Official, official } from '../typed.js';

class PlanGroupPlans extends Resource {
  static override get path(): string {
    return '/v1/plan_groups/{planGroupUuid}/plans';
  }
  static override all: Official<'planGroups.plans.list'> = official(
    Resource._method('GET', '/v1/plan_groups/{planGroupUuid}/plans'),
  );
}

export class PlanGroup extends Resource {
  static override get path(): string {
    return '/v1/plan_groups{/plangroupUuid}';
  }
  static override create: Official<'planGroups.create'> = official(Resource._method('POST'));
  static override retrieve: Official<'planGroups.retrieve'> = official(Resource._method('GET'));
  static override modify: Official<'planGroups.update'> = official(Resource._method('PATCH'));
  static override destroy: Official<'planGroups.delete'> = official(Resource._method('DELETE'));
  static allAny: Official<'planGroups.list'> = official(Resource._method('GET', '/v1/plan_groups'));
  /** `all(config, planGroupUuid, params?)` lists a group's plans; `all(config, params?)` lists the groups. */
  static override all: Official<'planGroups.list' | 'planGroups.plans.list'> = function (
    this: typeof Resource,
    config: Config,
    ...args: unknown[]
  ) {
    return typeof args[0] === 'string'
      ? PlanGroupPlans.all.call(this, config, ...args)
      : PlanGroup.allAny.call(this, config, ...args);
  };
  /** @deprecated Use `PlanGroup.allAny`. */
  static all_any: Official<'planGroups.list'> = function (this: typeof Resource, ...args: [Config]) {
    console.warn('[DEPRECATED] PlanGroup.all_any is deprecated. Use PlanGroup.allAny instead.');
    return PlanGroup.allAny.apply(this, args);
  };
}
