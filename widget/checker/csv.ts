// CSV in and out for the batch checker (RFC 4180: commas, double quotes, "" for a quote, line breaks inside quotes).
// Small enough to test fully, so the page needs no parser library.

export interface CsvRow {
  /** The line the row starts on, counting from 1, to name it in messages. */
  line: number;
  cells: string[];
}

export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells: cells.map((c) => c.trim()) });
    cells = [];
    cell = '';
  };
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      cell += c;
    }
  }
  endRow();
  return rows;
}

/** One cell: quoted when it holds a comma, a quote or a line break. A leading =, +, - or @ is made harmless,
 *  so a spreadsheet never runs a page's words as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const toCsv = (rows: readonly (readonly string[])[]) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

export interface Site {
  line: number;
  name: string;
  url: string;
  /** The organisation's ODS code, when the file gives one. */
  ods?: string;
  /** The service's postcode, when the file gives one: the local bodies are then checked by name. */
  postcode?: string;
}

export interface ReadSites {
  sites: Site[];
  problems: string[];
}

export const MAX_ROWS = 500;

export function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

type Column = 'name' | 'url' | 'ods' | 'postcode';
/** Heading words for each column, tried in this order (a "Postcode" heading is not an ODS "code"). */
const HEADINGS: readonly [Column, RegExp][] = [
  ['postcode', /post ?code/i],
  ['ods', /\bods\b|\bcode\b/i],
  ['url', /\burl\b|web ?site|web address|\blink\b|\bpage\b|\baddress\b/i],
  ['name', /name|provider|practice|organi[sz]ation|service/i],
];
const BY_POSITION: readonly Column[] = ['name', 'url', 'ods', 'postcode'];
const ODS_CODE = /^(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,7}$/;
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;

/** Which column holds what: from a first row of headings, or else name, address, ODS code, postcode in that order. */
function columnsOf(first: CsvRow | undefined): { columns: readonly (Column | undefined)[]; headings: boolean } {
  if (!first || first.cells.some(isWebAddress)) return { columns: BY_POSITION, headings: false };
  const taken = new Set<Column>();
  const columns = first.cells.map((cell) => {
    const found = HEADINGS.find(([column, pattern]) => !taken.has(column) && pattern.test(cell))?.[0];
    if (found) taken.add(found);
    return found;
  });
  return taken.has('url') ? { columns, headings: true } : { columns: BY_POSITION, headings: false };
}

/** Rows of name, address and, if given, ODS code and postcode. A first row of headings says which column is which;
 *  a row that cannot be used is named by its line, and the rest still run. */
export function readSites(text: string): ReadSites {
  const rows = parseCsv(text);
  const sites: Site[] = [];
  const problems: string[] = [];
  const { columns, headings } = columnsOf(rows[0]);
  if (headings) rows.shift();
  for (const row of rows) {
    const get = (column: Column) => row.cells[columns.indexOf(column)] ?? '';
    const extra = row.cells.some((c, i) => c !== '' && (i >= columns.length || columns[i] === undefined));
    const url = get('url');
    const ods = get('ods').toUpperCase();
    const postcode = get('postcode');
    if (extra) problems.push(`Line ${row.line}: there are more columns than we use. Give the name, the address, and if you like the ODS code and postcode.`);
    else if (!url) problems.push(`Line ${row.line}: there is no web address.`);
    else if (!isWebAddress(url)) problems.push(`Line ${row.line}: "${url.slice(0, 80)}" is not a web address. It should start with https://.`);
    else if (sites.length >= MAX_ROWS) problems.push(`Line ${row.line}: only the first ${MAX_ROWS} pages are checked.`);
    else {
      if (ods && !ODS_CODE.test(ods)) problems.push(`Line ${row.line}: "${ods.slice(0, 20)}" is not an ODS code, so it is left out.`);
      if (postcode && !POSTCODE.test(postcode)) problems.push(`Line ${row.line}: "${postcode.slice(0, 20)}" is not a postcode, so it is left out.`);
      sites.push({
        line: row.line, name: get('name') || url, url,
        ...(ODS_CODE.test(ods) && { ods }), ...(POSTCODE.test(postcode) && { postcode: postcode.toUpperCase() }),
      });
    }
  }
  return { sites, problems };
}
