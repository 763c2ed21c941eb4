// The local directory: postcode tables, council → ICB table (England) and the curated local bodies
// (data/areas/*.yaml), joined into the bodies a plan names for one council (or Northern Ireland trust area) on one date.
import { join } from 'node:path';
import type { Body } from '../../graph/api-schemas.js';
import { isInForce } from '../../graph/dates.js';
import { readRecords } from '../records.js';
import {
  AreaServiceRecordSchema, CouncilRecordSchema, CouncilSuccessionRecordSchema, DevolvedCouncilRecordSchema, HealthBoardRecordSchema, HscTrustRecordSchema,
  IcbRecordSchema, LocalHelpRecordSchema,
  type AreaServiceRecord, type Contact, type CouncilRecord, type CouncilSuccessionRecord, type DevolvedCouncilRecord, type HscTrustRecord, type LocalHelpRecord, type Source,
} from '../../graph/schemas.js';
import { TRUST_AREAS } from '../../graph/contract.js';
import { hasContact, type LocalBodies, type LocalDirectory, type TrustArea } from '../../graph/directory.js';
import { hasPrimarySource, publicSources } from '../../graph/sources.js';
import { icbsForCouncil, loadCouncilIcbTable, type CouncilIcb } from './icbs.js';
import { loadPostcodeIndex } from './postcodes.js';

const ADVOCACY_LAW: Source = {
  title: 'Health and Social Care Act 2012, section 185 (councils must arrange independent NHS complaints advocacy)',
  url: 'https://www.legislation.gov.uk/ukpga/2012/7/section/185/enacted',
  kind: 'legislation',
};

const CHILDREN_ROUTE: Source = {
  title: 'GOV.UK: Report child abuse to a local council',
  url: 'https://www.gov.uk/report-child-abuse-to-local-council',
  kind: 'government',
};
/** What the public sees of a record's support: primary sources only, and verified only with one of them. */
const support = (r: { verified: boolean; checked: string; sources: Source[] }) => ({
  verified: r.verified && hasPrimarySource(r.sources), checked: r.checked, sources: publicSources(r.sources),
});

const contactOf = (c: Contact): Contact => {
  const out: Contact = {};
  for (const key of ['phone', 'phoneNote', 'textphone', 'email', 'website', 'websiteLabel', 'complaintPage', 'address'] as const) if (c[key]) out[key] = c[key];
  return out;
};

const DEVOLVED_COUNCILS_FILE = 'areas/councils-wales-scotland.yaml';

