import type { Invoice, LineItem, Transaction } from '../../src/index.js';

// Records as ChartMogul's docs show them, shared by the Import API's wire tests.

export const lineItem: LineItem = {
  uuid: 'li_d72e6843-5793-41d0-bfdf-0269514c9c56',
  external_id: 'li_0001',
  type: 'subscription',
  amount_in_cents: 5000,
  quantity: 1,
  subscription_uuid: 'sub_e6bc5407-e258-4de0-bb43-61faaf062035',
  subscription_external_id: 'sub_0001',
  plan_uuid: 'pl_eed05d54-75b4-431b-adb2-eb6b9e543206',
  service_period_start: '2022-11-01T00:00:00.000Z',
  service_period_end: '2022-12-01T00:00:00.000Z',
  disabled: false,
  disabled_at: null,
  disabled_by: null,
  user_created: false,
};

export const transaction: Transaction = {
  uuid: 'tr_325e460a-1bec-41bb-986e-665e38a1e4cd',
  external_id: 'trans_00241',
  type: 'refund',
  date: '2022-12-25T18:10:00.000Z',
  result: 'successful',
  amount_in_cents: null,
  disabled: false,
};

export const invoice: Invoice = {
  uuid: 'inv_565c73b2-85b9-49c9-a25e-2b7df6a677c9',
  customer_uuid: 'cus_f466e33d-ff2b-4a11-8f85-417eb02157a7',
  external_id: 'inv_0001',
  date: '2022-11-01T00:00:00.000Z',
  due_date: '2022-11-15T00:00:00.000Z',
  currency: 'USD',
  collection_method: 'automatic',
  status: 'paid',
  errors: {},
  disabled: false,
  line_items: [lineItem],
  transactions: [transaction],
};

export const DS = 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430';
export const CUS = 'cus_f466e33d-ff2b-4a11-8f85-417eb02157a7';
