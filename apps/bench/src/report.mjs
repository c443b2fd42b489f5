// Turns the results into one table: figures, ratios measured in the same run, targets.
import { bulkImportRows } from './bulk-import-report.mjs';
import { fixed, kib, met, ratio, renderTable } from './lib/table.mjs';
import { sharedRows } from './shared/report-rows.mjs';

const KIB_10 = 10 * 1024;

export function report(results, settings, machine) {
  const rows = [];
  const add = (...row) => rows.push(row);
  const gap = () => rows.push([]);

  if (results.bulk) {
    const { rows: bulk, ideal } = results.bulk;
    const kit = bulk.find((r) => r.contender === 'kit');
    const official = bulk.find((r) => r.contender === 'official');
    const errorsSeen = Object.values(kit.errors).reduce((a, b) => a + b, 0);
    const wire = (r) => `429/503 answered: ${r.answered429}/${r.answered503}; errors seen: ${Object.values(r.errors).reduce((a, b) => a + b, 0)}`;
    add(
      `1 bulk: ${kit.records} creates, 150 ms latency, limits on`,
      'chartmogul-kit, Promise.all',
      `${fixed(kit.recordsPerSecond)} records/s; ${wire(kit)}`,
      `${ratio(kit.recordsPerSecond / ideal)} ideal, ${ratio(kit.recordsPerSecond / official.recordsPerSecond)} official`,
      `>= 36/s, 0 errors, >= 5x official: ${met(kit.recordsPerSecond >= 36 && errorsSeen === 0 && kit.recordsPerSecond >= 5 * official.recordsPerSecond)}`,
    );
    add('', `chartmogul-node, loop (${official.records} creates)`, `${fixed(official.recordsPerSecond)} records/s; ${wire(official)}`, `${ratio(official.recordsPerSecond / ideal)} ideal`, '');
    add('', 'ideal (the rate limit)', `${ideal} records/s`, '', '');
    gap();
  }

  if (results.cpu) {
    const c = results.cpu;
    const us = (name) => `${fixed(c[name].cpuUs, 0)} us CPU/ping (rounds ${c[name].rounds.join(', ')}); ${fixed(c[name].wallUs, 0)} us wall`;
    add(
      `2 CPU per ping on Node (${settings.calls} sequential, median of ${settings.rounds})`,
      'chartmogul-kit (node:http)',
      us('kit'),
      `${ratio(c.kit.cpuUs / c.fetch.cpuUs)} fetch, ${ratio(c.kit.cpuUs / c.official.cpuUs)} official`,
      `<= fetch and official: ${met(c.kit.cpuUs <= c.fetch.cpuUs && c.kit.cpuUs <= c.official.cpuUs)}`,
    );
    add('', 'chartmogul-kit over fetch (fetch option)', us('kit-fetch'), `${ratio(c['kit-fetch'].cpuUs / c.fetch.cpuUs)} fetch`, '');
    add('', 'raw fetch + JSON', us('fetch'), '', '');
    add('', 'chartmogul-node', us('official'), `${ratio(c.official.cpuUs / c.fetch.cpuUs)} fetch`, '');
    gap();
  }

  if (results.bundle) {
    const b = results.bundle;
    const size = (entry) => (entry.error ? `does not bundle: ${entry.error}` : `${kib(entry.gzipBytes)} gzip (${kib(entry.bytes)} minified)`);
    const kit = b['chartmogul-kit'];
    const official = b['chartmogul-node'];
    add(
      '3 Worker that pings, esbuild minify + gzip -9',
      'chartmogul-kit',
      size(kit),
      official.gzipBytes ? `${ratio(kit.gzipBytes / official.gzipBytes)} official` : '',
      `<= 10 KiB: ${met(kit.gzipBytes <= KIB_10)}`,
    );
    add('', 'chartmogul-node', size(official), '', '');
    gap();
  }

  if (results.startup) {
    const s = results.startup;
    const base = s['node -e 0'];
    const line = (entry) =>
      `import + client ${fixed(entry.loadMs)} ms, +${fixed(entry.maxRssMiB - base.maxRssMiB)} MiB RSS; process ${fixed(entry.wallMs, 0)} ms wall (min ${fixed(entry.minWallMs, 0)}), ${fixed(entry.cpuMs, 0)} ms CPU`;
    const kit = s['chartmogul-kit (import)'];
    const official = s['chartmogul-node (require)'];
    add(
      `4 start-up: import + new client (median of ${settings.startupRuns})`,
      'chartmogul-kit (import)',
      line(kit),
      `${ratio(official.loadMs / kit.loadMs)} faster, ${ratio((official.maxRssMiB - base.maxRssMiB) / (kit.maxRssMiB - base.maxRssMiB))} less memory than official`,
      `<= 15 ms, <= 5 MiB: ${met(kit.loadMs <= 15 && kit.maxRssMiB - base.maxRssMiB <= 5)}`,
    );
    add('', 'chartmogul-kit (require)', line(s['chartmogul-kit (require)']), '', '');
    add('', 'chartmogul-node (require)', line(official), '', '');
    add('', 'an empty ES module (import)', line(s['empty module (import)']), 'what any import costs: the ES module loader starting', '');
    add('', 'an empty CommonJS module (require)', line(s['empty module (require)']), '', '');
    const first = (entry) => `import + client + ping ${fixed(entry.loadMs)} ms, +${fixed(entry.maxRssMiB - base.maxRssMiB)} MiB RSS`;
    const kitFirst = s['chartmogul-kit first ping'];
    const officialFirst = s['chartmogul-node first ping'];
    add('', 'chartmogul-kit, first ping (require)', first(kitFirst), `${ratio(officialFirst.loadMs / kitFirst.loadMs)} faster than official`, '');
    add('', 'chartmogul-node, first ping (require)', first(officialFirst), '', '');
    add('', 'node -e 0', `${fixed(base.maxRssMiB)} MiB RSS; process ${fixed(base.wallMs, 0)} ms wall (min ${fixed(base.minWallMs, 0)}), ${fixed(base.cpuMs, 0)} ms CPU`, '', '');
    gap();
  }

  if (results.paging) {
    const p = results.paging;
    const line = (entry) => `${fixed(entry.itemsPerSecond, 0)} items/s, peak live heap ${fixed(entry.peakHeapMiB)} MiB`;
    const onePage = p['kit-one-page'].peakHeapMiB;
    add(
      `5 paging: ${p.customers.toLocaleString('en')} customers, per_page 200 (walks: median of ${settings.rounds})`,
      'chartmogul-kit, for await',
      line(p['kit-walk']),
      `${ratio(p['kit-walk'].peakHeapMiB / onePage)} one page; ${ratio(p['kit-walk'].itemsPerSecond / p['official-walk'].itemsPerSecond)} official items/s`,
      `heap < 2x one page: ${met(p['kit-walk'].peakHeapMiB < 2 * onePage)}`,
    );
    add('', 'chartmogul-node, cursor loop', line(p['official-walk']), `${ratio(p['official-walk'].peakHeapMiB / onePage)} one page`, '');
    add('', 'chartmogul-kit, toArray (hold all)', line(p['kit-hold-all']), `${ratio(p['kit-hold-all'].peakHeapMiB / onePage)} one page`, '');
    add('', 'chartmogul-kit, one page of 200 held', `peak live heap ${fixed(onePage)} MiB`, '', '');
    gap();
  }

  if (results.shared) sharedRows(results.shared, add);
  if (results['bulk-import']) {
    if (rows.length > 0) gap();
    bulkImportRows(results['bulk-import'], add);
  }

  while (rows.length > 0 && rows.at(-1).length === 0) rows.pop();
  const title =
    `chartmogul-kit benchmarks (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC), Node ${machine.node}, ` +
    `${machine.cpu}; load average ${machine.loadBefore.join(' ')} before, ${machine.loadAfter.join(' ')} after; ${machine.seconds} s`;
  return `${title}\n\n${renderTable(['benchmark', 'contender', 'result', 'ratio (same run)', 'target'], rows)}`;
}
