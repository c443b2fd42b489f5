import type { ActivitiesExport, ActivitiesExportCreateParams } from '../types/activities-exports.js';
import { defineOperation } from './operation.js';
import { hyphenateDates } from './quirks.js';

export const activitiesExports = {
  create: defineOperation<ActivitiesExportCreateParams, ActivitiesExport>()({
    id: 'activitiesExports.create',
    method: 'POST',
    path: '/v1/activities_export',
    prepare: hyphenateDates,
  }),
  retrieve: defineOperation<void, ActivitiesExport>()({
    id: 'activitiesExports.retrieve',
    noParams: true,
    method: 'GET',
    path: '/v1/activities_export/{id}',
  }),
} as const;
