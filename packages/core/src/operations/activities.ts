import type { ActivityListParams, ActivityPage } from '../types/activities.js';
import { defineOperation } from './operation.js';
import { hyphenateDates } from './quirks.js';

export const activities = {
  list: defineOperation<ActivityListParams, ActivityPage>()({
    method: 'GET',
    path: '/v1/activities',
    paging: { items: 'entries' },
    prepare: hyphenateDates,
  }),
} as const;
