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

/** Rows of name and address. A first row of headings is skipped; a row that cannot be used is named by its line. */
export function readSites(text: string): ReadSites {
  const rows = parseCsv(text);
  const sites: Site[] = [];
  const problems: string[] = [];
  const first = rows[0];
  if (first && !/^https?:\/\//i.test(first.cells[1] ?? '') && /name|url|address|website|link/i.test(first.cells.join(' '))) rows.shift();
  for (const row of rows) {
    const [name = '', url = '', ...rest] = row.cells;
    if (rest.some((c) => c !== '')) problems.push(`Line ${row.line}: there are more than 2 columns. Put the name first, then the address.`);
    else if (!url) problems.push(`Line ${row.line}: there is no web address.`);
    else if (!isWebAddress(url)) problems.push(`Line ${row.line}: "${url.slice(0, 80)}" is not a web address. It should start with https://.`);
    else if (sites.length >= MAX_ROWS) problems.push(`Line ${row.line}: only the first ${MAX_ROWS} pages are checked.`);
    else sites.push({ line: row.line, name: name || url, url });
  }
  return { sites, problems };
}
