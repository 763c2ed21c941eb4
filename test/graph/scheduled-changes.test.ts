// Scheduled changes are data edits made ahead of time: the plan switches on the day they take effect.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../server/graph/api-schemas.js';
import { loadGraph, type Graph } from '../../server/data/load.js';
import { buildMeta } from '../../server/graph/meta.js';
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

describe("Surrey's two new councils from 1 April 2027", () => {
  const plan = (postcode: string, today: string) => buildPlan(bundled, readSituation(bundled, {
    nation: 'england', service: 'council-adult-social-care', concern: ['care-or-treatment'], stage: 'not-yet', postcode,
  }, { today }));
  const complain = (postcode: string, today: string) => plan(postcode, today).steps.find((s) => s.kind === 'complain')?.body;

  it.each([
    ['GU21 6HZ', 'Woking', 'West Surrey Council'],
    ['GU1 3AA', 'Guildford', 'West Surrey Council'],
    ['KT10 9AA', 'Elmbridge', 'East Surrey Council'],
    ['RH1 1AA', 'Reigate and Banstead', 'East Surrey Council'],
  ])('%s (%s): Surrey County Council on 31 March 2027, %s from 1 April 2027', (postcode, _district, successor) => {
    expect(complain(postcode, '2027-03-31')?.name).toBe('Surrey County Council');
    const after = complain(postcode, '2027-04-01');
    expect(after?.name).toBe(successor);
    expect(after?.id).toBe(`council-${successor.toLowerCase().replace(/ council$/, '').replace(' ', '-')}`);
    // Not confirmed yet: the national finder stays beside it, and the link says what it is.
    expect(after?.verified).toBe(false);
    expect(after?.websiteLabel).toMatch(/^Find /);
  });

  it('keeps Healthwatch Surrey and the area code either side of the date: no law has closed Healthwatch', () => {
    for (const today of ['2027-03-31', '2027-04-01']) {
      const p = plan('GU21 6HZ', today);
      expect(p.area).toEqual({ code: 'E10000030', name: 'Surrey' });
      expect(p.steps.flatMap((s) => [s.body?.name, ...s.alternatives.map((a) => a.name)])).toContain('Healthwatch Surrey');
    }
  });

  it('names no council that no longer exists for an outward code alone after the date: the finder stands in', () => {
    expect(complain('GU21', '2027-03-31')?.name).toBe('Surrey County Council');
    expect(complain('GU21', '2027-04-01')?.id).toBe('your-council');
  });

  it('lists both new councils among the changes scheduled ahead', () => {
    const scheduled = buildMeta(bundled, '2026-12-05').scheduled.filter((s) => s.kind === 'council');
    expect(scheduled.map((s) => [s.id, s.validFrom])).toEqual([['east-surrey', '2027-04-01'], ['west-surrey', '2027-04-01']]);
  });
});
