// Offline postcode → council lookup for Great Britain (England's social-services councils, Wales's and Scotland's
// councils), built from OS Code-Point Open aggregates
// (data/areas/postcodes/ATTRIBUTION.md). Pure: files are read once at load, lookups touch only Maps.
import { join } from 'node:path';
import { isValid, toNormalised, validOutcode } from 'postcode';
import type { Nation } from '../../graph/contract.js';
import { DataError } from '../records.js';
import type { AreaFound, AreaLookup, Candidate, Council, NationShare, Precision } from '../../graph/directory.js';
import { readCsv } from '../csv.js';

export type { AreaFound, AreaLookup, Candidate, Council, NationShare, Precision };

export interface PostcodeIndex {
  lookup(input: string): AreaLookup;
  /** The 153 social-services councils by ONS code. */
  readonly councils: ReadonlyMap<string, Council>;
  /** The councils of Wales and Scotland the tables name, by ONS code. */
  readonly devolvedCouncils: ReadonlyMap<string, Council>;
}

/** A sector's exceptions: postcodes whose council differs from the sector's majority, grouped by council. */
type Exceptions = Map<string, { council: Council; units: string }[]>;

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const INVALID: AreaLookup = Object.freeze({ kind: 'invalid' });
const MAX_INPUT = 16; // longest sensible form, "AA9A   9AA"-style spacing included

interface NationCounts {
  england: number;
  wales: number;
  scotland: number;
}

