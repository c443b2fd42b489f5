import { describe, expectTypeOf, it } from 'vitest';
import type { Account, ChartMogulClient } from '../../src/index.js';

declare const cm: ChartMogulClient;

describe('account types', () => {
  it('types the result and the include list', async () => {
    expectTypeOf(cm.account.retrieve()).resolves.toEqualTypeOf<Account>();
    const account = await cm.account.retrieve({ include: ['churn_recognition', 'refund_handling'] });
    expectTypeOf(account.churn_when_zero_mrr).toEqualTypeOf<boolean | undefined>();
    cm.account.retrieve({ include: 'churn_recognition,refund_handling' });
    // @ts-expect-error not an account setting
    cm.account.retrieve({ include: ['churn_rate'] });
    // @ts-expect-error `includes` is not a parameter
    cm.account.retrieve({ includes: 'churn_recognition' });
  });
});
