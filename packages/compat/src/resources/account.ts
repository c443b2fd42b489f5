import type { Config } from '../config.js';
import { Resource } from '../resource.js';
import { type Official, type OfficialCallback, official } from '../typed.js';

const VALID_INCLUDE_FIELDS = [
  'churn_recognition',
  'churn_when_zero_mrr',
  'auto_churn_subscription',
  'refund_handling',
  'proximate_movement_reclassification',
];

export class Account extends Resource {
  static override get path(): string {
    return '/v1/account';
  }
  static _retrieve: Official<'account.retrieve'> = official(Resource._method('GET'));
  /** `GET /v1/account`; `params.include` is a comma-separated list of the fields above (unknown ones are warned about, as officially). */
  static override retrieve(
    config: Config,
    params?: { include?: string } | OfficialCallback<'account.retrieve'>,
    callback?: OfficialCallback<'account.retrieve'>,
  ): ReturnType<Official<'account.retrieve'>> {
    if (params && typeof params === 'object' && typeof params.include === 'string') {
      const invalid = params.include
        .split(',')
        .map((field) => field.trim())
        .filter((field) => !VALID_INCLUDE_FIELDS.includes(field));
      if (invalid.length > 0) {
        console.warn(
          `[chartmogul] Account.retrieve: unknown include field(s): ${invalid.join(', ')}. Allowed: ${VALID_INCLUDE_FIELDS.join(', ')}`,
        );
      }
    }
    const args: unknown[] = [config];
    if (params) args.push(params);
    if (typeof callback === 'function') args.push(callback);
    return Account._retrieve.apply(this, args as [Config]);
  }
}
