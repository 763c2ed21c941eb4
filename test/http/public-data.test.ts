// What the public sees: no response of any endpoint carries a curator's note, and no source a member of the public
// should not rely on. The data is a copy of data/ with a marked curatorNote on every record and contact, so the
// test fails if any endpoint ever passes one through.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../server/data/load.js';
import { parseYaml } from '../../server/data/records.js';
import { PUBLIC_SOURCE_KINDS } from '../../server/graph/contract.js';
import { buildApp } from '../../server/http/app.js';

const MARK = 'CURATOR-ONLY-';
let dir: string;
let app: Awaited<ReturnType<typeof buildApp>>;
let marks = 0;

/** Gives every record, and every contact inside one, a curatorNote with a unique marker. */
function markRecords(path: string) {
  const records = parseYaml(readFileSync(path, 'utf8'));
  if (!Array.isArray(records)) return;
  for (const r of records as Record<string, unknown>[]) {
    if (!('sources' in r)) continue;
    r.curatorNote = `${MARK}${++marks} found on a search page`;
    if (r.safeguarding && typeof r.safeguarding === 'object') (r.safeguarding as Record<string, unknown>).curatorNote = `${MARK}${++marks} safeguarding`;
  }
  writeFileSync(path, dump(records));
}

function yamlFiles(d: string): string[] {
  return readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    return statSync(p).isDirectory() ? yamlFiles(p) : f.endsWith('.yaml') ? [p] : [];
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'signpost-curator-'));
  cpSync(join(process.cwd(), 'data'), dir, { recursive: true });
  for (const f of yamlFiles(dir)) markRecords(f);
  app = await buildApp({ graph: loadGraph(dir) });
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every public response we can reach: each endpoint, each body, each council's plan, each Open Referral record. */
async function everyResponse(): Promise<string[]> {
  const graph = app.graphHolder.current;
  const bodies: string[] = [];
  const get = async (url: string) => {
    const res = await app.inject(url);
    expect(res.statusCode, url).toBe(200);
    bodies.push(res.body);
    return res.json();
  };
  await get('/api/v1/questions');
  await get('/api/v1/meta');
  await get('/api/openapi.json');
  await get('/api/openreferral/');
  for (const b of (await get('/api/v1/bodies')).bodies as { id: string }[]) await get(`/api/v1/bodies/${b.id}`);
  await get('/api/v1/areas/lookup?postcode=LS1%204AP');
  for (const code of graph.areas.councils.keys()) {
    const res = await app.inject({
      method: 'POST', url: '/api/v1/plan',
      payload: { answers: { nation: 'england', service: 'care-home', funding: 'council', concern: ['abuse-or-neglect'], stage: 'not-yet', area: code } },
    });
    bodies.push(res.body);
    for (const s of res.json().plan.steps as { body?: { id: string } }[]) if (s.body) await get(`/api/v1/bodies/${s.body.id}`);
  }
  for (const list of ['services', 'organizations']) {
    const page = await get(`/api/openreferral/${list}?per_page=500`);
    for (const item of page.contents as { id: string }[]) await get(`/api/openreferral/${list}/${item.id}`);
  }
  return bodies;
}

describe('public responses', () => {
  let responses: string[];
  beforeAll(async () => {
    responses = await everyResponse();
  }, 60_000);

  it('marked every record of the copy, so the check below has something to find', () => {
    expect(marks).toBeGreaterThan(500);
    const graph = app.graphHolder.current;
    expect(graph.bodies.get('phso')?.curatorNote).toMatch(MARK);
    expect(graph.areas.healthwatch[0]?.curatorNote).toMatch(MARK);
  });

  it('never carry a curator field or its text', () => {
    expect(responses.length).toBeGreaterThan(400);
    for (const body of responses) {
      expect(body).not.toContain('curatorNote');
      expect(body).not.toContain(MARK);
    }
  });

  it('show only legislation, government and official sources', () => {
    const graph = app.graphHolder.current;
    const all = [...graph.bodies.values(), ...graph.rules, ...graph.areas.healthwatch, ...graph.areas.icbRecords].flatMap((r) => r.sources);
    // A page can be primary for one record (a body's own site) and secondary for another: only never-primary pages count.
    const primary = new Set(all.filter((s) => s.kind !== 'secondary').map((s) => s.url));
    const secondary = new Set(all.filter((s) => s.kind === 'secondary' && !primary.has(s.url)).map((s) => s.url));
    expect(secondary.size).toBeGreaterThan(0);
    for (const body of responses) {
      const sources = [...body.matchAll(/"sources":(\[[^\]]*\])/g)].flatMap((m) => JSON.parse(m[1]!) as { url: string; kind: string }[]);
      for (const s of sources) {
        expect(PUBLIC_SOURCE_KINDS, s.url).toContain(s.kind);
        expect(secondary.has(s.url), s.url).toBe(false);
      }
    }
  });
});
