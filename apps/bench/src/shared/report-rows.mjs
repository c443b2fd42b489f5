// The rows of benchmark 6 (shared limits) in the table of report.mjs.
import { fixed, met, ratio } from '../lib/table.mjs';

/** At least this share of the limit in aggregate, under this share of 429s + 503s, and no errors. */
const TARGET_RATIO = 0.95;
const TARGET_DECLINED = 0.005;

export function sharedRows({ rows, limit, notes }, add) {
  rows.forEach((row, index) => {
    const declined = row.answered429 + row.answered503;
    const share = declined / Math.max(1, row.requests);
    const withStore = row.name.includes('store') && !row.name.includes('no store');
    const ok = row.recordsPerSecond >= TARGET_RATIO * limit && share < TARGET_DECLINED && row.errors === 0;
    const store = row.store ? `; store: ${fixed(row.store.usPerRecord, 0)} us and ${fixed(row.store.roundTripsPerRecord, 2)} round trips per record` : '';
    const cpu = row.clients === 1 && row.cpuUsPerRecord !== undefined ? `; client CPU ${fixed(row.cpuUsPerRecord, 0)} us/record` : '';
    add(
      index === 0 ? `6 shared limits: one key, ${row.records} creates in all, 150 ms latency, limits counted across clients` : '',
      row.name,
      `${fixed(row.recordsPerSecond)} records/s in aggregate; ${row.requests} requests (at most ${row.maxInFlight} in flight, ${row.maxStartsPerSecond} in a second), 429/503 answered: ${row.answered429}/${row.answered503} (${fixed(share * 100, 2)} %); errors seen: ${row.errors}${store}${cpu}`,
      `${ratio(row.recordsPerSecond / limit)} the limit`,
      withStore || row.clients === 1 ? `>= ${TARGET_RATIO}x, 429+503 < ${TARGET_DECLINED * 100} %, 0 errors: ${met(ok)}` : 'none (the problem shown)',
    );
  });
  for (const note of notes) add('', note, '', '', '');
}
