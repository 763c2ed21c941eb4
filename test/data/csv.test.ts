// CSV tables are read with a maintained parser: quoting follows RFC 4180, and a malformed row names its file,
// line and column.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../server/data/csv.js';
import { DataError } from '../../server/data/records.js';

const dir = mkdtempSync(join(tmpdir(), 'signpost-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileWith(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function problemOf(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    if (err instanceof DataError) return err.problems.join('\n');
    throw err;
  }
  throw new Error('the file was read without complaint');
}

describe('readCsv', () => {
  it('reads quoted cells, doubled quotes, commas inside quotes and CRLF line ends', () => {
    const file = fileWith('good.csv', 'code,name\r\nE1,"Bath, and ""North"" East"\r\n\r\nE2,Leeds\r\n');
    expect(readCsv(file, ['code', 'name'])).toEqual([['E1', 'Bath, and "North" East'], ['E2', 'Leeds']]);
  });

  it('names the file, line and column of a row with a stray quote', () => {
    const file = fileWith('quote.csv', 'code,name\nE1,Leeds\nE2,"York"x\n');
    expect(problemOf(() => readCsv(file, ['code', 'name']))).toMatch(/quote\.csv: line 3, column 2: Invalid Closing Quote/);
  });

  it('names the file, line and column of a row with too few cells', () => {
    const file = fileWith('short.csv', 'code,name,share\nE1,Leeds,1\nE2,York\n');
    expect(problemOf(() => readCsv(file, ['code', 'name', 'share']))).toMatch(/short\.csv: line 3, column 3: the column "share" is missing$/);
  });

  it('refuses a file whose header is not the expected columns', () => {
    const file = fileWith('header.csv', 'code,title\nE1,Leeds\n');
    expect(problemOf(() => readCsv(file, ['code', 'name']))).toMatch(/header\.csv: line 1: expected the columns code,name/);
  });
});
