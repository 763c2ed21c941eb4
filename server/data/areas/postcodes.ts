// Offline postcode → English social-services council lookup, built from OS Code-Point Open aggregates
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
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const INVALID: AreaLookup = Object.freeze({ kind: 'invalid' });
const MAX_INPUT = 16; // longest sensible form, "AA9A   9AA"-style spacing included

interface NationCounts {
  england: number;
  wales: number;
  scotland: number;
}

export function loadPostcodeIndex(dir: string, councilsFile = join(dir, '..', 'council-districts.csv')): PostcodeIndex {
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
  const exceptions = new Map<string, { council: Council; units: string }[]>();
  const exceptionsFile = join(dir, 'sector-exceptions.csv');
  for (const [sector, code, units] of readCsv(exceptionsFile, ['sector', 'council_code', 'units'])) {
    if (!sector || !units) continue;
    const list = exceptions.get(sector) ?? [];
    list.push({ council: council(code, exceptionsFile), units: ` ${units} ` });
    exceptions.set(sector, list);
  }
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
  const outcodes = new Map<string, readonly Candidate[]>();
  for (const [outcode, list] of outcodeCounts) {
    const total = list.reduce((n, x) => n + x.postcodes, 0);
    const candidates = list
      .map((x) => Object.freeze({ ...x.council, share: round4(x.postcodes / total) }))
      .sort((a, b) => b.share - a.share || a.code.localeCompare(b.code));
    outcodes.set(outcode, Object.freeze(candidates));
  }
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
  const exact = (query: string, precision: Precision, c: Council) => found(query, precision, 'england', c, [{ ...c, share: 1 }]);
  const northernIreland = (query: string, precision: Precision) => found(query, precision, 'northern-ireland', null, []);

  /** An outward code on its own: English councils with shares, and the nations it spans. */
  function outward(outcode: string, query: string): AreaLookup {
    const counts = nations.get(outcode);
    const total = counts ? counts.england + counts.wales + counts.scotland : 0;
    if (!counts || total === 0) return { kind: 'not-found', query };
    const shares = (['england', 'wales', 'scotland'] as const)
      .filter((n) => counts[n] > 0)
      .map((nation): NationShare => ({ nation, share: round4(counts[nation] / total) }))
      .sort((a, b) => b.share - a.share); // stable: England first on a tie
    const nation = shares[0]?.nation ?? 'england';
    const candidates = outcodes.get(outcode) ?? [];
    // A few English outcodes are non-geographic (PO boxes, large users) and have no council data.
    if (nation === 'england' && candidates.length === 0) return { kind: 'not-found', query };
    const result = found(query, 'outcode', nation, nation === 'england' ? (candidates[0] ?? null) : null, candidates);
    if (shares.length > 1) result.otherNations = shares.slice(1);
    return result;
  }

  function full(postcode: string): AreaLookup {
    const outcode = postcode.slice(0, -4);
    if (outcode.startsWith('BT')) return northernIreland(postcode, 'outcode');
    const sector = postcode.slice(0, -2);
    const unit = ` ${postcode.slice(-2)} `;
    const exception = exceptions.get(sector)?.find((e) => e.units.includes(unit));
    if (exception) return exact(postcode, 'postcode', exception.council);
    const majority = sectors.get(sector);
    if (majority) return exact(postcode, 'sector', majority);
    // Not in the English tables. In an outcode with Welsh or Scottish postcodes (wholly or across a border), it is theirs.
    const counts = nations.get(outcode);
    if (counts && counts.wales + counts.scotland > 0) {
      return found(postcode, 'outcode', counts.wales >= counts.scotland ? 'wales' : 'scotland', null, []);
    }
    // A new or unlisted English postcode: the best we can say is its outcode's councils.
    return outward(outcode, postcode);
  }

  return {
    councils,
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
