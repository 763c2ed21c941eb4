// npx tsx scripts/checker-agreement.ts — the checker's agreement with the reviewer's expectations for the fixture
// pages, with every disagreement listed.
import { join } from 'node:path';
import { checkPage } from '../server/checker/check.js';
import { readHtml } from '../server/checker/page-text.js';
import type { CheckContext } from '../server/checker/schemas.js';
import { loadGraph } from '../server/data/load.js';
import { agreement, percent } from '../test/checker/agreement.js';

const graph = loadGraph(join(import.meta.dirname, '../data'));
const a = agreement((html, context) => checkPage(graph, { kind: 'html', text: readHtml(html) }, context as CheckContext, '2026-12-05'));
console.log(`items ${percent(a.items)}; outdated flags ${percent(a.outdated)}; could not read ${percent(a.read)}; other nation ${percent(a.otherNation)}`);
for (const [id, per] of Object.entries(a.perItem)) console.log(`  ${id}: ${percent(per)}`);
console.log(a.disagreements.join('\n'));
