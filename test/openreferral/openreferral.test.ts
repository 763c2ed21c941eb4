// The directory as Open Referral HSDS 3.0, on a real Fastify instance. Every service is validated against the
// compiled HSDS 3.0 JSON Schema (test/openreferral/hsds-3.0/, CC BY-SA 4.0, the Open Referral project) with ajv.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../server/graph/dates.js';
import { buildApp } from '../../server/http/app.js';
import { nameUuid } from '../../server/openreferral/directory.js';

const schema = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, 'hsds-3.0', file), 'utf8')) as object;
// The compiled schemas carry Open Referral's own keywords (name, constraints, core, example): not validation rules.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const validService = ajv.compile(schema('hsds-3.0-service.schema.json'));
const validServiceListItem = ajv.compile(schema('hsds-3.0-service_list.schema.json'));

let app: Awaited<ReturnType<typeof buildApp>>;
beforeAll(async () => {
  app = await buildApp();
});
afterAll(() => app.close());

interface Page<T> { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: T[] }
interface Service { id: string; name: string; organization_id: string; assured_date?: string; alert?: string; last_modified: string; phones: { number: string }[]; service_areas: { name: string; description: string }[]; organization: { id: string; name: string } }

const get = async <T>(url: string) => {
  const res = await app.inject(url);
  expect(res.statusCode, url).toBe(200);
  return res.json() as T;
};

/** Every item of a paged list, walking the pages as a client would. */
async function all<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const p = await get<Page<T>>(`${path}?page=${page}&per_page=200`);
    items.push(...p.contents);
    if (p.last_page) return items;
  }
}

