// The providers directory as loaded from data/providers/: every open NHS trust in the ODS file, the devolved bodies,
// contacts that are sourced, and bad records refused with the file, the record and the field named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraph, type Graph } from '../../server/data/load.js';
import { providerBody } from '../../server/graph/providers.js';
import { DATA, dataWith, problemsOf } from './data-copy.js';

let graph: Graph;
beforeAll(() => {
  graph = loadGraph(DATA);
}, 60_000);

const orgs = () => [...graph.providers.organisations.values()];

const problemsWith = (file: string, change: (text: string) => string) => problemsOf(dataWith(file, change));

describe('the providers directory', () => {
  it('has every trust open in the NHS Organisation Data Service file, by its ODS code', () => {
    // The ODS file's open rows (no close date): the trusts of England, and Velindre, the Welsh Ambulance Services and
    // Public Health Wales, which are NHS trusts too.
    const etr = readFileSync(join(process.cwd(), 'data', 'providers', 'ods-etr.csv'), 'utf8');
    const open = (parse(etr) as string[][]).filter((row) => row[11] === '').map((row) => row[0]);
    expect(open).toHaveLength(202);
    for (const code of open) expect(graph.providers.organisations.has(code!), code).toBe(true);
    expect(orgs().filter((o) => o.nation === 'england')).toHaveLength(199);
  });

  it('has the devolved bodies: 7 Welsh boards, 14 Scottish boards and the national ones, 5 HSC trusts and NIAS', () => {
    const count = (nation: string, kinds: string[]) => orgs().filter((o) => o.nation === nation && kinds.includes(o.kind)).length;
    expect(count('wales', ['health-board'])).toBe(7);
    expect(graph.providers.organisations.get('RQF')?.nation).toBe('wales');
    expect(graph.providers.organisations.get('RT4')?.kind).toBe('ambulance-service');
    expect(count('scotland', ['health-board'])).toBe(14);
    for (const id of ['scottish-ambulance-service', 'nhs-24', 'the-state-hospital']) expect(graph.providers.organisations.has(id), id).toBe(true);
    expect(count('northern-ireland', ['hsc-trust'])).toBe(5);
    expect(graph.providers.organisations.get('nias')?.kind).toBe('ambulance-service');
  });

  it('gives Welsh hospitals their Welsh names, and every Welsh board its Welsh name', () => {
    for (const o of orgs().filter((x) => x.nation === 'wales' && x.kind === 'health-board')) expect(o.welshName, o.id).toBeTruthy();
    const uhw = graph.providers.organisations.get('cardiff-and-vale')?.sites.find((s) => s.id === 'university-hospital-of-wales');
    expect(uhw?.welshName).toBe('Ysbyty Athrofaol Cymru');
  });

  it('has Leeds right: St James\'s ("Jimmy\'s") and the LGI, with PALS read on the trust\'s own site', () => {
    const leeds = graph.providers.organisations.get('RR8')!;
    expect(leeds.name).toBe('Leeds Teaching Hospitals NHS Trust');
    expect(leeds.sites.find((s) => s.id === 'st-jamess-university-hospital')?.otherNames).toContain("Jimmy's");
    expect(leeds.sites.find((s) => s.id === 'leeds-general-infirmary')?.otherNames).toContain('LGI');
    const pals = providerBody(leeds, 'pals');
    expect(pals).toMatchObject({ phone: '0113 206 6261', email: 'Patientexperience.leedsth@nhs.net', verified: true });
    expect(pals.sources.map((s) => new URL(s.url).hostname)).toContain('www.leedsth.nhs.uk');
  });

  it('never shows a switchboard as PALS: it says so, says whom to ask for, and is not verified', () => {
    const yas = providerBody(graph.providers.organisations.get('RX8')!, 'pals');
    expect(yas).toMatchObject({ phone: '0333 130 0550', askFor: 'PALS', verified: false });
    expect(yas.phoneNote).toMatch(/switchboard/);
    const wast = providerBody(graph.providers.organisations.get('RT4')!, 'complaints');
    expect(wast).toMatchObject({ askFor: 'the concerns team', verified: false });
  });

  it('marks a contact verified only when a primary source supports it', () => {
    for (const o of orgs()) {
      for (const c of [o.pals, o.complaints]) {
        if (c?.verified) expect(c.sources.some((s) => s.kind !== 'secondary'), o.id).toBe(true);
      }
    }
  });

  it('names the file, record and field of a bad record', { timeout: 60_000 }, () => {
    expect(problemsWith('providers/england.yaml', (t) => t.replace('switchboard: 0113 243 3144', 'switchboard: ask at reception')))
      .toEqual([expect.stringMatching(/^providers\/england\.yaml: record "RR8": field "switchboard" must be a UK phone number/)]);
    expect(problemsWith('providers/wales.yaml', (t) => t.replace('  nation: wales\n  website: https://hduhb.nhs.wales', '  nation: scotland\n  website: https://hduhb.nhs.wales')))
      .toEqual(['providers/wales.yaml: record "hywel-dda": field "nation" is "scotland", but the file is for wales']);
    expect(problemsWith('providers/scotland.yaml', (t) => t.replace('- id: nhs-borders', '- id: nhs-fife')).join('\n'))
      .toMatch(/providers\/scotland\.yaml: record "nhs-fife": field "id" is used twice/);
  });
});
