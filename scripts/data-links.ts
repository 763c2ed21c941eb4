// npm run data:links — checks every URL in data/ and reports dead links and redirects (terminal and CSV, default
// reports/links.csv). Bounded: --concurrency hosts at once (default 8), one request at a time per host, each
// with a --timeout in ms (default 15000). For a connected machine: it exits 1 when any link is dead or unreachable.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { checkLinks, dataUrls } from '../server/curation/links.js';
import { DataError, loadGraph } from '../server/data/load.js';
import { projectRoot } from '../server/root.js';

const USER_AGENT = 'complaints-signpost-link-checker/1.0 (checks that the public pages cited by a UK complaints signposting service still exist; one request per page)';

const { values } = parseArgs({
  options: { concurrency: { type: 'string', default: '8' }, timeout: { type: 'string', default: '15000' }, out: { type: 'string' }, data: { type: 'string' } },
});
const started = performance.now();
try {
  const uses = dataUrls(loadGraph(values.data ?? join(projectRoot(), 'data')));
  console.log(`Checking ${uses.length} URLs, ${values.concurrency} hosts at a time…`);
  let done = 0;
  const results = await checkLinks(uses.map((u) => u.url), {
    concurrency: Number(values.concurrency), timeoutMs: Number(values.timeout), userAgent: USER_AGENT,
  }, () => {
    done += 1;
    if (done % 100 === 0) console.log(`  ${done} of ${uses.length}`);
  });
  const out = values.out ?? join(projectRoot(), 'reports/links.csv');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, stringify([
    ['url', 'outcome', 'status', 'finalUrl', 'detail', 'ms', 'usedBy'],
    ...results.map((r, i) => [r.url, r.outcome, r.status ?? '', r.finalUrl ?? '', r.detail, r.ms, uses[i]!.where.join('; ')]),
  ]));
  const count = (o: string) => results.filter((r) => r.outcome === o).length;
  console.log(`\nok ${count('ok')}, redirected ${count('redirect')}, dead ${count('dead')}, unreachable ${count('error')}`);
  for (const outcome of ['dead', 'error', 'redirect'] as const) {
    const list = results.map((r, i) => ({ r, where: uses[i]!.where })).filter(({ r }) => r.outcome === outcome);
    if (list.length === 0) continue;
    console.log(`\n${{ dead: 'Dead links', error: 'Unreachable', redirect: 'Redirects (update the URL)' }[outcome]}: ${list.length}`);
    for (const { r, where } of list.slice(0, 40)) console.log(`  ${r.url}: ${r.detail} (${where.join('; ')})`);
    if (list.length > 40) console.log(`  … and ${list.length - 40} more in the CSV`);
  }
  console.log(`\nWritten to ${out} in ${Math.round(performance.now() - started)} ms.`);
  if (count('dead') + count('error') > 0) process.exitCode = 1;
} catch (err) {
  console.error(err instanceof DataError ? err.message : err);
  process.exit(1);
}
