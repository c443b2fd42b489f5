import { describe, expectTypeOf, it } from 'vitest';
import type { ActivitiesExport, ChartMogulClient } from '../../src/index.js';

declare const cm: ChartMogulClient;

describe('activitiesExports types', () => {
  it('take an optional period and kind', () => {
    cm.activitiesExports.create({ start_date: '2022-01-01', end_date: '2022-12-31', type: 'churn' });
    cm.activitiesExports.create({});
    // @ts-expect-error both spellings of the start date
    cm.activitiesExports.create({ start_date: 'a', 'start-date': 'a' });
    // @ts-expect-error activity_type is how the answer echoes it; the request says type
    cm.activitiesExports.create({ activity_type: 'churn' });
    // @ts-expect-error retrieve needs the export's id
    cm.activitiesExports.retrieve();
  });

  it('give typed results', () => {
    expectTypeOf(cm.activitiesExports.retrieve('id')).resolves.toEqualTypeOf<ActivitiesExport>();
    expectTypeOf<ActivitiesExport['file_url']>().toEqualTypeOf<string | null>();
  });
});
