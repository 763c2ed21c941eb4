// The insights API, pages and privacy promises against a real Fastify app and a real store (PGlite, or
// PostgreSQL when DATABASE_URL is set).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph, type Graph } from '../../server/data/load.js';
import { buildApp } from '../../server/http/app.js';
import { todayInLondon } from '../../server/graph/dates.js';
import { DISCLOSURE_RULE } from '../../server/insights/disclosure.js';
import { periodStart } from '../../server/insights/page.js';
import { InsightsStore } from '../../server/store/counters.js';
import { projectRoot } from '../../server/root.js';
import { ENGINE, sharedStore } from './store-harness.js';

const LEEDS = 'E08000035';
/** A whole public journey: every question asked has an answer, so the journey ends in a plan. */
const JOURNEY = {
  nation: 'england', service: 'care-home', funding: 'self', concern: ['care-or-treatment', 'communication'],
  stage: 'no-response', when: '2026-05', outcome: ['explanation'], who: 'someone-else', postcode: 'LS1 4AP',
};

const shared = sharedStore();
let graph: Graph;
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  graph = loadGraph(join(projectRoot(), 'data'));
  app = await buildApp({ graph, insights: { store: shared.store, addressCaps: NO_CAPS } });
});
/** These tests send many events from one test address; the caps have their own tests below. */
const NO_CAPS = { plan: 100_000, 'follow-up': 100_000 };
afterAll(() => app?.close());

const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url, payload: payload as object });
const planShown = (answers: object = JOURNEY, more: object = {}) =>
  post('/api/v1/insights/events', { event: 'plan-shown', dataVersion: graph.version, answers, ...more });
const report = async (query: string) => (await app.inject(`/api/v1/insights?${query}`)).json();

/** Every file under a folder, as text (binary bytes included). */
const filesUnder = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? filesUnder(path) : [path];
});

describe(`insights events on ${ENGINE}`, { timeout: 60_000 }, () => {
  it('counts a plan once: by day, nation, council area, service and each answer, and keeps the postcode nowhere', async () => {
    const response = await planShown();
    expect(response.statusCode).toBe(202);
    const rows = await shared.store.rows();
    expect(new Set(rows.map((r) => r.area))).toEqual(new Set([LEEDS]));
    expect(rows.map((r) => `${r.dimension}=${r.value}:${r.count}`).sort()).toEqual([
      'concern=care-or-treatment:1', 'concern=communication:1', 'funding=self:1', 'outcome=explanation:1',
      'plans=:1', 'stage=no-response:1', 'who=someone-else:1',
    ]);
    // The date of the event in question ('when') and the postcode are not columns and are in no row.
    expect(JSON.stringify(rows)).not.toMatch(/LS1|4AP|2026-05(?!-)/);
  });

  it('loses none of 500 events posted at once', async () => {
    const responses = await Promise.all(Array.from({ length: 500 }, () => planShown()));
    expect(responses.every((r) => r.statusCode === 202)).toBe(true);
    expect(await report('by=service')).toMatchObject({ rows: [{ value: 'care-home', count: 500 }], total: 500 });
  });

  it('refuses unknown fields, so nothing personal can slip in', async () => {
    const extra = await planShown(JOURNEY, { ip: '192.0.2.1' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error).toMatchObject({ code: 'unknown_field' });
    const name = await planShown({ ...JOURNEY, name: 'Ann' });
    expect(name.json().error).toMatchObject({ code: 'unknown_question', question: 'name' });
    const bad = await planShown({ ...JOURNEY, stage: 'soon' });
    expect(bad.json().error).toMatchObject({ code: 'invalid_answer', question: 'stage' });
    expect(await shared.store.rows()).toEqual([]);
  });

  it('counts only plans the service could have served', async () => {
    const stale = await post('/api/v1/insights/events', { event: 'plan-shown', dataVersion: 'made-up', answers: JOURNEY });
    expect(stale.json().error.code).toBe('unknown_data_version');
    // Not a finished journey: the public widget never shows a plan for these answers.
    const unfinished = await planShown({ nation: 'england', service: 'gp' });
    expect(unfinished.json().error.code).toBe('not_a_plan');
    // Answers the engine refuses: a date after today.
    const future = await planShown({ ...JOURNEY, when: '2099-01' });
    expect(future.json().error).toMatchObject({ code: 'date_in_future', question: 'when' });
    expect(await shared.store.rows()).toEqual([]);
    // The call handler's plan may still have unknowns; it is counted apart.
    expect((await planShown({ nation: 'england', service: 'gp' }, { source: 'handler' })).statusCode).toBe(202);
    expect(await report('by=service&source=handler')).toMatchObject({ rows: [{ value: 'gp', count: null }] });
    expect(await report('by=service&source=public')).toMatchObject({ rows: [] });
  });
});

describe('insights reports', { timeout: 60_000 }, () => {
  it('suppress counts of 1 to 7, round the rest to the nearest 5, and total the rounded cells', async () => {
    const counts = { 'care-or-treatment': 13, communication: 12, 'staff-attitude': 8, 'access-or-waiting': 1, discrimination: 7 };
    for (const [concern, n] of Object.entries(counts)) {
      for (let i = 0; i < n; i++) {
        await shared.store.count({ kind: 'plan', day: '2026-11-02', source: 'public', nation: 'england', area: LEEDS, service: 'gp', items: [{ dimension: 'concern', value: concern }] });
      }
    }
    const body = await report(`by=concern&area=${LEEDS}`);
    expect(body.rows).toEqual([
      { value: 'care-or-treatment', count: 15 }, { value: 'communication', count: 10 }, { value: 'staff-attitude', count: 10 },
      { value: 'access-or-waiting', count: null }, { value: 'discrimination', count: null },
    ]);
    // Suppressed cells in a fixed order, so their order says nothing about which is larger.
    expect(body.total).toBe(35);
    expect(body.rule).toMatch(/1 to 7/);
    expect(await report('by=concern&area=E08000036')).toMatchObject({ rows: [], total: 0 });
    expect(await report('by=concern&from=2026-12')).toMatchObject({ rows: [] });
    expect(await report('by=concern&from=2026-11&to=2026-11')).toMatchObject({ total: 35, from: '2026-11', to: '2026-11', extracted: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), dataVersion: app.graphHolder.current.version });
    // Months are the finest period: a day could be taken from a longer span to recover a hidden count.
    const byDay = await app.inject('/api/v1/insights?by=concern&from=2026-11-03');
    expect(byDay.statusCode).toBe(400);
    expect(byDay.json().error.message).toMatch(/YYYY-MM/);
  });

  it('refuse a report that does not exist, naming the field', async () => {
    const response = await app.inject('/api/v1/insights?by=postcode');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('by');
  });
});

