// The curator's report (npm run data:report): what to check next in data/. Pure: from the loaded graph and a date
// to rows, which the script prints and writes as CSV. Nothing here is public; the API never serves it.
import { LOCAL_ROLES, type LocalRole } from '../graph/contract.js';
import { addMonths } from '../graph/dates.js';
import type { Graph } from '../graph/graph.js';
import { buildMeta } from '../graph/meta.js';
import type { Contact, Source } from '../graph/schemas.js';
import { hasPrimarySource, hostOf } from '../graph/sources.js';

/** One curated record, whatever its file: enough to say what it is and what to check. */
export interface CuratedRecord {
  type: 'body' | 'rule' | 'deadline' | 'process' | 'notice' | 'council' | 'icb' | 'healthwatch' | 'advocacy'
    | 'devolved-council' | 'health-board' | 'hsc-trust' | 'local-help';
  id: string;
  name: string;
  /** The record's own claim; undefined for records that make none (rules, deadlines). */
  verified?: boolean;
  checked: string;
  sources: readonly Source[];
  contact?: Contact;
  curatorNote?: string;
}

export function curatedRecords(graph: Graph): CuratedRecord[] {
  const note = (r: { curatorNote?: string | undefined }) => (r.curatorNote ? { curatorNote: r.curatorNote } : {});
  return [
    // A placeholder's contact is a finder page ("find your local council"), shared on purpose: not compared.
    ...[...graph.bodies.values()].map((b): CuratedRecord => ({ type: 'body', id: b.id, name: b.name, verified: b.verified, checked: b.checked, sources: b.sources, ...(!b.generic && { contact: b }), ...note(b) })),
    ...graph.rules.map((r): CuratedRecord => ({ type: 'rule', id: r.id, name: r.title, checked: r.checked, sources: r.sources, ...note(r) })),
    ...[...graph.deadlines.values()].map((d): CuratedRecord => ({ type: 'deadline', id: d.id, name: d.id, checked: d.checked, sources: d.sources, ...note(d) })),
    ...[...graph.processes.values()].map((p): CuratedRecord => ({ type: 'process', id: p.id, name: p.name, checked: p.checked, sources: p.sources, ...note(p) })),
    ...graph.notices.map((n): CuratedRecord => ({ type: 'notice', id: n.code, name: n.code, checked: n.checked, sources: n.sources, ...note(n) })),
    ...[...graph.areas.councils.values()].map((c): CuratedRecord => ({ type: 'council', id: c.code, name: c.name, verified: c.verified, checked: c.checked, sources: c.sources, contact: c, ...note(c) })),
    ...graph.areas.icbRecords.map((i): CuratedRecord => ({ type: 'icb', id: `${i.code}${i.validFrom ? `@${i.validFrom}` : ''}`, name: i.name, verified: i.verified, checked: i.checked, sources: i.sources, contact: i, ...note(i) })),
    ...graph.areas.healthwatch.map((h): CuratedRecord => ({ type: 'healthwatch', id: h.id, name: h.name, verified: h.verified, checked: h.checked, sources: h.sources, contact: h, ...note(h) })),
    ...graph.areas.advocacy.map((a): CuratedRecord => ({ type: 'advocacy', id: a.id, name: a.name, verified: a.verified, checked: a.checked, sources: a.sources, contact: a, ...note(a) })),
    ...devolvedRecords(graph).map(({ record }) => record),
  ];
}

const NATION_OF_CODE: Record<string, string> = { W: 'Wales', S: 'Scotland' };

/** The local records of Wales, Scotland and Northern Ireland, each with its nation. */
function devolvedRecords(graph: Graph): { nation: string; record: CuratedRecord }[] {
  const note = (r: { curatorNote?: string | undefined }) => (r.curatorNote ? { curatorNote: r.curatorNote } : {});
  const { devolvedCouncils, healthBoards, hscTrusts, localHelp } = graph.areas;
  return [
    ...[...devolvedCouncils.values()].map((c) => ({ nation: NATION_OF_CODE[c.code.charAt(0)]!, record: { type: 'devolved-council' as const, id: c.code, name: c.name, verified: c.verified, checked: c.checked, sources: c.sources, contact: c, ...note(c) } })),
    ...healthBoards.map((b) => ({ nation: NATION_OF_CODE[b.code.charAt(0)]!, record: { type: 'health-board' as const, id: b.code, name: b.name, verified: b.verified, checked: b.checked, sources: b.sources, contact: b, ...note(b) } })),
    ...hscTrusts.map((t) => ({ nation: 'Northern Ireland', record: { type: 'hsc-trust' as const, id: t.trustArea, name: t.name, verified: t.verified, checked: t.checked, sources: t.sources, contact: t, ...note(t) } })),
    ...localHelp.map((h) => ({ nation: NATION_OF_CODE[h.councils[0]!.charAt(0)]!, record: { type: 'local-help' as const, id: h.id, name: h.name, verified: h.verified, checked: h.checked, sources: h.sources, contact: h, ...note(h) } })),
  ];
}

