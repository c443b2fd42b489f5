import type { Config } from '../config.js';
import type { ApiResult, Callback, ResourceMethod } from '../resource.js';

type Toggle = (
  config: Config,
  uuidOrParams: string | Record<string, unknown>,
  callback?: Callback<ApiResult>,
) => Promise<ApiResult>;
type ByExternalId = (
  config: Config,
  params: Record<string, unknown>,
  callback?: Callback<ApiResult>,
) => Promise<ApiResult>;

/**
 * `disable`/`enable` as line items and transactions have them: by uuid
 * (`PATCH .../{uuid}/disabled_state`) or, given an object, by `{ data_source_uuid, external_id }`
 * in the query of `PATCH .../disabled_state`. The body is `{ disabled }`.
 */
export function toggle(disabled: boolean, byUuid: () => ResourceMethod, byExternalId: () => ResourceMethod): Toggle {
  return function (this: unknown, config, uuidOrParams, callback) {
    const args: unknown[] =
      typeof uuidOrParams === 'string'
        ? [config, uuidOrParams, { disabled }]
        : [config, { qs: uuidOrParams, disabled }];
    if (typeof callback === 'function') args.push(callback);
    const method = typeof uuidOrParams === 'string' ? byUuid() : byExternalId();
    return method.apply(this, args as [Config]) as Promise<ApiResult>;
  };
}

export function toggleByExternalId(disabled: boolean, byExternalId: () => ResourceMethod): ByExternalId {
  return function (this: unknown, config, params, callback) {
    const args: unknown[] = [config, { qs: params, disabled }];
    if (typeof callback === 'function') args.push(callback);
    return byExternalId().apply(this, args as [Config]) as Promise<ApiResult>;
  };
}
