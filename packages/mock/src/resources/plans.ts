import type { JsonObject } from '../http/body.js';
import { apiError, type ErrorDetail, fieldErrors, importNotFound, modelErrors } from '../http/errors.js';
import type { Account } from '../store/account.js';
import type { PlanGroupRecord, PlanRecord } from '../store/records.js';
import { arrayField, integerField, Problems, stringField } from './fields.js';

export const INTERVAL_UNITS = ['day', 'week', 'month', 'year'];

export function findPlan(account: Account, uuid: string): PlanRecord {
  const plan = account.collections.plans.get(uuid);
  if (plan === undefined) throw importNotFound('Plan');
  return plan;
}

function checkInterval(problems: Problems, body: JsonObject, creating: boolean): void {
  if (creating || body.interval_count !== undefined) {
    const count = integerField(body, 'interval_count');
    if (count === undefined || count < 1) problems.add('interval_count', 'is not a number');
  }
  if (creating || body.interval_unit !== undefined) {
    if (!INTERVAL_UNITS.includes(String(body.interval_unit))) {
      problems.add('interval_unit', "Only 'day', 'week', 'month' or 'year' are valid values for interval_unit.");
    }
  }
}

export function createPlan(account: Account, body: JsonObject): PlanRecord {
  const problems = new Problems();
  const dsUuid = stringField(body, 'data_source_uuid');
  if (dsUuid === undefined || account.collections.dataSources.get(dsUuid) === undefined) {
    problems.add('data_source_uuid', 'A valid data source UUID is required for each plan.');
  }
  const name = stringField(body, 'name');
  if (name === undefined) problems.add('name', 'A unique name is required for each plan.');
  checkInterval(problems, body, true);
  problems.throwIfAny();
  return insertPlan(account, {
    dataSourceUuid: dsUuid as string,
    // Without an external id ChartMogul makes one up: the plan must still be addressable.
    externalId: stringField(body, 'external_id') ?? `plan_${account.ids.uuid()}`,
    name: name as string,
    intervalCount: integerField(body, 'interval_count') as number,
    intervalUnit: String(body.interval_unit),
  });
}

export function insertPlan(account: Account, fields: Omit<PlanRecord, 'uuid' | 'seq' | 'createdAt'>): PlanRecord {
  const { plans } = account.collections;
  if (plans.findUnique('external', fields.dataSourceUuid, fields.externalId) !== undefined) {
    throw fieldErrors({ external_id: 'A plan with this identifier already exists in our system.' });
  }
  return plans.insert({ uuid: account.ids.prefixed('pl'), seq: account.nextSeq(), createdAt: account.now(), ...fields });
}

export function updatePlan(account: Account, plan: PlanRecord, body: JsonObject): PlanRecord {
  const problems = new Problems();
  if (body.name !== undefined && stringField(body, 'name') === undefined) problems.add('name', 'A unique name is required for each plan.');
  checkInterval(problems, body, false);
  problems.throwIfAny();
  account.collections.plans.update(plan, (p) => {
    p.name = stringField(body, 'name') ?? p.name;
    p.intervalCount = integerField(body, 'interval_count') ?? p.intervalCount;
    if (body.interval_unit !== undefined) p.intervalUnit = String(body.interval_unit);
  });
  return plan;
}

export const planToWire = (plan: PlanRecord) => ({
  uuid: plan.uuid,
  data_source_uuid: plan.dataSourceUuid,
  name: plan.name,
  interval_count: plan.intervalCount,
  interval_unit: plan.intervalUnit,
  external_id: plan.externalId,
});

export function findPlanGroup(account: Account, uuid: string): PlanGroupRecord {
  const group = account.collections.planGroups.get(uuid);
  if (group === undefined) throw apiError(404, `Plan group not found: ${uuid}`, 'plan_group_uuid');
  return group;
}

const BLANK_NAME: ErrorDetail = { param: 'name', code: 'blank', message: "Name can't be blank" };
const BLANK_PLANS: ErrorDetail = { param: 'plan_ids', code: 'blank', message: "Plan ids can't be blank" };

/** The plans a group names; problems go to `problems` (the API reports all of them at once). */
function groupPlans(account: Account, body: JsonObject, required: boolean, problems: ErrorDetail[]): PlanRecord[] | undefined {
  const uuids = arrayField(body, 'plans');
  if (uuids === undefined || uuids.length === 0) {
    if (required) problems.push(BLANK_PLANS);
    return uuids === undefined ? undefined : [];
  }
  const plans: PlanRecord[] = [];
  for (const uuid of uuids) {
    const plan = account.collections.plans.get(String(uuid));
    if (plan === undefined) problems.push({ param: 'plan_ids', code: 'invalid', message: `Plan not found: ${String(uuid)}` });
    else plans.push(plan);
  }
  return plans;
}

function throwIfAny(problems: readonly ErrorDetail[]): void {
  if (problems.length > 0) throw modelErrors(problems);
}

export function createPlanGroup(account: Account, body: JsonObject): PlanGroupRecord {
  const problems: ErrorDetail[] = [];
  const name = stringField(body, 'name');
  if (name === undefined) problems.push(BLANK_NAME);
  const plans = groupPlans(account, body, true, problems) as PlanRecord[];
  throwIfAny(problems);
  return account.collections.planGroups.insert({
    uuid: account.ids.prefixed('plg'),
    seq: account.nextSeq(),
    name: name as string,
    plans: [...new Set(plans)],
    createdAt: account.now(),
  });
}

export function updatePlanGroup(account: Account, group: PlanGroupRecord, body: JsonObject): PlanGroupRecord {
  const problems: ErrorDetail[] = [];
  const name = body.name === undefined ? undefined : stringField(body, 'name');
  if (body.name !== undefined && name === undefined) problems.push(BLANK_NAME);
  const plans = groupPlans(account, body, false, problems);
  throwIfAny(problems);
  if (name !== undefined) group.name = name;
  if (plans !== undefined) group.plans = [...new Set(plans)];
  return group;
}

/** The group's plans that still exist (deleting a plan takes it out of its groups). */
export const livePlans = (group: PlanGroupRecord) => group.plans.filter((plan) => !plan.removed);

export const planGroupToWire = (group: PlanGroupRecord) => ({
  uuid: group.uuid,
  name: group.name,
  plans_count: livePlans(group).length,
});
