import { type BulkRecord, bulkImport, ChartMogul } from '@chartmogul-kit/node';

const cm = new ChartMogul(); // reads CHARTMOGUL_API_KEY (and CHARTMOGUL_API_BASE)
const { uuid } = await cm.dataSources.create({ name: 'In-house billing' });

// Any iterable or async iterable, read lazily: a file line by line, a database cursor...
function* history(): Generator<BulkRecord> {
  yield { plan: { external_id: 'pro', name: 'Pro', interval_count: 1, interval_unit: 'month' } };
  for (let n = 1; n <= 1_200; n++) {
    yield { customer: { external_id: `c${n}`, name: `Customer ${n}` } };
    yield { invoice: { external_id: `inv${n}`, customer_external_id: `c${n}`, date: '2025-01-01', currency: 'USD' } };
  }
}

const summary = await bulkImport(cm, uuid, history(), { onFailedRecord: (f) => console.error(f.index, f.reason) });
console.log(summary.imported, summary.failed, summary.imports); // 2401 0 3
