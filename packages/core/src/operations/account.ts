import type { Account, AccountRetrieveParams } from '../types/account.js';
import { defineOperation } from './operation.js';

export const account = {
  retrieve: defineOperation<AccountRetrieveParams, Account>()({
    method: 'GET',
    path: '/v1/account',
  }),
} as const;
