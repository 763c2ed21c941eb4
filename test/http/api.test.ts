// The public API against a real Fastify instance: every endpoint, every class of error, and responses
// checked against the same zod schemas the OpenAPI document is generated from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AreaLookupSchema, BodySchema, ErrorSchema, JourneyResponseSchema, MetaSchema, PlanResponseSchema,
} from '../../server/graph/api-schemas.js';
import { QUESTION_IDS, SERVICES } from '../../server/graph/contract.js';
import { buildApp } from '../../server/http/app.js';
import { InsightsStore } from '../../server/store/counters.js';

let app: Awaited<ReturnType<typeof buildApp>>;
beforeAll(async () => {
  // The insights routes are in the OpenAPI document; their store opens only when used (test/store covers it).
  app = await buildApp({ insights: { store: new InsightsStore({ dailyCap: 1 }) } });
});
afterAll(() => app.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url, payload: payload as object, headers });
const today = '2026-11-26';

describe('POST /api/v1/journey', () => {
  it('asks the first question when nothing is answered', async () => {
    const res = await post('/api/v1/journey', { answers: {} });
    expect(res.statusCode).toBe(200);
    const body = JourneyResponseSchema.parse(res.json());
    expect(body.status).toBe('question');
    if (body.status === 'question') {
      expect(body.question.id).toBe('nation');
      expect(body.question.options.map((o) => o.value)).toEqual(['england', 'wales', 'scotland', 'northern-ireland']);
      expect(body.progress).toEqual({ answered: 0, remainingAtMost: expect.any(Number) });
    }
  });

  it('skips questions already answered by the embedding site, and offers only funding options that fit the service', async () => {
    const res = await post('/api/v1/journey', { answers: { nation: 'england', service: 'dentist' } });
    const body = JourneyResponseSchema.parse(res.json());
    expect(body.status === 'question' && body.question.id).toBe('funding');
    if (body.status === 'question') expect(body.question.options.map((o) => o.value)).toEqual(['nhs', 'self', 'not-sure']);
  });

  it('gives the plan once who to contact first is known, with its short forms and the refinements still open', async () => {
    const answers = { nation: 'england', service: 'hospital', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-08', provider: '' };
    // A death would bring the medical examiner and the coroner, so who the complaint is for is asked first.
    const asked = JourneyResponseSchema.parse((await post('/api/v1/journey', { answers, context: { today } })).json());
    expect(asked.status === 'question' && asked.question).toMatchObject({ id: 'who', optional: true });
    const res = await post('/api/v1/journey', { answers: { ...answers, who: '' }, context: { today } });
    const body = JourneyResponseSchema.parse(res.json());
    expect(body.status).toBe('plan');
    if (body.status !== 'plan') return;
    expect(body.refinements?.map((q) => q.id)).toEqual(['outcome', 'postcode']);
    const complain = body.plan.steps.find((s) => s.kind === 'complain')!;
    expect(body.plan.headline).toEqual({ text: complain.short.text, rule: complain.rule });
    expect(complain.short.text).toBe('Complain to the service, or to your integrated care board, by 1 August 2027.');
    // A placeholder's finder says what it is; it is never the hospital's own website.
    expect(complain.short.contact).toEqual({
      body: 'Your hospital', kind: 'website', value: 'https://www.cqc.org.uk/search/services/all',
      label: "Find your hospital's contact details on the CQC website", verified: true,
    });
    // Healthwatch England's number finds the local one: it is not shown as the local Healthwatch's own.
    const healthwatch = body.plan.steps.find((s) => s.body?.id === 'your-local-healthwatch')!;
    expect(healthwatch.short.contact).toMatchObject({ kind: 'website', label: 'Find your local Healthwatch on the Healthwatch England website' });
    const refined = JourneyResponseSchema.parse((await post('/api/v1/journey', { answers: { ...answers, who: 'someone-who-died' }, context: { today } })).json());
    expect(refined.status === 'plan' && refined.refinements?.map((q) => q.id)).toEqual(['outcome', 'postcode']);
    expect(refined.status === 'plan' && refined.plan.warnings.map((w) => w.code)).toContain('representative-someone-who-died');
  });

  it('returns the plan when nothing more is needed, naming the right bodies', async () => {
    const answers = { nation: 'england', service: 'gp', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-03-10', outcome: ['apology'], who: 'me', postcode: '' };
    const res = await post('/api/v1/journey', { answers, context: { today } });
    const body = JourneyResponseSchema.parse(res.json());
    expect(body.status).toBe('plan');
    if (body.status !== 'plan') return;
    const complain = body.plan.steps.find((s) => s.kind === 'complain');
    expect(complain?.body?.id).toBe('your-gp-practice');
    expect(complain?.alternatives.map((a) => a.id)).toEqual(['your-icb']);
    expect(complain?.deadline).toEqual({ by: '2027-03-10', text: expect.stringContaining('10 March 2027'), passed: false });
    expect(body.plan.steps.find((s) => s.kind === 'escalate')?.body?.id).toBe('phso');
    expect(body.plan.summary).toBe('Start by complaining to your GP practice, or to your integrated care board instead. If you are still unhappy with their final answer, the next step is: the Parliamentary and Health Service Ombudsman. Free help: your NHS complaints advocacy service.');
    expect(body.plan.today).toBe(today);
  });

  it('uses the embedding organisation as the provider, only for the service it gives', async () => {
    const provider = { name: 'Riverside Surgery', phone: '0113 496 0000', website: 'https://riverside.example', service: 'gp' };
    const answers = { nation: 'england', service: 'gp', concern: ['communication'], stage: 'not-yet', when: '', outcome: '', who: '', postcode: '' };
    const gp = PlanResponseSchema.parse((await post('/api/v1/plan', { answers, context: { today, provider } })).json());
    expect(gp.plan.steps.find((s) => s.kind === 'complain')?.body?.name).toBe('Riverside Surgery');
    const hospital = PlanResponseSchema.parse((await post('/api/v1/plan', { answers: { ...answers, service: 'hospital' }, context: { today, provider } })).json());
    expect(hospital.plan.steps.find((s) => s.kind === 'complain')?.body?.id).toBe('your-hospital');
  });
});

describe('POST /api/v1/plan', () => {
  it('never asks back: unanswered questions are assumed and listed as unknowns', async () => {
    const res = await post('/api/v1/plan', { answers: { service: 'care-home' }, context: { today } });
    expect(res.statusCode).toBe(200);
    const { plan } = PlanResponseSchema.parse(res.json());
    const funding = plan.unknowns.find((u) => u.question === 'funding');
    expect(funding).toMatchObject({ assumed: "I'm not sure" });
    expect(funding?.text).toMatch(/ombudsman/);
    expect(plan.steps.find((s) => s.kind === 'escalate')?.body?.id).toBe('lgsco');
  });

  it('makes the plan local for a postcode', async () => {
    const res = await post('/api/v1/plan', { answers: { nation: 'england', service: 'hospital', concern: ['care-or-treatment'], stage: 'not-yet', postcode: 'LS1 4AP' }, context: { today } });
    const { plan } = PlanResponseSchema.parse(res.json());
    expect(plan.area).toEqual({ code: 'E08000035', name: 'Leeds' });
    const names = plan.steps.flatMap((s) => [s.body?.name, ...s.alternatives.map((a) => a.name)]);
    expect(names).toContain('NHS West Yorkshire Integrated Care Board');
    expect(names).toContain('Healthwatch Leeds');
  });

  it('warns, rather than re-routes, when the postcode is in another nation', async () => {
    const res = await post('/api/v1/plan', { answers: { nation: 'england', service: 'gp', postcode: 'CF10 1AA' }, context: { today } });
    const { plan } = PlanResponseSchema.parse(res.json());
    expect(plan.warnings.map((w) => w.code)).toContain('postcode-nation-mismatch');
    expect(plan.steps.find((s) => s.kind === 'escalate')?.body?.id).toBe('phso');
  });
});

describe('answers for identical requests', () => {
  const answers = { nation: 'england', service: 'hospital', concern: ['communication', 'care-or-treatment'], stage: 'not-yet', when: '2026-05-10', postcode: 'LS1 4AP' };

  it('are the same whatever the order of keys and multi-choice answers, and differ when the answers differ', async () => {
    const a = await post('/api/v1/plan', { context: { today }, answers });
    const b = await post('/api/v1/plan', { answers: { ...answers, concern: ['care-or-treatment', 'communication'], postcode: 'LS1 4AP' }, context: { today } });
    expect(b.body).toBe(a.body);
    const c = await post('/api/v1/plan', { answers: { ...answers, stage: 'waiting' }, context: { today } });
    expect(c.body).not.toBe(a.body);
    expect(PlanResponseSchema.parse(c.json()).plan.steps.find((s) => s.kind === 'complain')?.text).toMatch(/already complained/);
  });

  it('are compressed for clients that accept it, and decompress to the same plan', async () => {
    const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
    const plain = await post('/api/v1/plan', { answers, context: { today } });
    const br = await post('/api/v1/plan', { answers, context: { today } }, { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    const gz = await post('/api/v1/plan', { answers, context: { today } }, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
  });

  it('are compressed quickly when first sent, and well (once) when asked for again', async () => {
    const { brotliDecompressSync } = await import('node:zlib');
    const request = { answers: { ...answers, stage: 'waiting' }, context: { today } };
    const sent = [];
    for (let i = 0; i < 3; i++) sent.push((await post('/api/v1/plan', request, { 'accept-encoding': 'br' })).rawPayload);
    const [first, second, third] = sent as [Buffer, Buffer, Buffer];
    expect(brotliDecompressSync(first).equals(brotliDecompressSync(second))).toBe(true);
    expect(second.length).toBeLessThan(first.length);
    expect(third.equals(second)).toBe(true);
    // The cache keeps only the compressed copy now; a client that accepts none still gets the same plan.
    const plain = await post('/api/v1/plan', request);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(brotliDecompressSync(first))).toBe(true);
    const gzip = await post('/api/v1/plan', request, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
  });
});

describe('GET endpoints', () => {
  it('lists every question with its options and when it is asked', async () => {
    const res = await app.inject('/api/v1/questions');
    expect(res.statusCode).toBe(200);
    const { questions } = res.json() as { questions: { id: string; options: { value: string }[]; askWhen?: object }[] };
    expect(questions.map((q) => q.id).sort()).toEqual([...QUESTION_IDS].sort());
    expect(questions.find((q) => q.id === 'service')?.options.map((o) => o.value)).toEqual([...SERVICES]);
    expect(questions.find((q) => q.id === 'detained')?.askWhen).toEqual({ service: ['mental-health'] });
  });

  it('serves the directory of bodies, filtered, and one body by id', async () => {
    const all = await app.inject('/api/v1/bodies?nation=scotland');
    const { bodies } = all.json() as { bodies: unknown[] };
    const parsed = bodies.map((b) => BodySchema.parse(b));
    expect(parsed.map((b) => b.id)).toContain('spso');
    expect(parsed.map((b) => b.id)).not.toContain('phso');
    const phso = await app.inject('/api/v1/bodies/phso');
    expect(BodySchema.parse(phso.json())).toMatchObject({ id: 'phso', role: 'ombudsman', phone: '0345 015 4033' });
    const leeds = await app.inject('/api/v1/bodies/council-E08000035');
    expect(BodySchema.parse(leeds.json()).name).toBe('Leeds City Council');
  });

  it('prints the configured public origin, never one a request\'s Host or X-Forwarded-Host names', async () => {
    const configured = await buildApp({ publicOrigin: 'https://signpost.example.org' });
    const root = await configured.inject({ url: '/api/openreferral/', headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } });
    expect(root.json().openapi_url).toBe('https://signpost.example.org/api/openapi.json');
    await configured.close();
  });

  it('looks up a postcode to its council and local bodies', async () => {
    const res = await app.inject('/api/v1/areas/lookup?postcode=ls14ap');
    expect(res.statusCode).toBe(200);
    // The postcode is in the URL, so no shared cache (nor its log) may keep the answer.
    expect(res.headers['cache-control']).toBe('private, max-age=300');
    const area = AreaLookupSchema.parse(res.json());
    expect(area).toMatchObject({ query: 'LS1 4AP', nation: 'england', area: { code: 'E08000035', name: 'Leeds' } });
    // Two safeguarding bodies: the adult team and children's services.
    expect(area.bodies.map((b) => b.role).sort()).toEqual(['advocacy', 'commissioner', 'council', 'patient-voice', 'safeguarding', 'safeguarding']);
    expect(area.bodies.map((b) => b.id)).toContain('council-E08000035-children');
  });

  it('answers a Northern Ireland postcode with the nation and no area: its postcodes are not open data', async () => {
    const area = AreaLookupSchema.parse((await app.inject('/api/v1/areas/lookup?postcode=BT1%201AA')).json());
    expect(area).toMatchObject({ nation: 'northern-ireland', area: null, bodies: [] });
  });

  it('reports the data version, freshness and scheduled changes', async () => {
    const meta = MetaSchema.parse((await app.inject('/api/v1/meta')).json());
    expect(meta.counts.rules).toBeGreaterThan(50);
    expect(meta.files.every((f) => /^\d{4}-\d{2}-\d{2}$/.test(f.oldestChecked))).toBe(true);
    expect(meta.notices.map((n) => n.code)).toContain('healthwatch-abolition');
  });

  it('reports local coverage per role and the oldest checked date, the local directory included', async () => {
    const meta = MetaSchema.parse((await app.inject('/api/v1/meta')).json());
    const graph = app.graphHolder.current;
    expect(meta.localCoverage.councils).toBe(graph.areas.councils.size);
    expect(meta.localCoverage.roles.map((r) => r.role)).toEqual(['council', 'safeguarding', 'children', 'icb', 'healthwatch', 'advocacy']);
    for (const r of meta.localCoverage.roles) {
      expect(r.verified).toBeLessThanOrEqual(r.contactable);
      expect(r.contactable).toBeLessThanOrEqual(r.named);
      expect(r.named).toBeLessThanOrEqual(meta.localCoverage.councils);
    }
    // Every council has a local Healthwatch record, so all are named; the counts are not made up.
    expect(meta.localCoverage.roles.find((r) => r.role === 'healthwatch')?.named).toBe(graph.areas.councils.size);
    const local = [...graph.areas.councils.values(), ...graph.areas.icbRecords, ...graph.areas.healthwatch, ...graph.areas.advocacy].map((r) => r.checked);
    expect(local.every((d) => d >= meta.oldestChecked)).toBe(true);
    expect(meta.files.every((f) => f.oldestChecked >= meta.oldestChecked)).toBe(true);
    expect([...local, ...meta.files.map((f) => f.oldestChecked)]).toContain(meta.oldestChecked);
  });

  it('sends ETag and Cache-Control on GETs, and 304 when unchanged', async () => {
    const first = await app.inject('/api/v1/questions');
    expect(first.headers['cache-control']).toMatch(/max-age=\d+/);
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await app.inject({ url: '/api/v1/questions', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('is open to every origin, without credentials or cookies', async () => {
    const res = await app.inject({ method: 'OPTIONS', url: '/api/v1/plan', headers: { origin: 'https://gp.example', 'access-control-request-method': 'POST' } });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    const plan = await post('/api/v1/plan', { answers: {} }, { origin: 'https://gp.example' });
    expect(plan.headers['set-cookie']).toBeUndefined();
  });

  it('reports liveness and readiness, and stops reporting ready while shutting down', async () => {
    const res = await app.inject('/healthz');
    expect(res.json()).toEqual({ status: 'ok', dataVersion: expect.stringMatching(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/) });
    // The insights store is reported in the body; it is not opened yet, and plans never need it.
    expect((await app.inject('/readyz')).json()).toEqual({ status: 'ready', store: { engine: 'pglite', state: 'not-opened', queued: 0 } });
    const holder = (app as unknown as { graphHolder: { draining?: boolean } }).graphHolder;
    holder.draining = true;
    try {
      const draining = await app.inject('/readyz');
      expect(draining.statusCode).toBe(503);
      expect((await app.inject('/healthz')).statusCode).toBe(200);
    } finally {
      holder.draining = false;
    }
  });

  it('publishes the OpenAPI document generated from the schemas, and Swagger UI', async () => {
    const doc = (await app.inject('/api/openapi.json')).json() as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toMatchSnapshot();
    expect(doc).toMatchSnapshot();
    const ui = await app.inject('/api/docs/');
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/html/);
  });
});

describe('bad input gets a clear 400, never a crash', () => {
  const cases: [string, unknown, Partial<{ code: string; question: string; allowedIncludes: string }>][] = [
    ['an unknown question id', { answers: { nashun: 'england' } }, { code: 'unknown_question', question: 'nashun', allowedIncludes: 'nation' }],
    ['an unknown value', { answers: { service: 'vet' } }, { code: 'invalid_answer', question: 'service', allowedIncludes: 'gp' }],
    ['a value not offered for these answers', { answers: { service: 'dentist', funding: 'council' } }, { code: 'value_not_offered', question: 'funding', allowedIncludes: 'nhs' }],
    ['a wrong type', { answers: { concern: 'abuse-or-neglect' } }, { code: 'invalid_answer', question: 'concern' }],
    ['a malformed date', { answers: { when: '31/12/2025' } }, { code: 'invalid_answer', question: 'when' }],
    ['an impossible date', { answers: { when: '2025-02-30' } }, { code: 'invalid_answer', question: 'when' }],
    ['a date in the future', { answers: { when: '2030-01' }, context: { today } }, { code: 'date_in_future', question: 'when' }],
    ['a malformed postcode', { answers: { nation: 'england', postcode: 'NOT A CODE' } }, { code: 'invalid_postcode', question: 'postcode' }],
    ['"" for a required question', { answers: { nation: '' } }, { code: 'invalid_answer', question: 'nation' }],
    ['an unknown context field', { answers: {}, context: { user: 'x' } }, { code: 'unknown_field' }],
    ['an unknown top-level field', { answers: {}, extra: 1 }, { code: 'unknown_field' }],
    ['answers that are not an object', { answers: ['england'] }, { code: 'invalid_request' }],
    ['a malformed context date', { answers: {}, context: { today: 'tomorrow' } }, { code: 'invalid_request' }],
  ];
  for (const url of ['/api/v1/journey', '/api/v1/plan']) {
    it.each(cases)(`${url}: %s`, async (_name, payload, want) => {
      const res = await post(url, payload);
      expect(res.statusCode).toBe(400);
      const { error } = ErrorSchema.parse(res.json());
      if (want.code) expect(error.code).toBe(want.code);
      if (want.question) expect(error.question).toBe(want.question);
      if (want.allowedIncludes) expect(error.allowed).toContain(want.allowedIncludes);
      expect(error.message.length).toBeGreaterThan(10);
    });
  }

  it('refuses "__proto__" keys', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/plan', headers: { 'content-type': 'application/json' }, payload: '{"answers":{"__proto__":{"nation":"wales"}}}' });
    expect(res.statusCode).toBe(400);
    expect(ErrorSchema.parse(res.json()).error).toMatchObject({ code: 'reserved_key', message: expect.stringMatching(/__proto__/) });
  });

  it('refuses a body that is not JSON', async () => {
    const broken = await app.inject({ method: 'POST', url: '/api/v1/plan', headers: { 'content-type': 'application/json' }, payload: '{"answers":' });
    expect(broken.statusCode).toBe(400);
    expect(ErrorSchema.parse(broken.json()).error.code).toBe('not_json');
    const text = await app.inject({ method: 'POST', url: '/api/v1/plan', headers: { 'content-type': 'text/plain' }, payload: 'hello' });
    expect(text.statusCode).toBe(400);
    expect(ErrorSchema.parse(text.json()).error.code).toBe('not_json');
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await post('/api/v1/plan', { answers: {}, context: { provider: { name: 'x'.repeat(40_000) } } });
    expect(res.statusCode).toBe(413);
    expect(ErrorSchema.parse(res.json()).error.code).toBe('body_too_large');
  });

  it('gives 400 for a bad postcode lookup and 404 for an unknown one', async () => {
    const bad = await app.inject('/api/v1/areas/lookup?postcode=12345');
    expect(bad.statusCode).toBe(400);
    expect(ErrorSchema.parse(bad.json()).error.code).toBe('invalid_postcode');
    const missing = await app.inject('/api/v1/areas/lookup');
    expect(missing.statusCode).toBe(400);
    const unknown = await app.inject('/api/v1/areas/lookup?postcode=ZZ9%209ZZ');
    expect(unknown.statusCode).toBe(404);
    expect(ErrorSchema.parse(unknown.json()).error.code).toBe('postcode_not_found');
  });

  it('asks again in the journey for a postcode that is well formed but unknown, and warns in the one-call plan', async () => {
    const answers = { nation: 'england', service: 'gp', concern: ['other'], stage: 'not-yet', when: '', outcome: '', who: '', postcode: 'ZZ9 9ZZ' };
    const journey = await post('/api/v1/journey', { answers });
    expect(journey.statusCode).toBe(404);
    expect(ErrorSchema.parse(journey.json()).error).toMatchObject({ code: 'postcode_not_found', question: 'postcode' });
    const plan = PlanResponseSchema.parse((await post('/api/v1/plan', { answers })).json());
    expect(plan.plan.warnings.map((w) => w.code)).toContain('postcode-not-found');
  });

  it('gives 404 in the same shape for an unknown body or path', async () => {
    const body = await app.inject('/api/v1/bodies/no-such-body');
    expect(body.statusCode).toBe(404);
    expect(ErrorSchema.parse(body.json()).error.code).toBe('body_not_found');
    const path = await app.inject('/api/v2/plan');
    expect(path.statusCode).toBe(404);
    expect(ErrorSchema.parse(path.json()).error.code).toBe('not_found');
  });
});
