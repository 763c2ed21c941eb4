import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPostcodeIndex, type AreaFound, type AreaLookup } from '../../../server/data/areas/postcodes.js';

const DATA = join(import.meta.dirname, '../../../data/areas');
const DIR = join(DATA, 'postcodes');
const index = loadPostcodeIndex(DIR);

/** Data rows read independently of the module under test (these files have no quoted cells). */
const rows = (file: string) =>
  readFileSync(join(DIR, file), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));

const sectorMajority = new Map(rows('sectors.csv').map(([sector, council]) => [sector!, council!]));
const exceptionUnits = new Map<string, Set<string>>();
for (const [sector, , units] of rows('sector-exceptions.csv')) {
  const set = exceptionUnits.get(sector!) ?? new Set<string>();
  for (const u of units!.split(' ')) set.add(u);
  exceptionUnits.set(sector!, set);
}
const nationCounts = new Map(rows('outcode-nations.csv').map(([o, e, w, s]) => [o!, { england: +e!, wales: +w!, scotland: +s! }]));
// council-districts.csv: the second ONS code on each line is the council's (names may be quoted, codes never are).
const councilCodes = new Set(
  readFileSync(join(DATA, 'council-districts.csv'), 'utf8').trim().split('\n').slice(1)
    .map((line) => line.match(/\bE\d{8}\b/g)?.[1] ?? ''),
);

function found(input: string): AreaFound {
  const r: AreaLookup = index.lookup(input);
  if (r.kind !== 'found') throw new Error(`${input}: expected found, got ${JSON.stringify(r)}`);
  return r;
}
const LETTERS = [...'ABDEFGHJLNPQRSTUWXYZ']; // the letters Royal Mail uses in the last two places
const UNITS = LETTERS.flatMap((a) => LETTERS.map((b) => a + b));

describe('councils', () => {
  it('knows the 153 social-services councils, named from the council list', () => {
    expect(councilCodes.size).toBe(153);
    expect([...index.councils.keys()].sort()).toEqual([...councilCodes].sort());
    expect(index.councils.get('E08000035')?.name).toBe('Leeds');
  });

  it('resolves every council from a full postcode in a sector where it is the majority', () => {
    const resolved = new Set<string>();
    for (const council of councilCodes) {
      const sector = [...sectorMajority].find(([, c]) => c === council)?.[0];
      expect(sector, `a sector for ${council}`).toBeDefined();
      const taken = exceptionUnits.get(sector!) ?? new Set();
      const unit = UNITS.find((u) => !taken.has(u))!;
      const r = found(`${sector}${unit}`);
      expect(r, `${sector}${unit}`).toMatchObject({ nation: 'england', precision: 'sector', area: { code: council } });
      expect(r.candidates).toEqual([{ code: council, name: r.area?.name, share: 1 }]);
      resolved.add(r.area!.code);
    }
    expect(resolved.size).toBe(153);
  });

  it('resolves listed exception postcodes to their own council, not the sector majority', () => {
    for (const [sector, council, units] of rows('sector-exceptions.csv')) {
      const postcode = `${sector}${units!.split(' ')[0]}`;
      expect(council).not.toBe(sectorMajority.get(sector!));
      expect(found(postcode), postcode).toMatchObject({ precision: 'postcode', area: { code: council }, candidates: [{ code: council, share: 1 }] });
    }
  });
});

describe('named places', () => {
  it.each([
    ['LS1 4AP', 'E08000035', 'Leeds'],
    ['LA9 4DL', 'E06000064', 'Westmorland and Furness'], // Kendal
    ['CA11 7QF', 'E06000064', 'Westmorland and Furness'], // Penrith, former Eden district
    ['CA3 8QG', 'E06000063', 'Cumberland'], // Carlisle
    ['SW1A 2AA', 'E09000033', 'Westminster'],
    ['TR21 0LW', 'E06000053', 'Isles of Scilly'], // St Mary's
  ])('%s → %s %s', (postcode, code, name) => {
    const r = found(postcode);
    expect(r).toMatchObject({ query: postcode, nation: 'england', area: { code, name } });
    expect(r.candidates).toEqual([{ code, name, share: 1 }]);
    expect(r.otherNations).toBeUndefined();
  });
});

