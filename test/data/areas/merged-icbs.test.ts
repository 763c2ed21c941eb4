// The four boards formed by mergers on 1 April 2026 have no complaints contact of their own yet. Every council they
// serve must still get a way to reach its board in a plan: the predecessor's last published contact, labelled with
// the predecessor's name, never verified, with its sources; never a bare finder link.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Body } from '../../../server/graph/api-schemas.js';
import { loadGraph } from '../../../server/data/load.js';
import { buildPlan } from '../../../server/graph/plan.js';
import { readSituation } from '../../../server/graph/situation.js';

const DATA = join(process.cwd(), 'data');
const graph = loadGraph(DATA);
const MERGED = ['E54000065', 'E54000068', 'E54000069', 'E54000071']; // Central East, Norfolk and Suffolk, Surrey and Sussex, West and North London

// Read the tables directly: the councils whose main board from 2026 is a merged one, and a sector of each.
const csv = (file: string) => readFileSync(join(DATA, file), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
const councils = csv('areas/council-icb.csv')
  .filter(([, , icb, , , share, , from]) => MERGED.includes(icb!) && Number(share) > 0.5 && from === '2026-04-01')
  .map(([code, name, icb]) => ({ code: code!, name: name!, icb: icb! }));
const withExceptions = new Set(csv('areas/postcodes/sector-exceptions.csv').map(([sector]) => sector));
const sectorOf = new Map<string, string>();
for (const [sector, council] of csv('areas/postcodes/sectors.csv')) if (!sectorOf.has(council!) && !withExceptions.has(sector)) sectorOf.set(council!, sector!);

const planFor = (council: string, today: string) => buildPlan(graph, readSituation(graph, {
  nation: 'england', service: 'continuing-healthcare', concern: ['care-or-treatment'], stage: 'not-yet', postcode: `${sectorOf.get(council)}ZZ`,
}, { today }));
const boardIn = (steps: ReturnType<typeof planFor>['steps']): Body | undefined =>
  steps.flatMap((s) => [s.body, ...s.alternatives]).find((b): b is Body => Boolean(b && b.role === 'commissioner' && !b.generic));

describe('councils served by a board formed by a merger on 1 April 2026', () => {
  it('are the 26 the mergers cover', () => {
    expect(councils).toHaveLength(26);
  });

  it.each(councils.map((c) => [c.name, c]))('%s: the plan reaches the board through its predecessor\'s labelled contact', (_name, c) => {
    const plan = planFor(c.code, '2026-12-05');
    expect(plan.area?.code).toBe(c.code);
    const board = boardIn(plan.steps);
    expect(board?.id).toBe(`icb-${c.icb}`);
    expect(board?.contactFrom?.name).toMatch(/^NHS /);
    expect(board?.contactFrom?.until).toBe('2026-04-01');
    expect(board?.verified).toBe(false);
    expect(Boolean(board?.phone || board?.email || board?.complaintPage || board?.website)).toBe(true);
    const step = plan.steps.find((s) => s.body?.id === board?.id);
    // The first-screen contact names whose it is, and is not a finder.
    expect(step?.short.contact?.label).toContain(`(from ${board?.contactFrom?.name}, before it merged)`);
    expect(step?.short.contact?.value).not.toMatch(/find-your-local-integrated-care-board/);
  });

  it('shows the predecessor itself, with its own details and no label, before the merger', () => {
    const surrey = councils.find((c) => c.name === 'Surrey')!;
    const before = boardIn(planFor(surrey.code, '2026-03-15').steps);
    expect(before).toMatchObject({ name: 'NHS Surrey Heartlands Integrated Care Board', phone: '0300 561 0290' });
    expect(before?.contactFrom).toBeUndefined();
    const after = boardIn(planFor(surrey.code, '2026-12-05').steps);
    expect(after).toMatchObject({ name: 'NHS Surrey and Sussex Integrated Care Board', phone: '0300 561 0290', contactFrom: { name: 'NHS Surrey Heartlands' } });
    // The predecessor's sources and checked date travel with its details.
    expect(after?.checked).toBe(before?.checked);
    expect(after?.sources.map((s) => s.url)).toEqual(expect.arrayContaining(before!.sources.map((s) => s.url)));
  });
});
