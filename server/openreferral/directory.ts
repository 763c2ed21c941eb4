// The directory as Open Referral HSDS 3.0: every national body and every local body in force on a date, each as a
// service of its organisation, with phones, contacts, the council areas it serves and the date it was checked.
// Pure: built from the graph alone. Identifiers are name-based UUIDs (RFC 4122 version 5), so a body keeps its
// id from one data version to the next.
import { createHash } from 'node:crypto';
import type { Body } from '../graph/api-schemas.js';
import { isInForce } from '../graph/dates.js';
import type { Graph } from '../graph/graph.js';
import { toBody } from '../graph/plan.js';
import type { HsdsOrganization, HsdsService } from './schemas.js';

// A fixed namespace for this service's names (a random UUID chosen once).
const NAMESPACE = Buffer.from('4b0f3a4e9d2c4c8e9a51c2d7e6f80a13', 'hex');

/** RFC 4122 version 5 UUID of a name in this service's namespace. */
export function nameUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const NATION_OF_PREFIX: Partial<Record<string, keyof typeof NATION_CODES>> = { E: 'england', W: 'wales', S: 'scotland', N: 'northern-ireland' };
const NATION_NAMES = { england: 'England', wales: 'Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' } as const;
const UNVERIFIED = 'We could not confirm every detail from a primary source. Check them on the organisation\'s website before you use them.';

export interface OpenReferralDirectory {
  services: readonly HsdsService[];
  organizations: readonly HsdsOrganization[];
  serviceById: ReadonlyMap<string, HsdsService>;
  organizationById: ReadonlyMap<string, HsdsOrganization>;
  /** The lists with the filters of ListQuery applied (page and per_page are the caller's). */
  filterServices(filters: Filters): readonly HsdsService[];
  filterOrganizations(filters: Filters): readonly HsdsOrganization[];
}
export interface Filters { text?: string | undefined; service_area?: string | undefined }

interface Area { name: string; description: string; code?: string }
interface Entry { body: Body; organization: { key: string; name: string; description: string; website?: string }; areas: Area[] }

/** ONS codes of the four nations, for national services' areas. */
const NATION_CODES = { england: 'E92000001', wales: 'W92000004', scotland: 'S92000003', 'northern-ireland': 'N92000002' } as const;
const areaUri = (code: string) => `https://statistics.data.gov.uk/id/statistical-geography/${code}`;
/** Text as a filter compares it: lower case, accents and apostrophes dropped. */
const searchable = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f'’]/g, '').toLowerCase();

