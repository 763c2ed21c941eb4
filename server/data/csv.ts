// Reading the CSV tables in data/ with a maintained parser (csv-parse), so that quoting follows RFC 4180 and a
// malformed row is reported with its file, line and column.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { DataError } from './records.js';

/** The path as a curator would type it: relative to the working directory when it lies inside it. */
const shown = (file: string) => {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
};

/** The rows of a CSV file after its header, which must be exactly `columns` (the files are ours: a changed
 *  layout should fail loudly). Every row must have as many cells as the header. */
export function readCsv(file: string, columns: readonly string[]): string[][] {
  let rows: string[][];
  try {
    rows = parse(readFileSync(file, 'utf8'), { skip_empty_lines: true, relax_column_count: false });
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    // A short row is the usual slip in a hand-edited table: name the first column it lacks.
    const cells = (err as CsvError & { record?: unknown[] }).record;
    if (err.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' && Array.isArray(cells) && cells.length < columns.length) {
      throw new DataError([`${shown(file)}: line ${err.lines}, column ${cells.length + 1}: the column "${columns[cells.length]}" is missing`]);
    }
    // csv-parse counts lines from 1 and columns from 0.
    const column = typeof err.column === 'number' ? `, column ${err.column + 1}` : '';
    throw new DataError([`${shown(file)}: line ${err.lines}${column}: ${err.message.replace(/ (at|on) line \d+/, '')}`]);
  }
  const [header, ...body] = rows;
  if (header?.join(',') !== columns.join(',')) {
    throw new DataError([`${shown(file)}: line 1: expected the columns ${columns.join(',')}`]);
  }
  return body;
}
