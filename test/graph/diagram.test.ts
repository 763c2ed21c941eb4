// The routing diagram curators review must match the data it is drawn from.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { routingDiagram } from '../../server/graph/diagram.js';
import { loadGraph } from '../../server/graph/load.js';
import { parseYaml } from '../../server/graph/records.js';

it('docs/routing-graph.md is up to date (run npm run data:graph after changing data/)', () => {
  const root = process.cwd();
  const ruleFiles = new Map(
    readdirSync(join(root, 'data/rules')).filter((f) => f.endsWith('.yaml')).sort()
      .map((f) => [`data/rules/${f}`, (parseYaml(readFileSync(join(root, 'data/rules', f), 'utf8')) as { id: string }[]).map((r) => r.id)]),
  );
  const drawn = routingDiagram(loadGraph(join(root, 'data')), ruleFiles);
  expect(drawn).toContain('flowchart');
  expect(readFileSync(join(root, 'docs/routing-graph.md'), 'utf8')).toBe(drawn);
});
