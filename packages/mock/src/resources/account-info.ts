import type { Account } from '../store/account.js';

/** What `include=` can add to GET /v1/account, with the defaults of a new ChartMogul account. */
const SETTINGS: Record<string, unknown> = {
  churn_recognition: 'immediate',
  churn_when_zero_mrr: 'ignore',
  auto_churn_subscription: 'disabled',
  refund_handling: 'refund_as_contraction',
  proximate_movement_reclassification: 'enabled',
};

export function accountToWire(account: Account, include: string | null): Record<string, unknown> {
  const wire: Record<string, unknown> = {
    id: account.uuid,
    name: account.name,
    currency: account.currency,
    time_zone: account.timeZone,
    week_start_on: 'monday',
  };
  for (const key of (include ?? '').split(',').map((k) => k.trim())) {
    if (key in SETTINGS) wire[key] = SETTINGS[key];
  }
  return wire;
}
