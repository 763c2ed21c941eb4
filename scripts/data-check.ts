// npm run data:check — validates data/ exactly as start-up does, then prints counts and the local coverage report.
// Exits 1 (naming file, record and field) when the data is invalid.
import { join } from 'node:path';
import { coverageReport, dataSummary } from '../server/graph/coverage.js';
import { DataError, loadGraph } from '../server/data/load.js';
import { todayInLondon } from '../server/graph/dates.js';
import { projectRoot } from '../server/root.js';

try {
  const graph = loadGraph(join(projectRoot(), 'data'));
  const today = todayInLondon();
  console.log(dataSummary(graph));
  console.log('');
  console.log(coverageReport(graph, today));
} catch (err) {
  console.error(err instanceof DataError ? err.message : err);
  process.exit(1);
}
