// The curator's report, on the real data and on copies changed to show each finding.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { curatedRecords, dataReport, REPORT_COLUMNS, reportTable, reportText } from '../../server/curation/report.js';
import { loadGraph } from '../../server/data/load.js';
import { LOCAL_ROLES } from '../../server/graph/contract.js';
import { addMonths } from '../../server/graph/dates.js';

const DATA = join(process.cwd(), 'data');
const graph = loadGraph(DATA);
const TODAY = '2026-11-27';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function graphWith(file: string, change: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-report-'));
  dirs.push(dir);
  cpSync(DATA, dir, { recursive: true });
  const before = readFileSync(join(dir, file), 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the change to ${file} changed nothing`);
  writeFileSync(join(dir, file), after);
  return loadGraph(dir);
}

describe('data report', () => {
  const rows = dataReport(graph, TODAY);

  it('lists every council area with one row per local role', () => {
    const area = rows.filter((r) => r.section === 'area');
    expect(area).toHaveLength(graph.areas.councils.size * LOCAL_ROLES.length);
    const leeds = area.filter((r) => r.areaCode === 'E08000035');
    expect(leeds.map((r) => r.role)).toEqual(['council', 'safeguarding', 'children', 'icb', 'healthwatch', 'advocacy']);
    expect(leeds.find((r) => r.role === 'healthwatch')?.name).toBe('Healthwatch Leeds');
  });

  it('counts the local records of Wales, Scotland and Northern Ireland per nation: with a contact, and verified', () => {
    const devolved = rows.filter((r) => r.section === 'devolved');
    const of = (nation: string, type: string) => devolved.filter((r) => r.area === nation && r.type === type);
    expect(of('Wales', 'devolved-council')).toHaveLength(22);
    expect(of('Scotland', 'devolved-council')).toHaveLength(32);
    expect(of('Wales', 'health-board')).toHaveLength(7);
    expect(of('Scotland', 'health-board')).toHaveLength(14);
    expect(of('Northern Ireland', 'hsc-trust')).toHaveLength(5);
    expect(of('Wales', 'local-help')).toHaveLength(7);
    // A finder link is not a contact of the body's own; a verified row always has a primary source.
    const cardiffBoard = devolved.find((r) => r.id === 'W11000029')!;
    expect(cardiffBoard).toMatchObject({ verified: false, detail: expect.stringMatching(/^no contact of its own/) });
    expect(devolved.find((r) => r.id === 'south-eastern')).toMatchObject({ verified: true, detail: expect.stringContaining('phone 028 9056 1427') });
    const text = reportText(rows, TODAY);
    expect(text).toMatch(/Northern Ireland hsc-trust\s+5, with a contact\s+5, verified\s+5/);
  });

  it('lists records supported only by secondary sources, and counts them as not verified', () => {
    const secondaryOnly = rows.filter((r) => r.section === 'secondary-only');
    const expected = curatedRecords(graph).filter((r) => r.sources.every((s) => s.kind === 'secondary'));
    expect(secondaryOnly.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    const unverified = new Set(rows.filter((r) => r.section === 'unverified').map((r) => `${r.type} ${r.id}`));
    for (const r of expected.filter((x) => x.verified !== undefined)) expect(unverified.has(`${r.type} ${r.id}`), r.id).toBe(true);
  });

  it('lists records checked more than 12 months ago, and those within a month of it', () => {
    const checked = graph.bodies.get('phso')!.checked;
    const dueSoon = dataReport(graph, addMonths(checked, 11)).filter((r) => r.section === 'due-soon' && r.type === 'body' && r.id === 'phso');
    expect(dueSoon).toHaveLength(1);
    expect(dataReport(graph, addMonths(checked, 11)).some((r) => r.section === 'overdue' && r.id === 'phso')).toBe(false);
    const overdue = dataReport(graph, addMonths(checked, 13)).filter((r) => r.section === 'overdue');
    expect(overdue.map((r) => r.id)).toContain('phso');
    expect(rows.filter((r) => r.section === 'overdue' && r.checked! >= addMonths(TODAY, -12))).toEqual([]);
  });

  it('finds the same phone number given for two different bodies', () => {
    const changed = graphWith('areas/healthwatch.yaml', (t) => t.replace(/(- id: healthwatch-leeds\n(?:.*\n)*?  name: .*\n)/, '$1  phone: "0345 015 4033"\n'));
    const dup = dataReport(changed, TODAY).filter((r) => r.section === 'duplicate-phone' && r.detail.startsWith('03450154033'));
    expect(dup.map((r) => r.name).sort()).toEqual(['Healthwatch Leeds', graph.bodies.get('phso')!.name].sort());
  });

  it('writes a CSV that reads back row for row, and a terminal summary', () => {
    const text = stringify(reportTable(rows));
    const back = parse(text) as string[][];
    expect(back[0]).toEqual([...REPORT_COLUMNS]);
    expect(back).toHaveLength(rows.length + 1);
    const summary = reportText(rows, TODAY);
    expect(summary).toMatch(/^Data report for 2026-11-27/);
    expect(summary).toMatch(/Supported by secondary sources only: \d+/);
    expect(summary).toMatch(/Changes scheduled ahead: \d+/);
  });
});
