// The local directory for England: postcode tables, council → ICB table and the curated local bodies
// (data/areas/*.yaml), joined into the bodies a plan names for one council on one date.
import { join } from 'node:path';
import type { Body } from '../../graph/api-schemas.js';
import { isInForce } from '../../graph/dates.js';
import { readRecords } from '../records.js';
import {
  AreaServiceRecordSchema, CouncilRecordSchema, IcbRecordSchema,
  type AreaServiceRecord, type Contact, type CouncilRecord, type Source,
} from '../../graph/schemas.js';
import { hasContact, type LocalBodies, type LocalDirectory } from '../../graph/directory.js';
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
  for (const key of ['phone', 'phoneNote', 'textphone', 'email', 'website', 'complaintPage', 'address'] as const) if (c[key]) out[key] = c[key];
  return out;
};

export function loadLocalDirectory(root: string, problems: string[]): LocalDirectory {
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
  for (const rows of icbTable.values()) {
    for (const row of rows) if (!icbRecords.some((i) => i.code === row.icbCode)) problems.push(`areas/icbs.yaml: ICB "${row.icbCode}" (${row.icbName}) named in council-icb.csv has no record`);
  }

  const councilBody = (c: CouncilRecord): Body => ({
    id: `council-${c.code}`, name: c.name, role: 'council',
    description: 'Your council: it deals with complaints about its own services, including adult social care it arranges.',
    ...contactOf(c), generic: false, ...support(c),
  });
  const safeguardingBody = (c: CouncilRecord): Body => {
    const own = c.safeguarding && hasContact(c.safeguarding);
    return {
      id: `council-${c.code}-safeguarding`, name: `${c.name}: adult safeguarding`, role: 'safeguarding',
      description: own
        ? 'The council team that protects adults from abuse and neglect.'
        : 'Contact the council and ask for adult safeguarding: the team that protects adults from abuse and neglect.',
      ...contactOf(own && c.safeguarding ? c.safeguarding : { website: c.website }),
      generic: false, ...support({ ...c, verified: c.verified && Boolean(own) }),
    };
  };
  // Without its own sourced contact, the council's general contact and GOV.UK's route stand in, and say so.
  const childrenBody = (c: CouncilRecord): Body => {
    const own = c.children && hasContact(c.children);
    return {
      id: `council-${c.code}-children`, name: `${c.name}: children's services`, role: 'safeguarding',
      description: own
        ? "The council team that keeps children safe. Tell it if you are worried about a child."
        : "Contact the council and ask for children's services, the team that keeps children safe.",
      ...contactOf(own && c.children ? c.children : { website: c.website, phone: c.phone }),
      generic: false, ...support({ ...c, verified: c.verified && Boolean(own), sources: own ? c.sources : [...c.sources, CHILDREN_ROUTE] }),
    };
  };
  const icbBody = (i: CouncilIcb, today: string): Body | undefined => {
    const r = icbRecords.find((x) => x.code === i.code && isInForce(today, x));
    if (!r) return undefined;
    return {
      id: `icb-${r.code}`, name: r.name, role: 'commissioner',
      description: 'The NHS body that pays for most NHS services in your area, including GPs, dentists, pharmacies and hospitals.',
      ...contactOf(r), generic: false, ...support(r),
    };
  };
  const serviceBody = (r: AreaServiceRecord, role: 'patient-voice' | 'advocacy', description: string): Body => ({
    id: r.id, name: r.name, role, description, ...contactOf(r), generic: false, ...support(r),
  });
  const inForceFor = (records: readonly AreaServiceRecord[], code: string, today: string) =>
    records.find((r) => r.councils.includes(code) && isInForce(today, r));

  // The local bodies for a council change only with the date: build them once per council and day.
  const built = new Map<string, LocalBodies>();
  return {
    councils, icbRecords, healthwatch, advocacy,
    lookup: (postcode) => index.lookup(postcode),
    councilName: (code) => index.councils.get(code)?.name,
    bodiesFor(code: string, today: string): LocalBodies {
      const key = `${code} ${today}`;
      const known = built.get(key);
      if (known) return known;
      if (built.size > 5000) built.clear();
      const made = localBodies(code, today);
      built.set(key, made);
      return made;
    },
  };

  function localBodies(code: string, today: string): LocalBodies {
    const council = councils.get(code);
    const icbs = icbsForCouncil(icbTable, code, today);
    const hw = inForceFor(healthwatch, code, today);
    const adv = inForceFor(advocacy, code, today);
    const out: LocalBodies = { icbs: icbs.flatMap((i) => icbBody(i, today) ?? []) };
    if (council) {
      out.council = councilBody(council);
      out.safeguarding = safeguardingBody(council);
      out.children = childrenBody(council);
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

/** A share in words a person can use: never "about 0 in 100 homes" for a sliver of a council. */
const homesInHundred = (share: number) => {
  const n = Math.round(share * 100);
  return n < 1 ? 'fewer than 1 in 100 homes' : `about ${n} in 100 homes`;
};

/** Where a council is split between boards, the complaint goes to the board of the person's GP practice. */
function icbNote(icbs: readonly CouncilIcb[]): string {
  const parts = icbs.map((i) => {
    const districts = i.formerDistricts?.filter((d) => d.share >= 0.5).map((d) => d.name) ?? [];
    return districts.length > 0
      ? `${i.name} for the former ${districts.join(', ')} ${districts.length > 1 ? 'districts' : 'district'}`
      : `${i.name} for ${homesInHundred(i.share)}`;
  });
  return `Your council area is covered by more than one integrated care board (ICB): ${parts.join('; ')}. The ICB that deals with an NHS complaint is the one for your GP practice.`;
}