describe('Open Referral HSDS 3.0', () => {
  it('says which HSDS version it serves, open to any origin and with no key', async () => {
    const res = await app.inject({ url: '/api/openreferral/', headers: { origin: 'https://directory.example.org' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.json()).toEqual({ version: '3.0', openapi_url: expect.stringMatching(/\/api\/openapi\.json$/) });
  });

  it('publishes every national body and every local body as a valid HSDS service of its organisation', async () => {
    const graph = app.graphHolder.current;
    const summaries = await all<{ id: string }>('/api/openreferral/services');
    expect(new Set(summaries.map((s) => s.id)).size).toBe(summaries.length);
    for (const s of summaries) expect(validServiceListItem(s), JSON.stringify(validServiceListItem.errors)).toBe(true);

    const services = await Promise.all(summaries.map((s) => get<Service>(`/api/openreferral/services/${s.id}`)));
    for (const s of services) expect(validService(s), `${s.name}: ${JSON.stringify(validService.errors)}`).toBe(true);
    // The validator is live: a status HSDS does not allow, or a phone without a number, is refused.
    expect(validService({ ...services[0], status: 'open' })).toBe(false);
    expect(validService({ ...services[0], phones: [{ id: nameUuid('x') }] })).toBe(false);

    const names = new Set(services.map((s) => s.name));
    for (const b of graph.bodies.values()) if (!b.generic && !b.validTo) expect(names.has(b.name), b.id).toBe(true);
    for (const h of graph.areas.healthwatch.filter((r) => !r.validTo)) expect(names.has(h.name), h.id).toBe(true);
    expect(services.filter((s) => s.name.endsWith(': adult safeguarding'))).toHaveLength(graph.areas.councils.size);
    // Wales, Scotland and Northern Ireland: councils with a complaints route, health boards, Llais regions, trusts.
    for (const r of [...graph.areas.healthBoards, ...graph.areas.hscTrusts, ...graph.areas.localHelp]) expect(names.has(r.name), r.name).toBe(true);
    expect(names.has('City of Cardiff Council')).toBe(true);
  }, 60_000);

  it('gives each local service the council areas it serves, and dates from our checks', async () => {
    const leeds = graph().areas.bodiesFor('E08000035', todayInLondon()).healthwatch!;
    const service = await get<Service>(`/api/openreferral/services/${nameUuid(`service:${leeds.id}`)}`);
    expect(service.name).toBe(leeds.name);
    const council = graph().areas.councils.get('E08000035')!.name;
    expect(service.service_areas).toContainEqual({
      id: expect.any(String), name: council, description: `The area of ${council} (ONS code E08000035).`,
      uri: 'https://statistics.data.gov.uk/id/statistical-geography/E08000035',
    });
    expect(service.last_modified).toBe(`${leeds.checked}T00:00:00Z`);
    if (leeds.verified) expect(service.assured_date).toBe(leeds.checked);
    else expect(service.alert).toMatch(/Check them on the organisation's website/);
    if (leeds.phone) expect(service.phones.map((p) => p.number)).toContain(leeds.phone);
  });

  it('lists organisations, each with its services, and finds each by id', async () => {
    const organizations = await all<{ id: string; name: string }>('/api/openreferral/organizations');
    const council = organizations.find((o) => o.name === graph().areas.councils.get('E08000035')!.name)!;
    const full = await get<{ services: { name: string; organization_id: string }[] }>(`/api/openreferral/organizations/${council.id}`);
    // The council's safeguarding team is a service of the council.
    expect(full.services.map((s) => s.name)).toEqual(expect.arrayContaining([council.name, `${council.name}: adult safeguarding`]));
    expect(full.services.every((s) => s.organization_id === council.id)).toBe(true);
  });

  it('pages lists: counts, first and last page, and an empty page past the end', async () => {
    const first = await get<Page<unknown>>('/api/openreferral/services?per_page=10');
    expect(first).toMatchObject({ page_number: 1, size: 10, first_page: true, last_page: false, empty: false });
    expect(first.total_pages).toBe(Math.ceil(first.total_items / 10));
    const past = await get<Page<unknown>>(`/api/openreferral/services?per_page=10&page=${first.total_pages + 1}`);
    expect(past).toMatchObject({ size: 0, empty: true, last_page: true, contents: [] });
  });

  it('answers a bad page size, a malformed id and an unknown id with the error shape', async () => {
    const bad = await app.inject('/api/openreferral/services?per_page=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
    expect((await app.inject('/api/openreferral/services/not-a-uuid')).statusCode).toBe(400);
    const missing = await app.inject(`/api/openreferral/organizations/${nameUuid('organization:no-such-body')}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('organization_not_found');
  });
});

const graph = () => app.graphHolder.current;

describe('Open Referral list filters', () => {
  const page = <T,>(url: string) => get<Page<T>>(url);
  interface Summary { id: string; name: string; description: string; organization_id: string }

  it('text: finds services by words in the name or description, in any case and without accents or apostrophes', async () => {
    const found = await page<Summary>('/api/openreferral/services?text=OMBUDSMAN&per_page=500');
    expect(found.total_items).toBeGreaterThan(3);
    expect(found.contents.every((s) => /ombudsman/i.test(`${s.name} ${s.description}`))).toBe(true);
    expect(found.contents.map((s) => s.name)).toContain('Parliamentary and Health Service Ombudsman');
    for (const s of found.contents) expect(validServiceListItem(s), JSON.stringify(validServiceListItem.errors)).toBe(true);
    const twoWords = await page<Summary>('/api/openreferral/services?text=cardiff%20vale&per_page=500');
    expect(twoWords.contents.map((s) => s.name)).toEqual(expect.arrayContaining(['Cardiff and Vale University Health Board', 'Llais: Cardiff and Vale region']));
    const accented = await page<Summary>('/api/openreferral/services?text=%C3%93mbudsman&per_page=500');
    expect(accented.total_items).toBe(found.total_items);
    expect((await page<Summary>('/api/openreferral/services?text=zzzqqq')).empty).toBe(true);
  });

  it('service_area: only services serving that council, national ones of its nation included, with the code in service_areas', async () => {
    const leeds = await page<Summary>('/api/openreferral/services?service_area=E08000035&per_page=500');
    const names = leeds.contents.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Leeds City Council', 'Parliamentary and Health Service Ombudsman']));
    expect(names).not.toContain('Public Services Ombudsman for Wales');
    expect(names).not.toContain('Healthwatch Barnet');
    const localOne = leeds.contents.find((s) => s.name === 'Leeds City Council')!;
    const full = await get<Service & { service_areas: { uri?: string }[] }>(`/api/openreferral/services/${localOne.id}`);
    expect(full.service_areas.map((a) => a.uri)).toContain('https://statistics.data.gov.uk/id/statistical-geography/E08000035');
    expect(validService(full), JSON.stringify(validService.errors)).toBe(true);

    const cardiff = (await page<Summary>('/api/openreferral/services?service_area=W06000015&per_page=500')).contents.map((s) => s.name);
    expect(cardiff).toEqual(expect.arrayContaining(['City of Cardiff Council', 'Cardiff and Vale University Health Board', 'Llais: Cardiff and Vale region', 'Public Services Ombudsman for Wales']));
    expect(cardiff).not.toContain('Parliamentary and Health Service Ombudsman');
  });

  it('text and service_area together, with pages over the filtered list', async () => {
    const both = await page<Summary>('/api/openreferral/services?service_area=S12000049&text=nhs&per_page=2');
    expect(both).toMatchObject({ page_number: 1, size: Math.min(2, both.total_items), first_page: true });
    expect(both.total_pages).toBe(Math.ceil(both.total_items / 2));
    const all2 = await page<Summary>('/api/openreferral/services?service_area=S12000049&text=nhs&per_page=500');
    expect(all2.contents.map((s) => s.name)).toContain('NHS Greater Glasgow and Clyde');
    expect(all2.contents.every((s) => /nhs/i.test(`${s.name} ${s.description}`))).toBe(true);
    const second = await page<Summary>('/api/openreferral/services?service_area=S12000049&text=nhs&per_page=2&page=2');
    expect(second.contents.map((s) => s.id)).toEqual(all2.contents.slice(2, 4).map((s) => s.id));
  });

  it('organizations take the same filters', async () => {
    const byText = await page<{ id: string; name: string }>('/api/openreferral/organizations?text=health%20board&per_page=500');
    expect(byText.contents.map((o) => o.name)).toContain('Cardiff and Vale University Health Board');
    const inGlasgow = (await page<{ name: string }>('/api/openreferral/organizations?service_area=S12000049&per_page=500')).contents.map((o) => o.name);
    expect(inGlasgow).toEqual(expect.arrayContaining(['Glasgow City Council', 'NHS Greater Glasgow and Clyde', 'Scottish Public Services Ombudsman']));
    expect(inGlasgow).not.toContain('Leeds City Council');
  });

  it.each(['/api/openreferral/services', '/api/openreferral/organizations'])('%s: an unknown filter is a 400 that names the filters there are', async (path) => {
    const res = await app.inject(`${path}?postcode=LS1`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'unknown_field', message: expect.stringContaining('"postcode"'), allowed: ['text', 'service_area', 'page', 'per_page'] } });
    const badArea = await app.inject(`${path}?service_area=Leeds`);
    expect(badArea.statusCode).toBe(400);
    expect(badArea.json().error.message).toContain('service_area');
  });
});
