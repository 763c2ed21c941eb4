// Bad data must stop the service with a message naming the file, the record and the field.
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../server/data/load.js';
import { DATA, dataWith, problemsOf } from './data-copy.js';

describe('loading data/', () => {
  it('accepts the bundled data', () => {
    expect(loadGraph(DATA).rules.length).toBeGreaterThan(50);
  });

  it('names the file, record and field of a schema error', () => {
    const dir = dataWith('bodies/ombudsmen-and-schemes.yaml', (t) => t.replace('0345 015 4033', 'call us'));
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^bodies\/ombudsmen-and-schemes\.yaml: record "phso": field "phone" must be a UK phone number/)]);
  });

  it('refuses a body without sources or without a checked date', () => {
    const noSources = dataWith('bodies/regulators.yaml', (t) => t.replace(/(- id: gmc\n(?:.*\n)*?)  sources:\n(    - title: .*\n      url: .*\n)+/, '$1'));
    expect(problemsOf(noSources).join('\n')).toMatch(/bodies\/regulators\.yaml: record "gmc": field "sources"/);
    const noDate = dataWith('bodies/regulators.yaml', (t) => t.replace(/(- id: nmc\n(?:.*\n)*?)  checked: .*\n/, '$1'));
    expect(problemsOf(noDate).join('\n')).toMatch(/bodies\/regulators\.yaml: record "nmc": field "checked"/);
  });

  it('refuses a rule that names a body that does not exist', () => {
    const dir = dataWith('rules/england-nhs.yaml', (t) => t.replace('body: phso', 'body: phso-typo'));
    expect(problemsOf(dir).join('\n')).toMatch(/rules\/england-nhs\.yaml: record "nhs-escalate-phso": field "body" names a body "phso-typo" that does not exist/);
  });

  it('refuses a question option that no rule handles', () => {
    const files = ['england-nhs', 'wales', 'scotland', 'northern-ireland', 'safety-and-alongside', 'legal-claims-and-decisions'].map((f) => `rules/${f}.yaml`);
    const dir = dataWith(files, (t) => t.replaceAll('prison-healthcare', 'other'));
    expect(problemsOf(dir)).toContain('questions.yaml: record "service": option "prison-healthcare" is handled by no rule in rules/');
  });

  it('refuses a condition that tests a value the question does not have', () => {
    const dir = dataWith('rules/england-social-care.yaml', (t) => t.replace('funding: [council]', 'funding: [councill]'));
    expect(problemsOf(dir).join('\n')).toMatch(/record "care-council-arranged-complain": field "when": "funding" has no value "councill"/);
  });

  it('refuses a file that is not valid YAML, naming it', () => {
    const dir = dataWith('deadlines.yaml', (t) => `${t}\n- id: [unclosed\n`);
    expect(problemsOf(dir).join('\n')).toMatch(/^deadlines\.yaml: cannot be read as YAML/);
  });

  it('refuses a local directory that leaves a council without a Healthwatch', () => {
    const dir = dataWith('areas/healthwatch.yaml', (t) => t.replace(/councils: \[E08000035\]/, 'councils: [E08000036]'));
    expect(problemsOf(dir).join('\n')).toMatch(/areas\/healthwatch\.yaml: council "E08000035" \(Leeds\) is in no record's "councils"/);
  });

  it('refuses a source URL with a backslash, naming the file, record and field', () => {
    const dir = dataWith('rules/safety-and-alongside.yaml', (t) => t.replace('https://www.skillsforcare.org.uk/About-us', 'https://www.skillsforcare.org.uk\\/About-us'));
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/^rules\/safety-and-alongside\.yaml: record "care-worker-no-register": field "sources\.0\.url" must be a real web address/),
    ]);
  });

  it('refuses a host listed twice in the source policy', () => {
    const dir = dataWith('source-kinds.yaml', (t) => `${t}\n- host: cqc.org.uk\n  kind: secondary\n  publisher: A second entry\n`);
    expect(problemsOf(dir).join('\n')).toMatch(/^source-kinds\.yaml: record #\d+: field "host": cqc\.org\.uk is listed twice/);
  });

  it('gives every source a kind at load: the host list first, then the body\'s own site, else secondary', () => {
    const graph = loadGraph(DATA);
    const kinds = (sources: readonly { url: string; kind?: string }[]) => sources.map((s) => [new URL(s.url).hostname, s.kind]);
    expect(kinds(graph.bodies.get('lgsco')!.sources)).toContainEqual(['www.lgo.org.uk', 'official']);
    const all = [...graph.bodies.values(), ...graph.rules, ...graph.areas.healthwatch].flatMap((r) => r.sources);
    expect(all.every((s) => s.kind !== undefined)).toBe(true);
    expect(all.filter((s) => s.url.includes('legislation.gov.uk')).every((s) => s.kind === 'legislation')).toBe(true);
    expect(all.filter((s) => s.url.includes('parallelparliament.co.uk')).every((s) => s.kind === 'secondary')).toBe(true);
    // A local Healthwatch's own site is official for that Healthwatch, though its host is in no list.
    const own = graph.areas.healthwatch.find((h) => h.website && h.sources.some((s) => new URL(s.url).hostname.endsWith(new URL(h.website!).hostname.replace(/^www\./, ''))));
    expect(own?.sources.find((s) => s.url.includes(new URL(own.website!).hostname.replace(/^www\./, '')))?.kind).toBe('official');
  });
});

describe("a council's children's services", () => {
  const TODAY = '2026-11-26';

  /** Leeds's record without its children's services block, as for a council whose front door no source gives. */
  const LEEDS_CHILDREN = /(name: Leeds City Council\n(?:(?! {2}children:|- ).*\n)*) {2}children:\n(?: {4}.*\n)+/;
  const withoutChildren = () => dataWith('areas/councils.yaml', (t) => t.replace(LEEDS_CHILDREN, '$1'));

  it("without its own contact: the council's contact, GOV.UK's route as a source, and not verified", () => {
    const children = loadGraph(withoutChildren()).areas.bodiesFor('E08000035', TODAY).children;
    expect(children?.id).toBe('council-E08000035-children');
    expect(children?.role).toBe('safeguarding');
    expect(children?.verified).toBe(false);
    expect(children?.website).toBe('https://www.leeds.gov.uk');
    expect(children?.sources.map((s) => s.url)).toContain('https://www.gov.uk/report-child-abuse-to-local-council');
  });

  it('with a sourced "children" contact in the council record: that contact, verified, and no curator note', () => {
    const dir = dataWith('areas/councils.yaml', (t) => t.replace(LEEDS_CHILDREN,
      '$1  children:\n    phone: 0113 496 0000\n    website: https://www.leeds.gov.uk/children\n    curatorNote: seen on a test page\n'));
    const children = loadGraph(dir).areas.bodiesFor('E08000035', TODAY).children;
    expect(children?.phone).toBe('0113 496 0000');
    expect(children?.website).toBe('https://www.leeds.gov.uk/children');
    expect(children?.verified).toBe(true);
    expect(JSON.stringify(children)).not.toContain('seen on a test page');
  });
});
