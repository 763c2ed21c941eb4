// npm run data:graph — writes docs/routing-graph.md: the question flow and every rule as Mermaid diagrams.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { routingDiagram } from '../server/graph/diagram.js';
import { loadGraph } from '../server/graph/load.js';
import { parseYaml } from '../server/graph/records.js';
import { projectRoot } from '../server/root.js';

const root = projectRoot();
const graph = loadGraph(join(root, 'data'));
const ruleFiles = new Map(
  readdirSync(join(root, 'data/rules')).filter((f) => f.endsWith('.yaml')).sort()
    .map((f) => [`data/rules/${f}`, (parseYaml(readFileSync(join(root, 'data/rules', f), 'utf8')) as { id: string }[]).map((r) => r.id)]),
);
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(join(root, 'docs/routing-graph.md'), routingDiagram(graph, ruleFiles));
console.log(`Wrote docs/routing-graph.md (${graph.questions.length} questions, ${graph.rules.length} rules).`);
