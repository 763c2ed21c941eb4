// Local help outside England, through the real app: Welsh and Scottish postcodes give the council, the health board
// and the local independent help; Northern Ireland's trust area gives the trust. Each body found must be reachable
// (a phone, email or page), and one not confirmed by a primary source says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AreaLookupSchema, PlanResponseSchema, type Answers, type Body, type Plan } from '../../server/graph/api-schemas.js';
import { TRUST_AREAS } from '../../server/graph/contract.js';
import { hasContact } from '../../server/graph/directory.js';
import { buildApp } from '../../server/http/app.js';

let app: Awaited<ReturnType<typeof buildApp>>;
beforeAll(async () => {
  app = await buildApp();
});
afterAll(() => app.close());

const today = '2026-12-05';
const lookup = async (postcode: string) => {
  const res = await app.inject(`/api/v1/areas/lookup?postcode=${encodeURIComponent(postcode)}&today=${today}`);
  expect(res.statusCode).toBe(200);
  return AreaLookupSchema.parse(res.json());
};
const plan = async (answers: Answers): Promise<Plan> => {
  const res = await app.inject({ method: 'POST', url: '/api/v1/plan', payload: { answers, context: { today } } });
  expect(res.statusCode).toBe(200);
  return PlanResponseSchema.parse(res.json()).plan;
};
const step = (p: Plan, kind: string) => p.steps.find((s) => s.kind === kind);
const named = (bodies: Body[], role: string) => bodies.filter((b) => b.role === role);

describe('GET /api/v1/areas/lookup in Wales and Scotland', () => {
  it.each([
    ['CF10 1EP', 'wales', 'W06000015', 'City of Cardiff Council', 'health-board-W11000029', 'llais-cardiff-and-vale'],
    ['G1 1XQ', 'scotland', 'S12000049', 'Glasgow City Council', 'health-board-S08000031', 'pass'],
    ['EH1 1YZ', 'scotland', 'S12000036', 'City of Edinburgh Council', 'health-board-S08000024', 'pass'],
  ])('%s: the council, its health board and local help', async (postcode, nation, code, name, board, help) => {
    const area = await lookup(postcode);
    expect(area).toMatchObject({ nation, area: { code, name }, candidates: [{ code, name, share: 1 }] });
    expect(area.bodies.map((b) => b.id)).toEqual([`council-${code}`, board, help]);
    for (const b of area.bodies) {
      expect(hasContact(b), `${b.id} can be reached`).toBe(true);
      expect(b.sources.length, `${b.id} shows a public source`).toBeGreaterThan(0);
    }
    expect(named(area.bodies, 'advocacy')).toHaveLength(1);
  });

  it('says a health board whose concerns team is not confirmed is unverified, and labels its finder link', async () => {
    const [, board] = (await lookup('CF10 1EP')).bodies;
    expect(board).toMatchObject({ name: 'Cardiff and Vale University Health Board', role: 'provider', verified: false });
    expect(board?.websiteLabel).toMatch(/^Find /);
  });

  it('gives a Welsh outward code the councils it touches with their shares', async () => {
    const area = await lookup('LL14');
    expect(area.nation).toBe('wales');
    expect(area.candidates.reduce((n, c) => n + c.share, 0)).toBeCloseTo(1, 3);
    expect(area.area?.code).toBe(area.candidates[0]?.code);
  });
});

