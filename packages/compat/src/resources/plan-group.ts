import type { Config } from '../config.js';
import { Resource, type ResourceMethod } from '../resource.js';

class PlanGroupPlans extends Resource {
  static override get path(): string {
    return '/v1/plan_groups/{planGroupUuid}/plans';
  }
  static override all: ResourceMethod = Resource._method('GET', '/v1/plan_groups/{planGroupUuid}/plans');
}

export class PlanGroup extends Resource {
  static override get path(): string {
    return '/v1/plan_groups{/plangroupUuid}';
  }
  static allAny: ResourceMethod = Resource._method('GET', '/v1/plan_groups');
  /** `all(config, planGroupUuid, params?)` lists a group's plans; `all(config, params?)` lists the groups. */
  static override all: ResourceMethod = function (this: typeof Resource, config: Config, ...args: unknown[]) {
    return typeof args[0] === 'string'
      ? PlanGroupPlans.all.call(this, config, ...args)
      : PlanGroup.allAny.call(this, config, ...args);
  };
  /** @deprecated Use `PlanGroup.allAny`. */
  static all_any: ResourceMethod = function (this: typeof Resource, ...args: [Config]) {
    console.warn('[DEPRECATED] PlanGroup.all_any is deprecated. Use PlanGroup.allAny instead.');
    return PlanGroup.allAny.apply(this, args);
  };
}
