import { describe } from 'vitest';
import type { JsonImport, JsonImportCreateParams } from '../../src/index.js';
import { captureRequests } from '../support/capture.js';
import { DS } from '../support/import-fixtures.js';
import { itSendsOnTheWire } from '../support/wire-cases.js';

const wire = captureRequests();

const request: JsonImportCreateParams = {
  external_id: 'ds_import_1',
  customers: [{ external_id: 'scus_0001', name: 'Andrew Jones', country: 'US', lead_created_at: '2023-05-14 00:00:00' }],
  plans: [{ name: 'Gold Biannual', external_id: 'gold_biannual', interval_count: 6, interval_unit: 'month' }],
  invoices: [{ external_id: 'inv_001', date: '2023-04-02 21:37:00', currency: 'USD', customer_external_id: 'scus_0001' }],
  line_items: [
    { invoice_external_id: 'inv_001', type: 'subscription', amount_in_cents: 5000, plan_external_id: 'gold_biannual', subscription_external_id: 'sub_1' },
  ],
  transactions: [{ invoice_external_id: 'inv_001', type: 'payment', result: 'successful', date: '2023-04-03 00:00:00' }],
  subscription_events: [
    {
      customer_external_id: 'scus_0001',
      event_type: 'subscription_cancellation_scheduled',
      event_date: '2023-06-01',
      effective_date: '2023-10-02',
      subscription_external_id: 'sub_1',
    },
  ],
};

const status: JsonImport = {
  id: 'ac8cuuid-14i4-11ee-u0id-d3f5fa07p987',
  data_source_uuid: DS,
  status: 'queued',
  external_id: 'ds_import_1',
  status_details: {},
  created_at: '2023-06-27T14:12:38Z',
  updated_at: '2023-06-27T14:12:38Z',
};

describe('jsonImports on the wire', () => {
  itSendsOnTheWire(wire, [
    {
      operation: 'jsonImports.create',
      call: (cm) => cm.jsonImports.create(DS, request),
      method: 'POST',
      path: `/v1/data_sources/${DS}/json_imports`,
      body: request,
      reply: status,
    },
    {
      operation: 'jsonImports.retrieve',
      call: (cm) => cm.jsonImports.retrieve(DS, 'ds_import_1'),
      method: 'GET',
      path: `/v1/data_sources/${DS}/json_imports/ds_import_1`,
      reply: { ...status, status: 'completed', status_details: { plans: { status: 'imported' } } },
    },
  ]);
});