describe('plans with a Welsh, Scottish or Northern Ireland location', () => {
  const gp = { service: 'gp', concern: ['care-or-treatment'], stage: 'not-yet' } as const;

  it('a Cardiff GP patient: the health board takes the concern and the Cardiff and Vale region of Llais helps', async () => {
    const before = await plan({ nation: 'wales', ...gp });
    expect(step(before, 'complain')?.body?.id).toBe('your-health-board-wales');
    expect(step(before, 'help')?.body?.id).toBe('llais');
    const after = await plan({ nation: 'wales', ...gp, postcode: 'CF10 1EP' });
    expect(after.area).toEqual({ code: 'W06000015', name: 'City of Cardiff Council' });
    expect(step(after, 'complain')?.body?.id).toBe('health-board-W11000029');
    // Not confirmed: the national route stays beside it.
    expect(step(after, 'complain')?.alternatives.map((b) => b.id)).toContain('your-health-board-wales');
    expect(step(after, 'help')?.body?.id).toBe('llais-cardiff-and-vale');
    expect(step(after, 'help')?.short.contact).toMatchObject({ kind: 'online', verified: false });
  });

  it('a Cardiff social services complaint goes to Cardiff council', async () => {
    const p = await plan({ nation: 'wales', service: 'council-adult-social-care', concern: ['care-or-treatment'], stage: 'not-yet', postcode: 'CF10 1EP' });
    expect(step(p, 'complain')?.body?.id).toBe('council-W06000015');
    expect(step(p, 'complain')?.short.contact).toMatchObject({ kind: 'phone', value: '029 2087 2087', verified: false });
  });

  it('a Glasgow hospital patient: NHS Greater Glasgow and Clyde, with its complaints line marked to check', async () => {
    const p = await plan({ nation: 'scotland', service: 'hospital', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet', postcode: 'G1 1XQ' });
    expect(step(p, 'complain')?.body?.id).toBe('health-board-S08000031');
    expect(step(p, 'complain')?.short.contact).toMatchObject({ kind: 'phone', value: '0141 201 4500', verified: false });
    expect(step(p, 'help')?.body?.id).toBe('pass');
  });

  it('an Edinburgh social work complaint goes to the City of Edinburgh Council, and an NHS one to NHS Lothian', async () => {
    const social = await plan({ nation: 'scotland', service: 'council-adult-social-care', concern: ['care-or-treatment'], stage: 'not-yet', postcode: 'EH1 1YZ' });
    expect(step(social, 'complain')?.body?.id).toBe('council-S12000036');
    const nhs = await plan({ nation: 'scotland', ...gp, postcode: 'EH1 1YZ' });
    expect(step(nhs, 'complain')?.body?.id).toBe('health-board-S08000024');
    expect(step(nhs, 'complain')?.short.contact).toMatchObject({ kind: 'online', verified: true });
  });

  it.each(TRUST_AREAS)('Northern Ireland, trust area %s: that trust takes the complaint, and the Patient and Client Council helps', async (trust) => {
    const p = await plan({ nation: 'northern-ireland', ...gp, trust });
    const complain = step(p, 'complain');
    expect(complain?.body?.id).toBe(`hsc-trust-${trust}`);
    expect(complain?.body?.name).toMatch(/Health and Social Care Trust$/);
    expect(complain?.short.contact?.kind).toMatch(/^(phone|online|email)$/);
    expect(step(p, 'help')?.body?.id).toBe('patient-client-council');
  });

  it('a postcode in another nation never steers the plan: the plan for Wales names no English council', async () => {
    const p = await plan({ nation: 'wales', ...gp, postcode: 'LS1 4AP' });
    expect(p.area).toBeNull();
    expect(step(p, 'complain')?.body?.id).toBe('your-health-board-wales');
    expect(p.warnings.map((w) => w.code)).toContain('postcode-nation-mismatch');
  });

  it('asks the postcode in Wales and Scotland, and the trust area in Northern Ireland, beside the first plan', async () => {
    for (const [nation, id] of [['wales', 'postcode'], ['scotland', 'postcode'], ['northern-ireland', 'trust']] as const) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/journey', payload: { answers: { nation, ...gp, when: '', outcome: '', who: '' }, context: { today } } });
      const body = res.json() as { status: string; refinements?: { id: string }[] };
      expect(body.status).toBe('plan');
      expect(body.refinements?.map((q) => q.id)).toContain(id);
    }
  });

  it('refuses a trust area that does not exist, naming the ones that do', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/plan', payload: { answers: { nation: 'northern-ireland', ...gp, trust: 'eastern' } } });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('south-eastern');
  });
});