export function buildOpenReferral(graph: Graph, today: string): OpenReferralDirectory {
  const entries = new Map<string, Entry>();
  const own = (b: Body) => ({ key: b.id, name: b.name, description: b.description, ...(b.website && { website: b.website }) });

  for (const r of graph.bodies.values()) {
    if (r.generic || !isInForce(today, r)) continue;
    const body = toBody(r);
    entries.set(body.id, {
      body, organization: own(body),
      areas: r.nations.map((n) => ({ name: NATION_NAMES[n], description: `The whole of ${NATION_NAMES[n]}.`, code: NATION_CODES[n] })),
    });
  }
  const addTo = (area: Area) => (body: Body | undefined, organization = body && own(body)) => {
    // "Ask the council" stands in for an advocacy service nobody has named: it is not a body of its own.
    if (!body || !organization || body.id.startsWith('advocacy-ask-')) return;
    const entry = entries.get(body.id) ?? { body, organization, areas: [] };
    entry.areas.push(area);
    entries.set(body.id, entry);
  };
  for (const [code, council] of graph.areas.devolvedCouncils) {
    const local = graph.areas.bodiesFor(code, today);
    const add = addTo({ name: council.name, description: `The area of ${council.name} (ONS code ${code}).`, code });
    add(local.council);
    add(local.healthBoard);
    add(local.localHelp);
  }
  for (const trust of graph.areas.hscTrusts) {
    const local = graph.areas.trustBodies(trust.trustArea, today);
    addTo({ name: `${trust.name} area`, description: `The area of the ${trust.name}, in Northern Ireland.` })(local.healthBoard);
  }
  for (const [code, council] of graph.areas.councils) {
    const local = graph.areas.bodiesFor(code, today);
    const add = addTo({ name: council.name, description: `The area of ${council.name} (ONS code ${code}).`, code });
    add(local.council);
    add(local.safeguarding, local.council && own(local.council));
    for (const icb of local.icbs) add(icb);
    add(local.healthwatch);
    add(local.advocacy);
  }

  const services: HsdsService[] = [];
  const organizations = new Map<string, HsdsOrganization>();
  const areaCodes = new Map<string, Set<string>>();
  const serviceText = new Map<string, string>();
  for (const { body, organization, areas } of entries.values()) {
    const organizationId = nameUuid(`organization:${organization.key}`);
    const org = organizations.get(organizationId) ?? {
      id: organizationId, name: organization.name, description: organization.description,
      ...(organization.website && { website: organization.website }), services: [],
    };
    organizations.set(organizationId, org);
    const { services: _s, ...orgSummary } = org;
    const id = nameUuid(`service:${body.id}`);
    const service: HsdsService = {
      id, organization_id: organizationId, name: body.name, description: body.description,
      ...((body.complaintPage ?? body.website) && { url: body.complaintPage ?? body.website }),
      ...(body.email && { email: body.email }),
      status: 'active',
      ...(body.verified ? { assured_date: body.checked } : { alert: UNVERIFIED }),
      last_modified: `${body.checked}T00:00:00Z`,
      organization: orgSummary,
      phones: [
        ...(body.phone ? [{ id: nameUuid(`phone:${body.id}`), number: body.phone, type: 'voice' as const, ...(body.phoneNote && { description: body.phoneNote }) }] : []),
        ...(body.textphone ? [{ id: nameUuid(`textphone:${body.id}`), number: body.textphone, type: 'textphone' as const }] : []),
      ],
      contacts: body.email ? [{ id: nameUuid(`contact:${body.id}`), name: body.name, email: body.email }] : [],
      service_areas: areas.map(({ code, ...a }) => ({ id: nameUuid(`area:${body.id}:${a.name}`), ...a, ...(code && { uri: areaUri(code) }) })),
    };
    services.push(service);
    // National services serve every council of their nation; a local one, the councils it lists.
    const codes = new Set(areas.flatMap((a) => (a.code ? [a.code] : [])));
    areaCodes.set(id, codes);
    serviceText.set(id, searchable(`${service.name} ${service.description}`));
    const { organization: _o, phones: _p, contacts: _c, service_areas: _a, ...summary } = service;
    org.services.push(summary);
  }
  const serves = (serviceId: string, code: string) => {
    const codes = areaCodes.get(serviceId);
    return Boolean(codes && (codes.has(code) || codes.has(NATION_CODES[NATION_OF_PREFIX[code.charAt(0)] ?? 'england'])));
  };
  const hasWords = (text: string | undefined, words: string[]) => words.every((w) => text?.includes(w));
  const wordsOf = (f: Filters) => (f.text ? searchable(f.text).split(/\s+/).filter(Boolean) : []);
  const organizationList = [...organizations.values()];
  const organizationText = new Map(organizationList.map((o) => [o.id, searchable(`${o.name} ${o.description}`)]));
  return {
    services, organizations: organizationList,
    serviceById: new Map(services.map((s) => [s.id, s])),
    organizationById: organizations,
    filterServices(f) {
      if (!f.text && !f.service_area) return services;
      const words = wordsOf(f);
      return services.filter((s) => (!f.service_area || serves(s.id, f.service_area)) && hasWords(serviceText.get(s.id), words));
    },
    filterOrganizations(f) {
      if (!f.text && !f.service_area) return organizationList;
      const words = wordsOf(f);
      // An organisation serves an area through any of its services; its words are its own or any service's.
      return organizationList.filter((o) => (!f.service_area || o.services.some((s) => serves(s.id, f.service_area!)))
        && (hasWords(organizationText.get(o.id), words) || o.services.some((s) => hasWords(serviceText.get(s.id), words))));
    },
  };
}