describe('outward codes', () => {
  it('answers a split outward code with every council it touches, largest first', () => {
    const r = found('LA6'); // Kirkby Lonsdale: Westmorland and Furness, Lancashire, North Yorkshire
    expect(r.precision).toBe('outcode');
    expect(r.candidates.map((c) => c.code)).toEqual(['E06000064', 'E10000017', 'E06000065']);
    expect(r.candidates[0]!.share).toBeLessThan(0.95);
    expect(r.area).toEqual({ code: 'E06000064', name: 'Westmorland and Furness' });
  });

  it('orders candidates and picks the largest for every outward code split below 95 %', () => {
    const byOutcode = new Map<string, number[]>();
    for (const [o, , n] of rows('outcodes.csv')) byOutcode.set(o!, [...(byOutcode.get(o!) ?? []), +n!]);
    const split = [...byOutcode].filter(([, ns]) => Math.max(...ns) / ns.reduce((a, b) => a + b) < 0.95);
    expect(split.length).toBeGreaterThan(400);
    for (const [outcode, counts] of split) {
      const r = found(outcode);
      expect(r.area?.code).toBe(r.candidates[0]!.code);
      // A few border outcodes are mostly Welsh: their candidates are then the Welsh councils.
      if (r.nation !== 'england') {
        expect(r.candidates.every((c) => c.code.startsWith(CODE_PREFIX[r.nation as 'wales' | 'scotland']))).toBe(true);
        continue;
      }
      const total = counts.reduce((a, b) => a + b);
      expect(r.candidates.map((c) => c.share)).toEqual(counts.map((n) => Math.round((n / total) * 1e4) / 1e4).sort((a, b) => b - a));
    }
  });

  it('falls back to the outcode for a full postcode whose sector is not listed', () => {
    const digit = [...'0123456789'].find((d) => !sectorMajority.has(`LS1 ${d}`))!;
    expect(found(`LS1 ${digit}ZZ`)).toMatchObject({ precision: 'outcode', nation: 'england', area: { code: 'E08000035' } });
  });
});

describe('normalisation', () => {
  it.each(['LS1 4AP', 'ls14ap', 'LS14AP', '  ls1 4ap ', 'Ls1   4aP'])('%j → LS1 4AP', (input) => {
    expect(found(input)).toMatchObject({ query: 'LS1 4AP', area: { code: 'E08000035' } });
  });
  it.each(['LS1', ' LS1 ', 'ls1'])('%j → outward code LS1', (input) => {
    expect(found(input)).toMatchObject({ query: 'LS1', precision: 'outcode', area: { code: 'E08000035' } });
  });
});

const devolvedMajority = new Map<string, string>();
for (const [sector, council] of rows('sectors-wales-scotland.csv')) if (!devolvedMajority.has(sector!)) devolvedMajority.set(sector!, council!);
const devolvedExceptions = rows('sector-exceptions-wales-scotland.csv').map(([sector, council, units]) => ({ sector: sector!, council: council!, unit: units!.split(' ')[0]! }));
const CODE_PREFIX = { england: 'E', wales: 'W', scotland: 'S' } as const;

