// The batch checker's CSV reading and writing, in the browser's terms.
import { describe, expect, it } from 'vitest';
import { MAX_ROWS, parseCsv, readSites, toCsv } from '../../widget/checker/csv.js';

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, commas and line breaks inside quotes, CRLF and a byte order mark', () => {
    expect(parseCsv('\uFEFFa,"b, c"\r\n"say ""hi""",d\n"two\nlines",e\n\n')).toEqual([
      { line: 1, cells: ['a', 'b, c'] },
      { line: 2, cells: ['say "hi"', 'd'] },
      { line: 3, cells: ['two\nlines', 'e'] },
    ]);
  });

  it('counts lines after a quoted line break, and skips blank lines', () => {
    expect(parseCsv('"x\ny",1\n\nz,2').map((r) => r.line)).toEqual([1, 4]);
  });
});

describe('readSites', () => {
  it('skips a heading row, and reports each unusable row by its line while keeping the rest', () => {
    const { sites, problems } = readSites([
      'Practice,Website',
      'Riverside Surgery,https://riverside.example/complaints',
      'No address',
      'Bad,ftp://files.example/x',
      'Too many,https://a.example/,extra',
      ',https://b.example/complaints',
    ].join('\n'));
    expect(sites).toEqual([
      { line: 2, name: 'Riverside Surgery', url: 'https://riverside.example/complaints' },
      { line: 6, name: 'https://b.example/complaints', url: 'https://b.example/complaints' },
    ]);
    expect(problems).toEqual([
      'Line 3: there is no web address.',
      'Line 4: "ftp://files.example/x" is not a web address. It should start with https://.',
      'Line 5: there are more columns than we use. Give the name, the address, and if you like the ODS code and postcode.',
    ]);
  });

  it('understands a heading row in any order, with ODS codes and postcodes', () => {
    const { sites, problems } = readSites([
      'ODS code,Postcode,Practice name,Complaints page',
      'B86001,ls1 4ap,Riverside Surgery,https://riverside.example/complaints',
      'not a code!,XX,Hill Surgery,https://hill.example/',
    ].join('\r\n'));
    expect(sites).toEqual([
      { line: 2, name: 'Riverside Surgery', url: 'https://riverside.example/complaints', ods: 'B86001', postcode: 'LS1 4AP' },
      { line: 3, name: 'Hill Surgery', url: 'https://hill.example/' },
    ]);
    expect(problems).toEqual(['Line 3: "NOT A CODE!" is not an ODS code, so it is left out.', 'Line 3: "XX" is not a postcode, so it is left out.']);
  });

  it('reads rows without headings as name, address, ODS code and postcode', () => {
    expect(readSites('Riverside Surgery,https://riverside.example/,B86001,LS1 4AP\nHill,https://hill.example/,,,more').sites).toEqual([
      { line: 1, name: 'Riverside Surgery', url: 'https://riverside.example/', ods: 'B86001', postcode: 'LS1 4AP' },
    ]);
  });

  it(`checks at most ${MAX_ROWS} pages`, () => {
    const text = Array.from({ length: MAX_ROWS + 2 }, (_, i) => `P${i},https://p${i}.example/`).join('\n');
    const { sites, problems } = readSites(text);
    expect(sites).toHaveLength(MAX_ROWS);
    expect(problems).toEqual([`Line ${MAX_ROWS + 1}: only the first ${MAX_ROWS} pages are checked.`, `Line ${MAX_ROWS + 2}: only the first ${MAX_ROWS} pages are checked.`]);
  });
});

describe('toCsv', () => {
  it('quotes where needed and defuses spreadsheet formulas', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"'], ['=SUM(A1)', '+1', 'line\nbreak']])).toBe('a,"b,c","say ""hi"""\r\n\'=SUM(A1),\'+1,"line\nbreak"\r\n');
  });
});
