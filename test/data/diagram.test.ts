// The routing diagram curators review must match the data it is drawn from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { routingDiagram, ruleIdsByFile } from '../../server/data/diagram.js';
import { loadGraph } from '../../server/data/load.js';

it('docs/routing-graph.md is up to date (run npm run data:graph after changing data/)', () => {
  const data = join(process.cwd(), 'data');
  const drawn = routingDiagram(loadGraph(data), ruleIdsByFile(data));
  expect(drawn).toContain('flowchart');
  expect(readFileSync(join(process.cwd(), 'docs/routing-graph.md'), 'utf8')).toBe(drawn);
});