describe('"How did it go?"', { timeout: 60_000 }, () => {
  it('counts the result and each statement answered, by area from the postcode', async () => {
    const body = { answers: { nation: 'england', service: 'gp', postcode: 'LS1 4AP' }, result: 'gave-up', experience: { simple: 'disagree', 'listened-to': 'neither' } };
    const responses = await Promise.all(Array.from({ length: 8 }, () => post('/api/v1/insights/follow-up', body)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(202));
    expect((await app.inject(`/api/v1/insights/follow-up?by=result&area=${LEEDS}`)).json()).toMatchObject({ rows: [{ value: 'gave-up', count: 10 }] });
    expect((await app.inject('/api/v1/insights/follow-up?by=statement')).json().rows).toEqual([
      { value: 'listened-to:neither', count: 10 }, { value: 'simple:disagree', count: 10 },
    ]);
    const csv = await app.inject('/insights/download.csv?report=statement&period=all');
    expect(csv.body).toContain('listened-to:neither,I felt listened to and understood. Neither,10,');
    const unknown = await post('/api/v1/insights/follow-up', { ...body, experience: { 'my-name': 'agree' } });
    expect(unknown.statusCode).toBe(400);
    const free = await post('/api/v1/insights/follow-up', { ...body, comment: 'The nurse was rude' });
    expect(free.statusCode).toBe(400);
  });

  it('works as a plain form: errors on the page, then thanks, and the answers counted', async () => {
    const page = await app.inject(`/follow-up?nation=england&service=gp&area=${LEEDS}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`name="area" value="${LEEDS}"`);
    expect(page.body).toMatch(/<option value="gp" selected>/);
    const form = (fields: Record<string, string>) => app.inject({
      method: 'POST', url: '/follow-up', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString(),
    });
    const missing = await form({ nation: 'england', service: 'gp', area: LEEDS });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('There is a problem');
    expect(missing.body).toContain('href="#result"');
    const sent = await form({ nation: 'england', service: 'gp', area: LEEDS, result: 'resolved', 'made-a-difference': 'agree' });
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('Thank you');
    expect(await shared.store.rows()).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'follow-up', area: LEEDS, dimension: 'result', value: 'resolved', count: 1 }),
      expect.objectContaining({ kind: 'follow-up', dimension: 'statement:made-a-difference', value: 'agree', count: 1 }),
    ]));
    // The JSON API takes no form posts.
    const api = await app.inject({ method: 'POST', url: '/api/v1/insights/follow-up', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'result=resolved' });
    expect(api.statusCode).toBe(400);
  });
});

describe('the /insights page', { timeout: 60_000 }, () => {
  it('shows counts for an area, suppressed where small, with a table and a CSV for each chart', async () => {
    await Promise.all(Array.from({ length: 12 }, () => planShown()));
    await planShown({ ...JOURNEY, service: 'home-care' });
    const page = await app.inject(`/insights?area=${LEEDS}&period=30-days`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Showing in Leeds');
    expect(page.body).toMatch(/<th scope="row">Care or treatment<\/th><td class="number">15<\/td>/);
    expect(page.body).toMatch(/<th scope="row">Care at home<\/th><td class="number">Not shown \(1 to 7\)<\/td>/);
    expect(page.body).toContain('<svg id="concern-chart" class="chart" role="img"');
    expect(page.body).toContain('counts from 1 to 7 are not shown');
    const csv = await app.inject(`/insights/download.csv?report=service&area=${LEEDS}&period=12-months`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toBe('value,label,count,note,area,from,to,extracted,data_version,rule');
    // Every row says where, when, when read, from which data, and the rule.
    const about = `${LEEDS},${periodStart('12-months', todayInLondon())},${todayInLondon().slice(0, 7)},${todayInLondon()},${app.graphHolder.current.version},"${DISCLOSURE_RULE}"`;
    expect(lines.slice(1)).toEqual([
      `care-home,Care home or nursing home,10,,${about}`, `home-care,Care at home,,1 to 7: not shown,${about}`,
      `total,Total of the numbers shown,10,,${about}`, '',
    ]);
    expect(page.body).toContain('<svg id="month-chart"');
  });

  it('counts the organisation by its ODS code, never by free text, under the same disclosure control', async () => {
    await shared.store.reset();
    for (let i = 0; i < 9; i++) expect((await planShown(JOURNEY, { provider: 'B86001' })).statusCode).toBe(202);
    expect((await planShown(JOURNEY, { provider: 'Y12345' })).statusCode).toBe(202);
    for (const provider of ['Riverside Surgery', 'b86001', 'AB', '12345']) {
      const res = await planShown(JOURNEY, { provider });
      expect(res.statusCode, provider).toBe(400);
      expect(res.json().error.message, provider).toMatch(/ODS code/);
    }
    expect((await report('by=provider')).rows).toEqual([{ value: 'B86001', count: 10 }, { value: 'Y12345', count: null }]);
  });

  it('keeps the counts across a restart of the service', async () => {
    await planShown();
    await app.close();
    await shared.store.close();
    if (shared.options.dir) {
      // Nothing that identifies a person is anywhere in the database's files.
      const text = filesUnder(shared.options.dir).map((f) => readFileSync(f).toString('latin1')).join('\n');
      expect(text).toContain('E08000035');
      expect(text).not.toMatch(/LS1 ?4AP/i);
    }
    shared.store = new InsightsStore(shared.options);
    app = await buildApp({ graph, insights: { store: shared.store, addressCaps: NO_CAPS } });
    expect(await report('by=area')).toMatchObject({ rows: [{ value: LEEDS, count: null }] });
    expect((await shared.store.rows()).find((r) => r.dimension === 'plans')).toMatchObject({ count: 1 });
  });
});

describe('protection and failure', { timeout: 60_000 }, () => {
  it('rate-limits event posts per address, with the API\'s own limit', async () => {
    const limited = await buildApp({ graph, insights: { store: shared.store }, rateLimit: { max: 2, timeWindow: '1 minute' } });
    const post3 = async () => (await limited.inject({ method: 'POST', url: '/api/v1/insights/events', payload: { event: 'plan-shown', dataVersion: graph.version, answers: JOURNEY } })).statusCode;
    expect([await post3(), await post3(), await post3()]).toEqual([202, 202, 429]);
    await limited.close();
  });

  it('keeps the signpost working when the store is down, and logs only how many events were dropped', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    const down = new InsightsStore({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none', dailyCap: 10 });
    const broken = await buildApp({ graph, insights: { store: down }, logger: { level: 'info', stream } });
    const event = () => broken.inject({ method: 'POST', url: '/api/v1/insights/events', payload: { event: 'plan-shown', dataVersion: graph.version, answers: JOURNEY } });
    expect((await event()).json()).toEqual({ error: { code: 'store_unavailable', message: expect.any(String) } });
    expect((await event()).statusCode).toBe(503);
    expect((await broken.inject({ method: 'POST', url: '/api/v1/plan', payload: { answers: JOURNEY } })).statusCode).toBe(200);
    expect((await broken.inject('/api/v1/insights?by=service')).statusCode).toBe(503);
    expect((await broken.inject('/insights')).body).toContain('cannot be read just now');
    const dropped = lines.map((l) => JSON.parse(l)).filter((l) => l.msg?.includes('events dropped'));
    // Logged at the first drop; the second waits for the next minute's line.
    expect(dropped).toEqual([expect.objectContaining({ droppedEvents: 1, droppedSinceStart: 1 })]);
    expect(lines.join('\n')).not.toMatch(/LS1|care-home|someone-else/);
    await broken.close();
    await down.close();
  });
});

describe('counts one sender cannot move', { timeout: 120_000 }, () => {
  it('counts at most the daily cap of follow-ups from one address; 300 "gave up" move the figures by 10', async () => {
    const capped = await buildApp({ graph, insights: { store: shared.store } });
    const gaveUp = (remoteAddress: string) => capped.inject({ method: 'POST', url: '/api/v1/insights/follow-up', remoteAddress,
      payload: { answers: { nation: 'england', service: 'gp', area: LEEDS }, result: 'gave-up', experience: {} } });
    const statuses: number[] = [];
    for (let i = 0; i < 300; i++) statuses.push((await gaveUp('203.0.113.9')).statusCode);
    expect(statuses.filter((s) => s === 202)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(290);
    expect((await gaveUp('203.0.113.9')).json()).toEqual({ error: { code: 'daily_limit', message: expect.any(String) } });
    // Another address has its own allowance.
    expect((await gaveUp('198.51.100.4')).statusCode).toBe(202);
    const counted = (await shared.store.rows()).filter((r) => r.dimension === 'result');
    expect(counted).toEqual([expect.objectContaining({ value: 'gave-up', count: 11 })]);
    await capped.close();
  });

  it('refuses contradictory answers: a nation other than the postcode\'s, or an English council elsewhere', async () => {
    const wales = await planShown({ ...JOURNEY, nation: 'wales' });
    expect(wales.statusCode).toBe(400);
    expect(wales.json().error.code).toMatch(/contradictory_answers|value_not_offered|not_a_plan/);
    const followUp = await post('/api/v1/insights/follow-up', { answers: { nation: 'scotland', service: 'gp', area: LEEDS }, result: 'partly' });
    expect(followUp.json()).toMatchObject({ error: { code: 'contradictory_answers', question: 'area' } });
    const postcode = await post('/api/v1/insights/follow-up', { answers: { nation: 'wales', service: 'gp', postcode: 'LS1 4AP' }, result: 'partly' });
    expect(postcode.json()).toMatchObject({ error: { code: 'contradictory_answers', question: 'postcode' } });
    expect(await shared.store.rows()).toEqual([]);
  });

  it('counts a call handler\'s plan only with answers, and only where staff are recognised', async () => {
    expect((await planShown({}, { source: 'handler' })).json()).toMatchObject({ error: { code: 'not_a_plan' } });
    expect((await planShown({ nation: 'england', service: 'gp' }, { source: 'handler' })).statusCode).toBe(202);
    const production = await buildApp({ graph, insights: { store: shared.store }, staff: { localDemo: false } });
    const refused = await production.inject({ method: 'POST', url: '/api/v1/insights/events',
      payload: { event: 'plan-shown', dataVersion: graph.version, source: 'handler', answers: { nation: 'england', service: 'gp' } } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ error: { code: 'staff_only', message: expect.any(String) } });
    await production.close();
  });

  it('counts a plan made from the previous data during a rolling deploy, but not from old, newer or made-up data', async () => {
    const [day] = graph.version.split('.') as [string];
    const shift = (days: number) => new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
    const version = (v: string) => post('/api/v1/insights/events', { event: 'plan-shown', dataVersion: v, answers: JOURNEY });
    // Only a comment changed: the same date, another hash.
    expect((await version(`${day}.0badc0de`)).statusCode).toBe(202);
    expect((await version(`${shift(-20)}.12345678`)).statusCode).toBe(202);
    for (const v of [`${shift(-40)}.12345678`, `${shift(1)}.12345678`, 'made-up', `${day}.not-hex!`]) {
      expect((await version(v)).json().error.code, v).toBe('unknown_data_version');
    }
  });

  it('answers a report for a month that does not exist, or a day, with a 400 naming the field', async () => {
    for (const query of ['by=service&from=2026-02-31', 'by=service&to=2026-13', 'by=month&from=2025-00']) {
      const response = await app.inject(`/api/v1/insights?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.message).toContain('YYYY-MM');
    }
    expect((await app.inject('/api/v1/insights?by=service&from=2024-02')).statusCode).toBe(200);
  });
});