export function loadPostcodeIndex(
  dir: string, councilsFile = join(dir, '..', 'council-districts.csv'), devolvedNamesFile = join(dir, '..', 'council-names-wales-scotland.csv'),
): PostcodeIndex {
  const councils = new Map<string, Council>();
  for (const [, , , code, name] of readCsv(councilsFile, [
    'ltla_code', 'ltla_name', 'ltla_type', 'council_code', 'council_name', 'council_type', 'region', 'former_ltla_codes',
  ])) {
    if (code && name && !councils.has(code)) councils.set(code, Object.freeze({ code, name }));
  }
  const council = (code: string | undefined, file: string): Council => {
    const c = code === undefined ? undefined : councils.get(code);
    if (!c) throw new DataError([`${file}: the council code "${code}" is not in council-districts.csv`]);
    return c;
  };

  // Values are shared Council objects, so the maps hold one pointer per key. Exceptions stay grouped by sector
  // (1,779 rows instead of 35,203 postcodes): a sector's few exception lists are scanned only when it is looked up.
  const readExceptions = (file: string, councilOf: (code: string | undefined, file: string) => Council): Exceptions => {
    const out: Exceptions = new Map();
    for (const [sector, code, units] of readCsv(file, ['sector', 'council_code', 'units'])) {
      if (!sector || !units) continue;
      const list = out.get(sector) ?? [];
      list.push({ council: councilOf(code, file), units: ` ${units} ` });
      out.set(sector, list);
    }
    return out;
  };
  const exceptions = readExceptions(join(dir, 'sector-exceptions.csv'), council);
  const sectors = new Map<string, Council>();
  const sectorsFile = join(dir, 'sectors.csv');
  for (const [sector, code] of readCsv(sectorsFile, ['sector', 'council_code'])) {
    if (sector) sectors.set(sector, council(code, sectorsFile));
  }
  const outcodeCounts = new Map<string, { council: Council; postcodes: number }[]>();
  const outcodesFile = join(dir, 'outcodes.csv');
  for (const [outcode, code, postcodes] of readCsv(outcodesFile, ['outcode', 'council_code', 'postcodes'])) {
    if (!outcode) continue;
    const list = outcodeCounts.get(outcode) ?? [];
    list.push({ council: council(code, outcodesFile), postcodes: Number(postcodes) });
    outcodeCounts.set(outcode, list);
  }
  // Wales and Scotland: one table of (sector, council, postcodes), the majority first, and the sector exceptions. The
  // outcode shares are summed from the sectors, so no third table is needed.
  const devolvedCouncils = new Map<string, Council>();
  for (const [code, name] of readCsv(devolvedNamesFile, ['council_code', 'council_name'])) {
    if (code && name) devolvedCouncils.set(code, Object.freeze({ code, name }));
  }
  const devolvedCouncil = (code: string | undefined, file: string): Council => {
    const c = code === undefined ? undefined : devolvedCouncils.get(code);
    if (!c) throw new DataError([`${file}: the council code "${code}" is not in council-names-wales-scotland.csv`]);
    return c;
  };
  const devolvedExceptions = readExceptions(join(dir, 'sector-exceptions-wales-scotland.csv'), devolvedCouncil);
  const devolvedSectors = new Map<string, Council>();
  const devolvedOutcodeCounts = new Map<string, { council: Council; postcodes: number }[]>();
  const devolvedSectorsFile = join(dir, 'sectors-wales-scotland.csv');
  for (const [sector, code, postcodes] of readCsv(devolvedSectorsFile, ['sector', 'council_code', 'postcodes'])) {
    if (!sector) continue;
    const c = devolvedCouncil(code, devolvedSectorsFile);
    if (!devolvedSectors.has(sector)) devolvedSectors.set(sector, c);
    const outcode = sector.slice(0, -2);
    const list = devolvedOutcodeCounts.get(outcode) ?? [];
    const same = list.find((x) => x.council === c);
    if (same) same.postcodes += Number(postcodes);
    else list.push({ council: c, postcodes: Number(postcodes) });
    devolvedOutcodeCounts.set(outcode, list);
  }

  const withShares = (counts: Map<string, { council: Council; postcodes: number }[]>) => {
    const out = new Map<string, readonly Candidate[]>();
    for (const [outcode, list] of counts) {
      const total = list.reduce((n, x) => n + x.postcodes, 0);
      const candidates = list
        .map((x) => Object.freeze({ ...x.council, share: round4(x.postcodes / total) }))
        .sort((a, b) => b.share - a.share || a.code.localeCompare(b.code));
      out.set(outcode, Object.freeze(candidates));
    }
    return out;
  };
  const outcodes = withShares(outcodeCounts);
  const devolvedOutcodes = withShares(devolvedOutcodeCounts);
  // Former districts, only for sectors of councils with a scheduled succession: the majority (no units), then
  // the postcodes whose district differs.
  const districts = new Map<string, { district: string; units: string }[]>();
  for (const [sector, district, units] of readCsv(join(dir, 'sector-districts.csv'), ['sector', 'district_code', 'units'])) {
    if (sector && district) districts.set(sector, [...(districts.get(sector) ?? []), { district, units: units ? ` ${units} ` : '' }]);
  }
  const districtOf = (sector: string, unit: string) => {
    const rows = districts.get(sector);
    return (rows?.find((r) => r.units && r.units.includes(unit)) ?? rows?.find((r) => !r.units))?.district;
  };
  const nations = new Map<string, NationCounts>();
  for (const [outcode, england, wales, scotland] of readCsv(join(dir, 'outcode-nations.csv'), ['outcode', 'england', 'wales', 'scotland'])) {
    if (outcode) nations.set(outcode, { england: Number(england), wales: Number(wales), scotland: Number(scotland) });
  }

  const found = (
    query: string, precision: Precision, nation: Nation, area: Council | null, candidates: readonly Candidate[],
  ): AreaFound => ({
    kind: 'found', query, precision, nation,
    area: area && { code: area.code, name: area.name },
    candidates: candidates.map((c) => ({ ...c })),
  });
  const exact = (query: string, precision: Precision, nation: Nation, c: Council) => found(query, precision, nation, c, [{ ...c, share: 1 }]);
  const northernIreland = (query: string, precision: Precision) => found(query, precision, 'northern-ireland', null, []);
  const nationOf = (code: string): Nation => (code.startsWith('W') ? 'wales' : code.startsWith('S') ? 'scotland' : 'england');

  /** An outward code on its own: its majority nation's councils with shares, and the nations it spans. */
  function outward(outcode: string, query: string): AreaLookup {
    const counts = nations.get(outcode);
    const total = counts ? counts.england + counts.wales + counts.scotland : 0;
    if (!counts || total === 0) return { kind: 'not-found', query };
    const shares = (['england', 'wales', 'scotland'] as const)
      .filter((n) => counts[n] > 0)
      .map((nation): NationShare => ({ nation, share: round4(counts[nation] / total) }))
      .sort((a, b) => b.share - a.share); // stable: England first on a tie
    const nation = shares[0]?.nation ?? 'england';
    const candidates = (nation === 'england' ? outcodes : devolvedOutcodes).get(outcode) ?? [];
    // A few outcodes are non-geographic (PO boxes, large users) and have no council data.
    if (candidates.length === 0) return { kind: 'not-found', query };
    const result = found(query, 'outcode', nation, candidates[0] ?? null, candidates);
    if (shares.length > 1) result.otherNations = shares.slice(1);
    return result;
  }

  function full(postcode: string): AreaLookup {
    const outcode = postcode.slice(0, -4);
    if (outcode.startsWith('BT')) return northernIreland(postcode, 'outcode');
    const sector = postcode.slice(0, -2);
    const unit = ` ${postcode.slice(-2)} `;
    const exception = exceptions.get(sector)?.find((e) => e.units.includes(unit))
      ?? devolvedExceptions.get(sector)?.find((e) => e.units.includes(unit));
    const withDistrict = (r: AreaFound) => {
      const district = districtOf(sector, unit);
      if (district) r.district = district;
      return r;
    };
    if (exception) return withDistrict(exact(postcode, 'postcode', nationOf(exception.council.code), exception.council));
    const english = sectors.get(sector);
    const devolvedMajority = devolvedSectors.get(sector);
    // 34 sectors straddle a national border; a postcode listed in neither exception table goes with the nation that
    // holds most of its outcode's postcodes.
    const counts = nations.get(outcode);
    const englandFirst = !counts || counts.england >= counts.wales + counts.scotland;
    const majority = english && devolvedMajority ? (englandFirst ? english : devolvedMajority) : (english ?? devolvedMajority);
    if (majority) return withDistrict(exact(postcode, 'sector', nationOf(majority.code), majority));
    // A new or unlisted postcode: the best we can say is its outcode's councils.
    return outward(outcode, postcode);
  }

  return {
    councils,
    devolvedCouncils,
    lookup(input: string): AreaLookup {
      const text = input.trim().toUpperCase();
      if (text.length === 0 || text.length > MAX_INPUT) return INVALID;
      if (isValid(text)) {
        const postcode = toNormalised(text);
        return postcode ? full(postcode) : INVALID;
      }
      if (!/\s/.test(text) && validOutcode(text)) {
        return /^BT\d/.test(text) ? northernIreland(text, 'outcode') : outward(text, text);
      }
      return INVALID;
    },
  };
}
