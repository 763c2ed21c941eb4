import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { icbsForCouncil, loadCouncilIcbTable, parseFormerDistricts } from '../../../server/data/areas/icbs.js';
import { loadPostcodeIndex } from '../../../server/data/areas/postcodes.js';

const DATA = join(import.meta.dirname, '../../../data/areas');
const table = loadCouncilIcbTable(join(DATA, 'council-icb.csv'));
const BEFORE = '2026-03-31';
const AFTER = '2026-04-01';

const WEST_YORKSHIRE = { code: 'E54000054', name: 'NHS West Yorkshire Integrated Care Board' };
const NENC = 'E54000050'; // North East and North Cumbria
const LSC = 'E54000048'; // Lancashire and South Cumbria

describe('council-icb table', () => {
  it('covers exactly the councils of the postcode index', () => {
    const councils = loadPostcodeIndex(join(DATA, 'postcodes')).councils;
    expect([...table.keys()].sort()).toEqual([...councils.keys()].sort());
    expect(table.size).toBe(153);
  });

  it.each([BEFORE, AFTER])('gives every council ICBs whose shares add up to 1 on %s', (day) => {
    for (const code of table.keys()) {
      const icbs = icbsForCouncil(table, code, day);
      expect(icbs.length, code).toBeGreaterThan(0);
      expect(icbs.reduce((n, i) => n + i.share, 0)).toBeCloseTo(1, 3);
      expect(icbs.map((i) => i.share)).toEqual([...icbs.map((i) => i.share)].sort((a, b) => b - a));
    }
  });

  it('has 42 ICBs before the reorganisation and 36 after', () => {
    const distinct = (day: string) => new Set([...table.keys()].flatMap((c) => icbsForCouncil(table, c, day).map((i) => i.code))).size;
    expect(distinct(BEFORE)).toBe(42);
    expect(distinct(AFTER)).toBe(36);
  });
});

describe('icbsForCouncil', () => {
  it.each(['2025-06-01', BEFORE, AFTER, '2027-01-01'])('Leeds is in West Yorkshire ICB on %s', (day) => {
    expect(icbsForCouncil(table, 'E08000035', day)).toEqual([{ ...WEST_YORKSHIRE, odsCode: 'QWO', share: 1 }]);
  });

  it('moves Barnet from North Central London to West and North London on 2026-04-01', () => {
    expect(icbsForCouncil(table, 'E09000003', BEFORE)).toMatchObject([
      { code: 'E54000028', name: 'NHS North Central London Integrated Care Board', share: 1 },
    ]);
    expect(icbsForCouncil(table, 'E09000003', AFTER)).toMatchObject([
      { code: 'E54000071', name: 'NHS West and North London Integrated Care Board', share: 1 },
    ]);
  });

  it.each([BEFORE, AFTER])('splits Westmorland and Furness by former district on %s', (day) => {
    const icbs = icbsForCouncil(table, 'E06000064', day);
    expect(icbs.map((i) => i.code)).toEqual([LSC, NENC]);
    expect(icbs[0]!.formerDistricts).toEqual([
      { name: 'Barrow-in-Furness', share: 1 },
      { name: 'South Lakeland', share: 1 },
    ]);
    expect(icbs[1]!.formerDistricts).toEqual([{ name: 'Eden', share: 1 }]);
  });

  it('splits Copeland (Cumberland) and Craven (North Yorkshire) between ICBs', () => {
    const copeland = icbsForCouncil(table, 'E06000063', AFTER).flatMap((i) => i.formerDistricts ?? []).filter((d) => d.name === 'Copeland');
    expect(copeland).toHaveLength(2);
    expect(copeland.reduce((n, d) => n + d.share, 0)).toBeCloseTo(1, 3);
    const northYorkshire = icbsForCouncil(table, 'E06000065', AFTER);
    expect(northYorkshire.map((i) => i.code)).toEqual(['E54000051', WEST_YORKSHIRE.code, LSC]);
    expect(northYorkshire[1]!.formerDistricts?.map((d) => d.name)).toEqual(['Craven']);
  });

  it('lists every ICB for Oxfordshire and Buckinghamshire, whose small edge splits do not follow districts', () => {
    for (const council of ['E10000025', 'E06000060']) {
      const after = icbsForCouncil(table, council, AFTER);
      expect(after.length).toBeGreaterThan(1);
      expect(after[0]).toMatchObject({ code: 'E54000070', name: 'NHS Thames Valley Integrated Care Board' });
      expect(after.every((i) => i.formerDistricts === undefined)).toBe(true);
      expect(icbsForCouncil(table, council, BEFORE)[0]?.code).toBe('E54000044'); // Buckinghamshire, Oxfordshire and Berkshire West
    }
  });

  it('returns nothing for an unknown council and rejects a malformed date', () => {
    expect(icbsForCouncil(table, 'W06000015', AFTER)).toEqual([]);
    expect(() => icbsForCouncil(table, 'E08000035', '1 April 2026')).toThrow(RangeError);
  });
});

it('parses former-district cells', () => {
  expect(parseFormerDistricts('')).toEqual([]);
  expect(parseFormerDistricts('Allerdale; Carlisle; Copeland (87.2%)')).toEqual([
    { name: 'Allerdale', share: 1 },
    { name: 'Carlisle', share: 1 },
    { name: 'Copeland', share: 0.872 },
  ]);
});
