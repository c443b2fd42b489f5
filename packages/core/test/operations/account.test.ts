import { describe, expect, it } from 'vitest';
import { captureRequests, testClient } from '../support/capture.js';
import { expectRequest } from '../support/expect-request.js';

const wire = captureRequests();
const client = testClient();

const account = {
  id: 'acc_93b06efd-30f0-2153-890f-709a64cf8292',
  name: 'ChartMogul',
  currency: 'USD',
  time_zone: 'Europe/Berlin',
  week_start_on: 'monday',
};

describe('account', () => {
  it('retrieve sends GET /v1/account without a query', async () => {
    wire.reply(account);
    const result = await client.account.retrieve();
    expectRequest(wire.last(), { method: 'GET', path: '/v1/account' });
    expect(result).toEqual(account);
  });

  it('retrieve sends the include list comma-joined', async () => {
    const withSettings = { ...account, churn_recognition: 'churn_at_period_end', churn_when_zero_mrr: true };
    wire.reply(withSettings);
    const result = await client.account.retrieve({ include: ['churn_recognition', 'churn_when_zero_mrr'] });
    expectRequest(wire.last(), {
      method: 'GET',
      path: '/v1/account',
      query: { include: 'churn_recognition,churn_when_zero_mrr' },
    });
    expect(result).toEqual(withSettings);
  });
});
