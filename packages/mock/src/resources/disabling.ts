import type { Account } from '../store/account.js';
import type { Disabled } from '../store/records.js';
import { isoMillis } from '../time/dates.js';

/** Who the mock records as having disabled a record (the API shows the user's email). */
export const DISABLED_BY = 'api@chartmogul-mock.invalid';

export function disabledToWire(disabled: Disabled | undefined) {
  return {
    disabled: disabled !== undefined,
    disabled_at: disabled === undefined ? null : isoMillis(disabled.at),
    disabled_by: disabled === undefined ? null : disabled.by,
  };
}

/** The new `disabled` state of a record: a fresh stamp when disabling, none when enabling. */
export function disabledState(account: Account, current: Disabled | undefined, disabled: boolean): Disabled | undefined {
  if (!disabled) return undefined;
  return current ?? { at: account.now(), by: DISABLED_BY };
}