/** A contact of the body's own: a finder link (a website with a label) does not count. */
const ownContact = (c: Contact) => Boolean(c.phone || c.email || c.complaintPage || (c.website && !c.websiteLabel));

/** One line of the report. `section` says which list it belongs to; the CSV has one row per line. */
export interface ReportRow {
  section: 'area' | 'devolved' | 'unverified' | 'overdue' | 'due-soon' | 'secondary-only' | 'duplicate-phone' | 'duplicate-website' | 'scheduled';
  areaCode?: string;
  area?: string;
  role?: LocalRole;
  type?: string;
  id?: string;
  name?: string;
  verified?: boolean;
  checked?: string;
  detail: string;
}

export const REPORT_COLUMNS = ['section', 'areaCode', 'area', 'role', 'type', 'id', 'name', 'verified', 'checked', 'detail'] as const;

const digits = (phone: string) => phone.replace(/\D/g, '');
/** A website as its host and path, so http/https, www. and a trailing slash do not hide a duplicate. */
const site = (url: string) => `${(hostOf(url) ?? url).replace(/^www\./, '')}${new URL(url).pathname.replace(/\/$/, '')}`;
const sameBody = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

export function dataReport(graph: Graph, today: string): ReportRow[] {
  const rows: ReportRow[] = [];
  const records = curatedRecords(graph);
  const row = (section: ReportRow['section'], r: CuratedRecord, detail: string): ReportRow => ({
    section, type: r.type, id: r.id, name: r.name, ...(r.verified !== undefined && { verified: r.verified }), checked: r.checked, detail,
  });

  // Records by area and role: what a postcode in each council area finds today.
  for (const [code, council] of graph.areas.councils) {
    const local = graph.areas.bodiesFor(code, today);
    const byRole: Record<LocalRole, { name: string; verified: boolean; checked: string; phone?: string | undefined; website?: string | undefined } | undefined> = {
      council: local.council, safeguarding: local.safeguarding, children: local.children, icb: local.icbs[0], healthwatch: local.healthwatch, advocacy: local.advocacy,
    };
    for (const role of LOCAL_ROLES) {
      const b = byRole[role];
      rows.push({
        section: 'area', areaCode: code, area: council.name, role,
        ...(b ? { name: b.name, verified: b.verified, checked: b.checked } : {}),
        detail: !b ? 'none named: the national route is shown'
          : [b.phone && `phone ${b.phone}`, b.website && `website ${b.website}`].filter(Boolean).join('; ') || 'no phone or website',
      });
    }
  }

  // Wales, Scotland and Northern Ireland: each council, health board, trust and local help record, by nation.
  for (const { nation, record: r } of devolvedRecords(graph)) {
    const c = r.contact ?? {};
    rows.push({
      ...row('devolved', r, ownContact(c)
        ? [c.phone && `phone ${c.phone}`, c.email && `email ${c.email}`, (c.complaintPage ?? c.website) && `page ${c.complaintPage ?? c.website}`].filter(Boolean).join('; ')
        : 'no contact of its own: a finder or the national route is shown'),
      area: nation, verified: Boolean(r.verified) && hasPrimarySource(r.sources),
    });
  }

  const yearAgo = addMonths(today, -12);
  const monthBefore = addMonths(today, -11);
  for (const r of records) {
    const primary = hasPrimarySource(r.sources);
    if (r.verified === false || (r.verified && !primary)) {
      rows.push(row('unverified', r, r.verified === false ? (r.curatorNote ?? 'marked verified: false') : 'marked verified, but has no primary source'));
    }
    if (r.checked < yearAgo) rows.push(row('overdue', r, `checked more than 12 months ago (before ${yearAgo})`));
    else if (r.checked <= monthBefore) rows.push(row('due-soon', r, `12 months since the check on ${addMonths(r.checked, 12)}`));
    if (!primary) rows.push(row('secondary-only', r, r.sources.map((s) => s.url).join(' ')));
  }

  // The same phone number or website on records of different bodies: often a copy-and-paste slip.
  const duplicates = (section: 'duplicate-phone' | 'duplicate-website', key: (c: Contact) => string[]) => {
    const seen = new Map<string, CuratedRecord[]>();
    for (const r of records) for (const k of r.contact ? key(r.contact) : []) seen.set(k, [...(seen.get(k) ?? []), r]);
    for (const [k, list] of seen) {
      if (new Set(list.map((r) => sameBody(r.name))).size < 2) continue;
      for (const r of list) rows.push(row(section, r, `${k} is also given for ${list.filter((x) => x !== r).map((x) => x.name).join(', ')}`));
    }
  };
  duplicates('duplicate-phone', (c) => [c.phone, c.textphone].filter((p): p is string => Boolean(p)).map(digits).filter((p) => p.length > 4));
  duplicates('duplicate-website', (c) => (c.website ? [site(c.website)] : []));

  for (const s of buildMeta(graph, today).scheduled) {
    rows.push({ section: 'scheduled', type: s.kind, id: s.id, name: s.name, detail: [s.validFrom && `from ${s.validFrom}`, s.validTo && `until ${s.validTo}`].filter(Boolean).join(', ') });
  }
  return rows;
}