describe('nations', () => {
  it.each([
    ['CF10 1EP', 'wales', 'W06000015', 'City of Cardiff Council'],
    ['CF10', 'wales', 'W06000015', 'City of Cardiff Council'],
    ['EH1 1YZ', 'scotland', 'S12000036', 'City of Edinburgh Council'],
    ['G1 1XQ', 'scotland', 'S12000049', 'Glasgow City Council'],
    ['LL30 2DF', 'wales', 'W06000003', 'Conwy County Borough Council'],
  ])('%s → %s, council %s', (input, nation, code, name) => {
    expect(found(input)).toMatchObject({ nation, area: { code, name } });
    expect(found(input).candidates[0]).toMatchObject({ code, name });
  });

  it.each(['BT1 1AA', 'BT1'])('%s → Northern Ireland with no council (its postcodes are not open data)', (input) => {
    expect(found(input)).toMatchObject({ nation: 'northern-ireland', area: null, candidates: [] });
  });

  it('takes a Welsh or Scottish postcode listed as an exception from the exceptions, not its sector', () => {
    const checked = devolvedExceptions.slice(0, 50);
    for (const e of checked) {
      expect(e.council).not.toBe(devolvedMajority.get(e.sector));
      expect(found(`${e.sector}${e.unit}`)).toMatchObject({ precision: 'postcode', area: { code: e.council } });
    }
  });

  it('gives a Welsh or Scottish outward code every council it touches, with shares adding up to 1', () => {
    const r = found('LL14');
    expect(r.candidates.length).toBeGreaterThan(0);
    expect(r.candidates.every((c) => /^W06/.test(c.code))).toBe(true);
    expect(r.candidates.reduce((n, c) => n + c.share, 0)).toBeCloseTo(1, 3);
    expect(r.area?.code).toBe(r.candidates[0]?.code);
  });

  it('places a full postcode in a cross-border outcode by the nation whose tables hold its sector', () => {
    expect(sectorMajority.has('CH4 7')).toBe(true);
    expect(sectorMajority.has('CH4 0')).toBe(false);
    expect(found('CH4 7AA')).toMatchObject({ nation: 'england', area: { code: 'E06000050' } });
    expect(found('CH4 0DE')).toMatchObject({ nation: 'wales', area: { code: devolvedMajority.get('CH4 0') } });
    // A sector in both nations' tables goes with the nation holding most of its outcode.
    const shared = [...devolvedMajority.keys()].find((sector) => sectorMajority.has(sector))!;
    const counts = nationCounts.get(shared.slice(0, -2))!;
    const expected = counts.england >= counts.wales + counts.scotland ? sectorMajority.get(shared) : devolvedMajority.get(shared);
    expect(found(`${shared}ZZ`).area?.code).toBe(expected);
  });

  it.each(['CH4', 'SY21', 'TD15', 'LD7'])('warns about the other nation for the straddling outward code %s', (outcode) => {
    const counts = nationCounts.get(outcode)!;
    const total = counts.england + counts.wales + counts.scotland;
    const majority = (['england', 'wales', 'scotland'] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a));
    const r = found(outcode);
    expect(r.nation).toBe(majority);
    expect(r.area?.code.charAt(0)).toBe(CODE_PREFIX[majority]);
    const others = (['england', 'wales', 'scotland'] as const).filter((n) => n !== majority && counts[n] > 0);
    expect(r.otherNations).toEqual(others.map((nation) => ({ nation, share: Math.round((counts[nation] / total) * 1e4) / 1e4 })));
  });
});

describe('bad and unknown input', () => {
  it.each(['', '   ', 'hello', 'LS1 4', '12345', 'LS1 4APX', 'L$1 4AP', 'LS1 4AP LS2', 'x'.repeat(200)])('%j is invalid', (input) => {
    expect(index.lookup(input)).toEqual({ kind: 'invalid' });
  });
  it.each(['ZZ9 9ZZ', 'ZZ99', 'JE2 4UH'])('%s is well-formed but not found', (input) => {
    expect(index.lookup(input)).toEqual({ kind: 'not-found', query: input });
  });
});

it('hands out fresh objects, so a caller cannot corrupt the index', () => {
  const first = found('LA6');
  first.candidates.length = 0;
  first.area!.name = 'changed';
  expect(found('LA6').candidates.length).toBe(3);
  expect(found('LA6').area?.name).toBe('Westmorland and Furness');
});
