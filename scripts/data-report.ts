// npm run data:report — the curator's report: local bodies by area and role, unverified records, records due for a
// check, records with secondary sources only, duplicate phones and websites, and changes scheduled ahead.
// Prints a summary and writes every row to a CSV file (default reports/data-report.csv; --out to change it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { dataReport, reportTable, reportText } from '../server/curation/report.js';
import { DataError, loadGraph } from '../server/data/load.js';
import { todayInLondon } from '../server/graph/dates.js';
import { projectRoot } from '../server/root.js';

const { values } = parseArgs({ options: { out: { type: 'string' }, today: { type: 'string' }, data: { type: 'string' } } });
const started = performance.now();
try {
  const graph = loadGraph(values.data ?? join(projectRoot(), 'data'));
  const today = values.today ?? todayInLondon();
  const rows = dataReport(graph, today);
  const out = values.out ?? join(projectRoot(), 'reports/data-report.csv');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, stringify(reportTable(rows)));
  console.log(reportText(rows, today));
  console.log(`\n${rows.length} rows written to ${out} in ${Math.round(performance.now() - started)} ms.`);
} catch (err) {
  console.error(err instanceof DataError ? err.message : err);
  process.exit(1);
}