const TITLES: Record<ReportRow['section'], string> = {
  area: 'Local bodies by area and role',
  devolved: 'Local help in Wales, Scotland and Northern Ireland',
  unverified: 'Not verified (or verified without a primary source)',
  overdue: 'Checked more than 12 months ago',
  'due-soon': 'Due for a check within a month',
  'secondary-only': 'Supported by secondary sources only',
  'duplicate-phone': 'The same phone number for different bodies',
  'duplicate-website': 'The same website for different bodies',
  scheduled: 'Changes scheduled ahead',
};

/** The report for a terminal: counts first, then each list (long lists cut to `limit` lines). */
export function reportText(rows: readonly ReportRow[], today: string, limit = 15): string {
  const out = [`Data report for ${today}`];
  const areaRows = rows.filter((r) => r.section === 'area');
  out.push('', `${TITLES.area}: ${new Set(areaRows.map((r) => r.areaCode)).size} areas`);
  for (const role of LOCAL_ROLES) {
    const of = areaRows.filter((r) => r.role === role);
    out.push(`  ${role.padEnd(13)} named ${of.filter((r) => r.name).length}, verified ${of.filter((r) => r.verified).length}, of ${of.length}`);
  }
  const devolved = rows.filter((r) => r.section === 'devolved');
  out.push('', `${TITLES.devolved}: ${devolved.length} records`);
  for (const nation of ['Wales', 'Scotland', 'Northern Ireland']) {
    for (const type of ['devolved-council', 'health-board', 'hsc-trust', 'local-help']) {
      const of = devolved.filter((r) => r.area === nation && r.type === type);
      if (of.length === 0) continue;
      const reachable = of.filter((r) => !r.detail.startsWith('no contact'));
      out.push(`  ${nation.padEnd(16)} ${type.padEnd(16)} ${String(of.length).padStart(3)}, with a contact ${String(reachable.length).padStart(3)}, verified ${String(reachable.filter((r) => r.verified).length).padStart(3)}`);
    }
  }
  for (const section of Object.keys(TITLES) as ReportRow['section'][]) {
    if (section === 'area' || section === 'devolved') continue;
    const list = rows.filter((r) => r.section === section);
    out.push('', `${TITLES[section]}: ${list.length}`);
    for (const r of list.slice(0, limit)) out.push(`  ${[r.type, r.id].filter(Boolean).join(' ')}: ${r.name ?? ''}${r.checked ? ` (checked ${r.checked})` : ''}. ${r.detail}`);
    if (list.length > limit) out.push(`  … and ${list.length - limit} more in the CSV`);
  }
  return out.join('\n');
}

/** The report as CSV rows (header first), for a spreadsheet. */
export function reportTable(rows: readonly ReportRow[]): string[][] {
  return [
    [...REPORT_COLUMNS],
    ...rows.map((r) => REPORT_COLUMNS.map((c) => (r[c] === undefined ? '' : String(r[c])))),
  ];
}
