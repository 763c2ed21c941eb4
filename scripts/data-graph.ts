// npm run data:graph — writes docs/routing-graph.md: the question flow and every rule as Mermaid diagrams.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { routingDiagram, ruleIdsByFile } from '../server/data/diagram.js';
import { loadGraph } from '../server/data/load.js';
import { projectRoot } from '../server/root.js';

const root = projectRoot();
const graph = loadGraph(join(root, 'data'));
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(join(root, 'docs/routing-graph.md'), routingDiagram(graph, ruleIdsByFile(join(root, 'data'))));
console.log(`Wrote docs/routing-graph.md (${graph.questions.length} questions, ${graph.rules.length} rules).`);