export function loadLocalDirectory(root: string, problems: string[]): LocalDirectory {
  const devolvedCouncils = new Map(readRecords(root, DEVOLVED_COUNCILS_FILE, DevolvedCouncilRecordSchema, problems).map(({ record }) => [record.code, record]));
  const healthBoards = readRecords(root, 'areas/health-boards.yaml', HealthBoardRecordSchema, problems).map((r) => r.record);
  const hscTrusts = readRecords(root, 'areas/hsc-trusts.yaml', HscTrustRecordSchema, problems).map((r) => r.record);
  const localHelp = readRecords(root, 'areas/local-help.yaml', LocalHelpRecordSchema, problems).map((r) => r.record);
  const successions = readRecords(root, 'areas/council-successions.yaml', CouncilSuccessionRecordSchema, problems).map((r) => r.record);
  const index = loadPostcodeIndex(join(root, 'areas/postcodes'));
  const icbTable = loadCouncilIcbTable(join(root, 'areas/council-icb.csv'));
  const councils = new Map(readRecords(root, 'areas/councils.yaml', CouncilRecordSchema, problems).map(({ record }) => [record.code, record]));
  const icbRecords = readRecords(root, 'areas/icbs.yaml', IcbRecordSchema, problems).map((r) => r.record);
  const healthwatch = readRecords(root, 'areas/healthwatch.yaml', AreaServiceRecordSchema, problems).map((r) => r.record);
  const advocacy = readRecords(root, 'areas/advocacy.yaml', AreaServiceRecordSchema, problems).map((r) => r.record);

  // Every council the postcode tables can name must have its local bodies, and every ICB a record.
  for (const [code, council] of index.councils) {
    if (!councils.has(code)) problems.push(`areas/councils.yaml: council "${code}" (${council.name}) has no record`);
    if (!healthwatch.some((h) => h.councils.includes(code))) problems.push(`areas/healthwatch.yaml: council "${code}" (${council.name}) is in no record's "councils"`);
    if (!advocacy.some((a) => a.councils.includes(code))) problems.push(`areas/advocacy.yaml: council "${code}" (${council.name}) is in no record's "councils"`);
    if (!icbTable.has(code)) problems.push(`areas/council-icb.csv: council "${code}" (${council.name}) has no row`);
  }
  for (const [code, council] of index.devolvedCouncils) {
    const record = devolvedCouncils.get(code);
    if (!record) problems.push(`${DEVOLVED_COUNCILS_FILE}: council "${code}" (${council.name}) has no record`);
    if (record && !healthBoards.some((b) => b.code === record.healthBoard)) problems.push(`areas/health-boards.yaml: health board "${record.healthBoard}" named by ${council.name} has no record`);
    // Llais covers every part of Wales by region; Scotland's local help is optional (PASS's national line stands in).
    if (code.startsWith('W') && !localHelp.some((h) => h.councils.includes(code))) problems.push(`areas/local-help.yaml: Welsh council "${code}" (${council.name}) is in no record's "councils"`);
  }
  for (const area of TRUST_AREAS) if (!hscTrusts.some((t) => t.trustArea === area)) problems.push(`areas/hsc-trusts.yaml: trust area "${area}" has no record`);
  for (const rows of icbTable.values()) {
    for (const row of rows) if (!icbRecords.some((i) => i.code === row.icbCode)) problems.push(`areas/icbs.yaml: ICB "${row.icbCode}" (${row.icbName}) named in council-icb.csv has no record`);
  }

  for (const r of successions) if (!councils.has(r.replaces)) problems.push(`areas/council-successions.yaml: record "${r.id}": field "replaces" names "${r.replaces}", which has no record in councils.yaml`);

  // A successor council stands in the place of the council it replaces, under its own id.
  const councilBody = (c: CouncilRecord, id = `council-${c.code}`): Body => ({
    id, name: c.name, role: 'council',
    description: 'Your council: it deals with complaints about its own services, including adult social care it arranges.',
    ...contactOf(c), generic: false, ...support(c),
  });
  const safeguardingBody = (c: CouncilRecord, id = `council-${c.code}`): Body => {
    const own = c.safeguarding && hasContact(c.safeguarding);
    return {
      id: `${id}-safeguarding`, name: `${c.name}: adult safeguarding`, role: 'safeguarding',
      description: own
        ? 'The council team that protects adults from abuse and neglect.'
        : 'Contact the council and ask for adult safeguarding: the team that protects adults from abuse and neglect.',
      ...contactOf(own && c.safeguarding ? c.safeguarding : { website: c.website }),
      generic: false, ...support({ ...c, verified: c.verified && Boolean(own) }),
    };
  };
  // Without its own sourced contact, the council's general contact and GOV.UK's route stand in, and say so.
  const childrenBody = (c: CouncilRecord, id = `council-${c.code}`): Body => {
    const own = c.children && hasContact(c.children);
    return {
      id: `${id}-children`, name: `${c.name}: children's services`, role: 'safeguarding',
      description: own
        ? "The council team that keeps children safe. Tell it if you are worried about a child."
        : "Contact the council and ask for children's services, the team that keeps children safe.",
      ...contactOf(own && c.children ? c.children : { website: c.website, phone: c.phone }),
      generic: false, ...support({ ...c, verified: c.verified && Boolean(own), sources: own ? c.sources : [...c.sources, CHILDREN_ROUTE] }),
    };
  };
  const icbBody = (councilCode: string, i: CouncilIcb, today: string): Body | undefined => {
    const r = icbRecords.find((x) => x.code === i.code && isInForce(today, x));
    if (!r) return undefined;
    const body: Body = {
      id: `icb-${r.code}`, name: r.name, role: 'commissioner',
      description: 'The NHS body that pays for most NHS services in your area, including GPs, dentists, pharmacies and hospitals.',
      ...contactOf(r), generic: false, ...support(r),
    };
    const before = hasContact(r) || !r.validFrom ? undefined : predecessorWithContact(councilCode, r.validFrom);
    if (!before) return body;
    // A board formed by a merger with no complaints contact of its own yet: its predecessor's last published one,
    // said to be so, never vouched for, with the predecessor's sources and date.
    return {
      ...body, ...contactOf(before),
      contactFrom: { name: shortIcbName(before.name), until: r.validFrom! },
      verified: false, checked: before.checked, sources: [...body.sources, ...publicSources(before.sources)],
    };
  };
  /** The board that served this council the day before `from`, with a contact; the largest share first. */
  const predecessorWithContact = (councilCode: string, from: string) => icbsForCouncil(icbTable, councilCode, dayBefore(from))
    .map((p) => icbRecords.find((x) => x.code === p.code && isInForce(dayBefore(from), x)))
    .find((x) => x && hasContact(x));
  const serviceBody = (r: AreaServiceRecord, role: 'patient-voice' | 'advocacy', description: string): Body => ({
    id: r.id, name: r.name, role, description, ...contactOf(r), generic: false, ...support(r),
  });
  const inForceFor = <R extends AreaServiceRecord | LocalHelpRecord>(records: readonly R[], code: string, today: string) =>
    records.find((r) => r.councils.includes(code) && isInForce(today, r));

  const devolvedCouncilBody = (c: DevolvedCouncilRecord): Body => ({
    id: `council-${c.code}`, name: c.name, role: 'council',
    description: c.code.startsWith('W')
      ? 'Your council: complain to it about its social services, including care it arranges or pays for.'
      : 'Your council: complain to it about its social work services, including care it arranges or pays for.',
    ...contactOf(c), generic: false, ...support(c),
  });
  const healthBoardBody = (code: string, today: string): Body | undefined => {
    const r = healthBoards.find((b) => b.code === code && isInForce(today, b));
    return r && {
      id: `health-board-${r.code}`, name: r.name, role: 'provider',
      description: r.code.startsWith('W')
        ? 'Your local health board: it runs or pays for NHS care in your area, and deals with concerns about it.'
        : 'Your NHS board: it runs NHS care in your area, and deals with complaints about it.',
      ...contactOf(r), generic: false, ...support(r),
    };
  };
  const localHelpBody = (r: LocalHelpRecord): Body => ({
    id: r.id, name: r.name, role: 'advocacy',
    description: r.councils[0]?.startsWith('W')
      ? 'Llais for your area: free, independent help to raise a concern about the NHS or social care.'
      : 'Free, private help with an NHS complaint, from the Patient Advice and Support Service near you.',
    ...contactOf(r), generic: false, ...support(r),
  });
  const trustBody = (r: HscTrustRecord): Body => ({
    id: `hsc-trust-${r.trustArea}`, name: r.name, role: 'provider',
    description: 'Your health and social care trust: it runs hospitals and social services in your area, and deals with complaints about them.',
    ...contactOf(r), generic: false, ...support(r),
  });

  // The local bodies for a council change only with the date: build them once per council and day.
  const built = new Map<string, LocalBodies>();
  return {
    councils, icbRecords, healthwatch, advocacy, devolvedCouncils, healthBoards, hscTrusts, localHelp, successions,
    lookup: (postcode) => index.lookup(postcode),
    councilName: (code) => (index.councils.get(code) ?? index.devolvedCouncils.get(code))?.name,
    trustBodies(trust: TrustArea, today: string): LocalBodies {
      const r = hscTrusts.find((t) => t.trustArea === trust && isInForce(today, t));
      return r ? { icbs: [], healthBoard: trustBody(r) } : { icbs: [] };
    },
    bodiesFor(code: string, today: string, district?: string): LocalBodies {
      // Only a district that a succession names changes the answer; the rest share one entry per council and day.
      const successor = district ? successions.find((r) => r.replaces === code && r.districts.includes(district) && isInForce(today, r)) : undefined;
      const key = `${code} ${today} ${successor?.id ?? ''}`;
      const known = built.get(key);
      if (known) return known;
      if (built.size > 5000) built.clear();
      const made = localBodies(code, today, successor);
      built.set(key, made);
      return made;
    },
  };

  function localBodies(code: string, today: string, successor?: CouncilSuccessionRecord): LocalBodies {
    const devolved = devolvedCouncils.get(code);
    if (devolved) {
      const out: LocalBodies = { icbs: [], council: devolvedCouncilBody(devolved) };
      const board = healthBoardBody(devolved.healthBoard, today);
      const help = inForceFor(localHelp, code, today);
      if (board) out.healthBoard = board;
      if (help) out.localHelp = localHelpBody(help);
      return out;
    }
    // From a succession's date the old council is gone: without a district (an outward code alone) the generic
    // route stands in, since the postcode could be in either new council. The successor has none of the old
    // council's contacts: it is reached by its own, or its website.
    const gone = successions.some((r) => r.replaces === code && isInForce(today, r));
    const replaced = gone && !successor ? undefined : councils.get(code);
    const council = replaced && successor
      ? { code, name: successor.name, verified: successor.verified, ...contactOf(successor), checked: successor.checked, sources: successor.sources }
      : replaced;
    const councilId = successor ? `council-${successor.id}` : `council-${code}`;
    const icbs = icbsForCouncil(icbTable, code, today);
    const hw = inForceFor(healthwatch, code, today);
    const adv = inForceFor(advocacy, code, today);
    const out: LocalBodies = { icbs: icbs.flatMap((i) => icbBody(code, i, today) ?? []) };
    if (council) {
      out.council = councilBody(council, councilId);
      out.safeguarding = safeguardingBody(council, councilId);
      out.children = childrenBody(council, councilId);
    }
    if (icbs.length > 1) out.icbNote = icbNote(icbs);
    if (hw) out.healthwatch = serviceBody(hw, 'patient-voice', 'Your local Healthwatch: free information about health and care services, including how to complain and who can help.');
    if (adv && hasContact(adv)) {
      out.advocacy = serviceBody(adv, 'advocacy', 'Free, independent help to make a complaint about NHS care, arranged by your council.');
    } else if (council && hasContact(council)) {
      // Who holds the council's advocacy contract is not published: the council must know, so ask it.
      out.advocacy = {
        id: `advocacy-ask-${code}`, name: `NHS complaints advocacy: ask ${council.name}`, role: 'advocacy',
        description: 'Your council must arrange free, independent help to make an NHS complaint. Ask the council who provides it.',
        ...contactOf({ website: council.website, phone: council.phone }), generic: false,
        ...support({ verified: false, checked: council.checked, sources: [ADVOCACY_LAW, ...council.sources] }),
      };
    }
    return out;
  }
}

/** "NHS Surrey Heartlands Integrated Care Board" → "NHS Surrey Heartlands", as people and the boards say it. */
const shortIcbName = (name: string) => name.replace(/ Integrated Care Board$/, '');

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Where a council is split between boards, the complaint goes to the board of the person's GP practice. */
function icbNote(icbs: readonly CouncilIcb[]): string {
  const parts = icbs.map((i) => {
    const districts = i.formerDistricts?.filter((d) => d.share >= 0.5).map((d) => d.name) ?? [];
    return districts.length > 0
      ? `${i.name} for the former ${districts.join(', ')} ${districts.length > 1 ? 'districts' : 'district'}`
      : `${i.name} for about ${Math.round(i.share * 100)} in 100 homes`;
  });
  return `Your council area is covered by more than one integrated care board (ICB): ${parts.join('; ')}. The ICB that deals with an NHS complaint is the one for your GP practice.`;
}
