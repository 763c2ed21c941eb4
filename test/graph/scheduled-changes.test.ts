// Scheduled changes are data edits made ahead of time: the plan switches on the day they take effect.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../server/graph/api-schemas.js';
import { loadGraph, type Graph } from '../../server/data/load.js';
import { buildPlan } from '../../server/graph/plan.js';
import { readSituation } from '../../server/graph/situation.js';

const bundled = loadGraph(join(process.cwd(), 'data'));
const names = (graph: Graph, answers: Answers, today: string) =>
  buildPlan(graph, readSituation(graph, answers, { today })).steps.flatMap((s) => [s.body?.name, ...s.alternatives.map((a) => a.name)]);

describe('the April 2026 ICB mergers', () => {
  const barnet: Answers = { nation: 'england', service: 'hospital', concern: ['care-or-treatment'], stage: 'not-yet', postcode: 'EN5 1AA' };

  it('names the old board the day before and the merged board from 1 April 2026', () => {
    expect(names(bundled, barnet, '2026-03-31')).toContain('NHS North Central London Integrated Care Board');
    expect(names(bundled, barnet, '2026-03-31')).not.toContain('NHS West and North London Integrated Care Board');
    expect(names(bundled, barnet, '2026-04-01')).toContain('NHS West and North London Integrated Care Board');
    expect(names(bundled, barnet, '2026-04-01')).not.toContain('NHS North Central London Integrated Care Board');
  });
});

describe('a successor taking on the local Healthwatch role', () => {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-successor-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(process.cwd(), 'data'), dir, { recursive: true });
  const file = join(dir, 'areas/healthwatch.yaml');
  // What a curator would write once a date is set: the old record ends, the successor starts, on the same day.
  writeFileSync(file, readFileSync(file, 'utf8').replace(
    '- id: healthwatch-leeds\n  councils: [E08000035]\n',
    '- id: healthwatch-leeds\n  councils: [E08000035]\n  validTo: 2027-04-01\n',
  ) + `
- id: leeds-patient-voice
  councils: [E08000035]
  name: Leeds patient voice service (example successor)
  website: https://www.leeds.gov.uk
  verified: false
  validFrom: 2027-04-01
  checked: 2026-11-26
  sources:
    - title: Leeds City Council
      url: https://www.leeds.gov.uk
`);
  const changed = loadGraph(dir);
  const leeds: Answers = { nation: 'england', service: 'gp', concern: ['communication'], stage: 'not-yet', postcode: 'LS1 4AP' };

  it('keeps the current Healthwatch until the date, then names the successor, with no code change', () => {
    expect(names(changed, leeds, '2027-03-31')).toContain('Healthwatch Leeds');
    expect(names(changed, leeds, '2027-04-01')).toContain('Leeds patient voice service (example successor)');
    expect(names(changed, leeds, '2027-04-01')).not.toContain('Healthwatch Leeds');
  });
});
