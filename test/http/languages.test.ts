// Welsh and Easy Read through the real app: ?lang= and Accept-Language, the headers that say so, the usual error
// shape for a language we do not have, and answers whose ids, values and dates do not change with the words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorSchema, PlanResponseSchema } from '../../server/graph/api-schemas.js';
import { fromAcceptLanguage } from '../../server/http/language.js';
import { buildApp } from '../../server/http/app.js';

let app: Awaited<ReturnType<typeof buildApp>>;
beforeAll(async () => {
  app = await buildApp();
});
afterAll(() => app.close());

const WALES_GP = { answers: { nation: 'wales', service: 'gp', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-09' }, context: { today: '2026-12-05' } };
const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('the words of an answer', () => {
  it('asks the first question in Welsh with ?lang=cy, and says so in Content-Language and Vary', async () => {
    const res = await post('/api/v1/journey?lang=cy', { answers: {} });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-language']).toBe('cy');
    expect(res.headers.vary).toMatch(/Accept-Language/);
    const { question } = res.json();
    expect(question.text).toBe('Ym mha wlad oedd y gofal neu’r gwasanaeth?');
    expect(question.options.map((o: { value: string; label: string }) => [o.value, o.label])).toEqual([
      ['england', 'Lloegr'], ['wales', 'Cymru'], ['scotland', 'Yr Alban'], ['northern-ireland', 'Gogledd Iwerddon'],
    ]);
  });

  it('honours Accept-Language: cy when no lang is given, and ?lang over the header', async () => {
    const welsh = await app.inject({ url: '/api/v1/questions', headers: { 'accept-language': 'cy-GB,cy;q=0.9,en;q=0.5' } });
    expect(welsh.headers['content-language']).toBe('cy');
    expect(welsh.json().questions[0].text).toBe('Ym mha wlad oedd y gofal neu’r gwasanaeth?');
    const english = await app.inject({ url: '/api/v1/questions?lang=en', headers: { 'accept-language': 'cy' } });
    expect(english.headers['content-language']).toBe('en');
    expect(english.json().questions[0].text).toBe('Which country was the care or service in?');
    expect(fromAcceptLanguage('fr, en;q=0.2, cy;q=0.8')).toBe('cy');
    expect(fromAcceptLanguage('cy;q=0, en')).toBe('en');
    expect(fromAcceptLanguage(undefined)).toBe('en');
  });

  it('refuses a language it does not have, in the usual error shape, on the API and the pages', async () => {
    for (const url of ['/api/v1/questions?lang=fr', '/start?lang=xx']) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(400);
      expect(ErrorSchema.parse(res.json())).toEqual({ error: { code: 'unsupported_language', message: '"lang" must be one of: en, cy.', allowed: ['en', 'cy'] } });
    }
    const reading = await post('/api/v1/plan?reading=hard', WALES_GP);
    expect(reading.statusCode).toBe(400);
    expect(reading.json().error.allowed).toEqual(['standard', 'easy']);
  });

  it('gives a Welsh plan for Wales with the same ids, values and dates as the English one, and says a concern may be raised in Welsh', async () => {
    const english = PlanResponseSchema.parse((await post('/api/v1/plan', WALES_GP)).json()).plan;
    const welsh = PlanResponseSchema.parse((await post('/api/v1/plan?lang=cy', WALES_GP)).json()).plan;
    const shape = (plan: typeof english) => plan.steps.map((s) => [s.kind, s.rule, s.body?.id, s.deadline?.by, s.short.contact?.value]);
    expect(shape(welsh)).toEqual(shape(english));
    expect(welsh.warnings.map((w) => w.code)).toEqual(english.warnings.map((w) => w.code));
    expect(english.warnings.find((w) => w.code === 'wales-concern-in-welsh')?.text).toMatch(/^You can raise your concern in Welsh or in English/);
    expect(welsh.warnings.find((w) => w.code === 'wales-concern-in-welsh')?.text).toMatch(/^Gallwch godi eich pryder yn Gymraeg/);
    expect(welsh.headline?.text).toBe('Codwch eich pryder gyda’r gwasanaeth neu’r bwrdd iechyd, erbyn 1 Medi 2027.');
    expect(english.headline?.text).toBe('Raise your concern with the service or the health board, by 1 September 2027.');
    const escalate = welsh.steps.find((s) => s.kind === 'escalate');
    expect(escalate?.body?.name).toBe('Ombwdsmon Gwasanaethau Cyhoeddus Cymru');
    expect(escalate?.short.contact?.label).toBe('Ffoniwch 0300 790 0203');
    expect(welsh.summary).toContain('Help am ddim: Llais.');
  });

  it('keeps languages apart in the answer cache and in ETags', async () => {
    const first = await post('/api/v1/plan', WALES_GP);
    const welsh = await post('/api/v1/plan?lang=cy', WALES_GP);
    const again = await post('/api/v1/plan', WALES_GP);
    expect(welsh.json().plan.headline.text).not.toBe(first.json().plan.headline.text);
    expect(again.body).toBe(first.body);
    const tags = await Promise.all(['', '?lang=cy', '?reading=easy'].map(async (q) => (await app.inject({ url: `/api/v1/questions${q}` })).headers.etag));
    expect(new Set(tags).size).toBe(3);
  });

  it('gives Easy Read steps in short sentences with ?reading=easy, in English and in Welsh', async () => {
    const easy = (await post('/api/v1/plan?reading=easy', WALES_GP)).json().plan;
    expect(easy.steps[0].title).toBe('Tell the service or the health board');
    expect(easy.steps[0].text.split('\n')[0]).toBe('In Wales a complaint about the NHS is called a concern.');
    const hawdd = (await post('/api/v1/plan?lang=cy&reading=easy', WALES_GP)).json().plan;
    expect(hawdd.steps[0].title).toBe('Dweud wrth y gwasanaeth neu’r bwrdd iechyd');
    // Where no Welsh Easy Read is written yet, the Welsh text stands in, never the English.
    expect(hawdd.steps.every((s: { title: string }) => !/^(Tell|Still|Free)/.test(s.title))).toBe(true);
  });

  it('serves /start and /frame in Welsh with ?lang=cy, the widget told the same', async () => {
    const start = await app.inject({ url: '/start?lang=cy&reading=easy&nation=wales' });
    expect(start.statusCode).toBe(200);
    expect(start.headers['content-language']).toBe('cy');
    expect(start.body).toContain('<html lang="cy">');
    expect(start.body).toContain('<h1 id="page-heading">Sut i gwyno am iechyd neu ofal cymdeithasol</h1>');
    expect(start.body).toMatch(/<complaints-signpost heading="h1" nation="wales" lang="cy" reading="easy">/);
    const frame = await app.inject({ url: '/frame?lang=cy' });
    expect(frame.body).toContain('href="http://localhost:80/start?lang=cy"');
  });
});

describe('the poster in Wales', () => {
  it('is in Welsh and English, Welsh first, and its QR code opens the Welsh page', async () => {
    const res = await app.inject({ url: '/poster?nation=wales&service=gp&provider-name=Meddygfa+Glan+y+M%C3%B4r&provider-phone=01970+000000' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="cy">');
    expect(res.body).toContain(`<h1><span lang="cy">Ddim yn hapus gyda’ch gofal? Dyma sut i gwyno</span> <span lang="en-GB" class="poster-second">Not happy with your care? Here's how to complain</span></h1>`);
    expect(res.body).toContain('Gallwch godi eich pryder yn Gymraeg neu yn Saesneg.');
    expect(res.body.indexOf('Os oes rhywun mewn perygl nawr')).toBeLessThan(res.body.indexOf('If someone is in danger now'));
    expect(res.body).toContain('<a href="tel:01970000000">01970 000000</a>');
    const english = await app.inject({ url: '/poster?nation=england&service=gp' });
    expect(english.body).toContain('<html lang="en-GB">');
    expect(english.body).not.toContain('lang="cy"');
  });
});
