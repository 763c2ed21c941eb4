// Council → integrated care board(s) on a given date, from data/areas/council-icb.csv (see data/areas/ATTRIBUTION.md).
// ICBs were reorganised on 2026-04-01; each row carries its own validity, so the date logic is data, not code.
import { readCsv } from '../csv.js';
import { DataError } from '../records.js';

export interface FormerDistrict {
  name: string;
  /** Fraction of the former district's LSOAs this ICB serves (1 = all of it). */
  share: number;
}
export interface CouncilIcbRow {
  councilCode: string;
  councilName: string;
  icbCode: string;
  icbOdsCode: string;
  icbName: string;
  /** Fraction of the council's LSOAs (a proxy for population) that this ICB serves. */
  share: number;
  lsoas: number;
  /** In force from this date (inclusive); absent = since before our data. */
  validFrom?: string;
  /** In force until this date (exclusive); absent = until further notice. */
  validTo?: string;
  /** For councils split between ICBs along the districts abolished in 2023 (Cumberland, Westmorland and Furness, North Yorkshire). */
  formerDistricts: FormerDistrict[];
}
/** Rows by council code. */
export type CouncilIcbTable = ReadonlyMap<string, readonly CouncilIcbRow[]>;

export interface CouncilIcb {
  code: string;
  odsCode: string;
  name: string;
  share: number;
  formerDistricts?: FormerDistrict[];
}

const COLUMNS = [
  'council_code', 'council_name', 'icb_code', 'icb_ods_code', 'icb_name', 'share', 'lsoas', 'valid_from', 'valid_to', 'former_districts',
];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "Allerdale; Carlisle; Copeland (87.2%)" → names with the share of each district served. */
export function parseFormerDistricts(text: string): FormerDistrict[] {
  if (text.trim() === '') return [];
  return text.split(';').map((part) => {
    const m = /^\s*(.+?)(?:\s+\((\d+(?:\.\d+)?)%\))?\s*$/.exec(part);
    if (!m?.[1]) throw new DataError([`council-icb.csv: the former district "${part}" should read "Name" or "Name (12.5%)"`]);
    return { name: m[1], share: m[2] === undefined ? 1 : Number(m[2]) / 100 };
  });
}

export function loadCouncilIcbTable(file: string): CouncilIcbTable {
  const rows = readCsv(file, COLUMNS);
  const table = new Map<string, CouncilIcbRow[]>();
  for (const [councilCode, councilName, icbCode, icbOdsCode, icbName, share, lsoas, validFrom, validTo, former] of rows) {
    if (!councilCode || !councilName || !icbCode || !icbOdsCode || !icbName) throw new DataError([`${file}: the row for ${councilCode} has an empty column`]);
    for (const d of [validFrom, validTo]) if (d && !ISO_DATE.test(d)) throw new DataError([`${file}: ${d} is not a date written YYYY-MM-DD`]);
    const row: CouncilIcbRow = {
      councilCode, councilName, icbCode, icbOdsCode, icbName,
      share: Number(share),
      lsoas: Number(lsoas),
      formerDistricts: parseFormerDistricts(former ?? ''),
    };
    if (validFrom) row.validFrom = validFrom;
    if (validTo) row.validTo = validTo;
    const list = table.get(councilCode) ?? [];
    list.push(row);
    table.set(councilCode, list);
  }
  return table;
}

/** The ICB(s) serving a council on `today` (YYYY-MM-DD), largest share first; [] for an unknown council. */
export function icbsForCouncil(table: CouncilIcbTable, councilCode: string, today: string): CouncilIcb[] {
  if (!ISO_DATE.test(today)) throw new RangeError(`today must be YYYY-MM-DD, got "${today}"`);
  // ISO dates compare correctly as strings.
  return (table.get(councilCode) ?? [])
    .filter((r) => (!r.validFrom || r.validFrom <= today) && (!r.validTo || today < r.validTo))
    .sort((a, b) => b.share - a.share || a.icbCode.localeCompare(b.icbCode))
    .map((r) => {
      const icb: CouncilIcb = { code: r.icbCode, odsCode: r.icbOdsCode, name: r.icbName, share: r.share };
      if (r.formerDistricts.length > 0) icb.formerDistricts = r.formerDistricts.map((d) => ({ ...d }));
      return icb;
    });
}
