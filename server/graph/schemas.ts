// zod schemas for the data files in data/. Types are derived from these; nothing is declared twice.
import { z } from 'zod';
import { BodyRoleSchema, CalendarSchema, NationSchema, QuestionIdSchema, SourceKindSchema, StepKindSchema, TRUST_AREAS } from './contract.js';

/** Whether YYYY-MM-DD names a day that exists (no 30 February). Arithmetic, not Date: it runs on every request. */
const isRealDate = (s: string) => {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return days !== undefined && d >= 1 && d <= days;
};
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'must be a real calendar date');

/** A web address as written: the URL parser would quietly turn a backslash into a slash, so characters that may
 *  not appear in a URL (RFC 3986) are refused before it sees them. */
const webUrl = (protocol: RegExp) => z
  .string()
  .refine((s) => !/[\\\s"<>^`{|}]/.test(s), 'must be a real web address: it has a backslash, a space or another character a URL cannot hold')
  .pipe(z.url({ protocol }));

export const SourceSchema = z.strictObject({
  title: z.string().min(3),
  url: webUrl(/^https?$/),
  /** Set only to overrule the kind derived from the host (data/source-kinds.yaml); see server/graph/sources.ts. */
  kind: SourceKindSchema.optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** For curators only: where a detail was found, how sure we are, what to check next. No response carries it. */
const CuratorOnly = {
  curatorNote: z.string().min(3).optional(),
};

/** Every record a curator reviews carries where its facts came from and when they were checked. */
const Provenance = {
  sources: z.array(SourceSchema).min(1, 'needs at least one source'),
  checked: IsoDateSchema,
  ...CuratorOnly,
};
/** Records can be scheduled: in force from validFrom (inclusive) until validTo (exclusive). */
const Validity = {
  validFrom: IsoDateSchema.optional(),
  validTo: IsoDateSchema.optional(),
};

const UkPhone = z
  .string()
  .regex(/^(?:0\d[\d ]{7,12}\d|999|111|101)$/, 'must be a UK phone number such as 0300 061 0614');

export const ContactSchema = z.strictObject({
  phone: UkPhone.optional(),
  /** Public: something useful to a caller, such as opening hours or which option to choose. */
  phoneNote: z.string().optional(),
  textphone: UkPhone.optional(),
  email: z.email().optional(),
  website: webUrl(/^https$/).optional(),
  /** The link's words when the website is not the body's own, such as a placeholder's finder page. */
  websiteLabel: z.string().min(10).optional(),
  /** The page where a person starts a complaint or a report, when it differs from the home page. */
  complaintPage: webUrl(/^https$/).optional(),
  address: z.string().optional(),
  ...CuratorOnly,
});
export type Contact = z.infer<typeof ContactSchema>;

export const BodyRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens'),
  name: z.string().min(2),
  role: BodyRoleSchema,
  /** Where the body works. A body not listed for a nation is never named in that nation's plans. */
  nations: z.array(NationSchema).min(1),
  /** One plain sentence: what this body does for a person. */
  description: z.string().min(10),
  /** True for placeholders such as "your GP practice", used until the real one is known. */
  generic: z.boolean().default(false),
  /** False when a contact detail could not be confirmed from a published source. */
  verified: z.boolean().default(true),
  ...ContactSchema.shape,
  ...Provenance,
  ...Validity,
});
export type BodyRecord = z.infer<typeof BodyRecordSchema>;

/** A rule's condition: each key must match. A list matches if the answer (or any of a multi answer) is in it;
 *  `only-concern` matches when every concern given is in it. `unknown` matches an unanswered question or ""
 *  (not sure / prefer not to say). Derived facts: `area-known` (is the postcode's council clear) and `resident`
 *  (the nation the postcode is in, which may differ from where the care was). */
export const ConditionSchema = z.partialRecord(
  z.enum([...QuestionIdSchema.options, 'only-concern', 'area-known', 'resident']),
  z.array(z.string().min(1)).min(1),
);
export type Condition = z.infer<typeof ConditionSchema>;

export const OptionSchema = z.strictObject({
  value: z.string().min(1),
  label: z.string().min(1),
  hint: z.string().optional(),
  /** Offer this option only when these answers hold (for example, council funding only for social care). */
  when: ConditionSchema.optional(),
  /** For services: the placeholder body ("your GP practice") used until the real provider is known. */
  provider: z.string().optional(),
  /** A heading the option is listed under, so a long list reads in a few parts (still one question). */
  group: z.string().min(3).optional(),
});

export const QuestionRecordSchema = z.strictObject({
  id: QuestionIdSchema,
  kind: z.enum(['single', 'multiple', 'date', 'postcode', 'area', 'provider']),
  text: z.string().min(5),
  /** A few words naming the answer in summaries: "Service", "Complained already". */
  short: z.string().min(3),
  hint: z.string().optional(),
  /** Short wording for a call handler to read aloud. */
  prompt: z.string().min(5),
  /** Why the answer matters, shown while it is still unknown. */
  whyItMatters: z.string().min(10),
  optional: z.boolean(),
  /** Asked only when these answers hold; omitted means always. */
  askWhen: ConditionSchema.optional(),
  /** For the one-call plan endpoint: the value assumed while the question is unanswered. */
  assume: z.string().optional(),
  /** before-plan: asked on the way to the first plan, since it can change who to contact first.
   *  if-it-changes-the-plan: asked last before the plan, but only when one of its answers would change the plan
   *  (who the complaint is for: a death brings the medical examiner and the coroner); otherwise a refinement.
   *  refinement: offered beside the plan, to make it fit better; answering updates the plan. */
  phase: z.enum(['before-plan', 'if-it-changes-the-plan', 'refinement']).default('before-plan'),
  options: z.array(OptionSchema).default([]),
});
export type QuestionRecord = z.infer<typeof QuestionRecordSchema>;

/** A reusable time limit. `from` is the answer the period counts from. The period is given in exactly one of
 *  months, weeks or working days; working days skip weekends and the bank holidays of `calendar`. */
export const DeadlineRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  months: z.number().int().positive().optional(),
  weeks: z.number().int().positive().optional(),
  workingDays: z.number().int().positive().optional(),
  calendar: CalendarSchema.optional(),
  from: z.enum(['when', 'responded']),
  /** Shown with a date: {date} is replaced by the date in words. */
  text: z.string().includes('{date}'),
  /** Shown when the start date is not known. */
  textUnknown: z.string().min(10),
  /** Shown as a warning when the date has passed. */
  textPassed: z.string().min(10),
  ...Provenance,
})
  .refine((d) => [d.months, d.weeks, d.workingDays].filter((n) => n !== undefined).length === 1, 'give exactly one of months, weeks or workingDays')
  .refine((d) => (d.workingDays === undefined) === (d.calendar === undefined), 'working days need a calendar of bank holidays, and only they do');
export type DeadlineRecord = z.infer<typeof DeadlineRecordSchema>;

/** The bank holidays of one jurisdiction (data/bank-holidays.yaml), for counting working days. */
export const BankHolidaysRecordSchema = z.strictObject({
  calendar: CalendarSchema,
  dates: z.array(IsoDateSchema).min(1),
  ...Provenance,
});
export type BankHolidaysRecord = z.infer<typeof BankHolidaysRecordSchema>;

/** What happens after a person complains under a given procedure. */
export const ProcessRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  expect: z.array(z.string().min(10)).min(1),
  /** Extra words for the complain step when the person has already complained. */
  waiting: z.string().optional(),
  noResponse: z.string().optional(),
  ...Provenance,
});
export type ProcessRecord = z.infer<typeof ProcessRecordSchema>;

/** A body reference in a rule: a body id, or a placeholder filled from the answers ($provider, $icb, ...). */
export const BodyRefSchema = z.string().regex(/^(\$(provider|icb|council|safeguarding|children|healthwatch|advocacy|health-board|local-help)|[a-z0-9][a-z0-9-]*)$/);
export type BodyRef = z.infer<typeof BodyRefSchema>;

export const RuleRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  step: z.union([StepKindSchema, z.literal('warning')]),
  /** One condition, or a list of conditions of which any may hold. */
  when: z.union([ConditionSchema, z.array(ConditionSchema).min(1)]).default({}),
  /** Conditions that stop the rule even when `when` holds (any one of them is enough). */
  unless: z.union([ConditionSchema, z.array(ConditionSchema).min(1)]).optional(),
  body: BodyRefSchema.optional(),
  alternatives: z.array(BodyRefSchema).default([]),
  title: z.string().min(3),
  text: z.string().min(10),
  /** The rule in one plain sentence: shown as part of "why am I seeing this". */
  reason: z.string().min(10),
  deadline: z.string().optional(),
  process: z.string().optional(),
  ...Provenance,
  ...Validity,
});
export type RuleRecord = z.infer<typeof RuleRecordSchema>;

/** Local bodies for one council area (England). Missing contact details fall back to the national route. */
export const LocalBodySchema = z.strictObject({
  name: z.string().min(2),
  verified: z.boolean(),
  ...ContactSchema.shape,
  ...Provenance,
  ...Validity,
});
export type LocalBody = z.infer<typeof LocalBodySchema>;

/** A change announced but not yet dated, reported by /api/v1/meta. */
export const NoticeRecordSchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9-]+$/),
  text: z.string().min(20),
  ...Provenance,
});
export type NoticeRecord = z.infer<typeof NoticeRecordSchema>;

const OnsCode = (prefix: string) => z.string().regex(new RegExp(`^${prefix}\\d{6}$`), `must be an ONS code starting ${prefix}`);
const CouncilCode = z.string().regex(/^E(06|08|09|10)\d{6}$/, 'must be the ONS code of an English council with social services');

/** A council with social services responsibility: how to complain to it and how to report a safeguarding concern
 *  about an adult (`safeguarding`) or a child (`children`, the children's services front door). */
export const CouncilRecordSchema = z.strictObject({
  code: CouncilCode,
  name: z.string().min(2),
  verified: z.boolean(),
  ...ContactSchema.shape,
  safeguarding: ContactSchema.optional(),
  children: ContactSchema.optional(),
  ...Provenance,
});
export type CouncilRecord = z.infer<typeof CouncilRecordSchema>;

/** An integrated care board, with the dates it exists between (boards merged on 1 April 2026). */
export const IcbRecordSchema = z.strictObject({
  code: OnsCode('E54'),
  ods: z.string().min(3),
  ...LocalBodySchema.shape,
});
export type IcbRecord = z.infer<typeof IcbRecordSchema>;

/** A council that replaces an English council, or part of it, from a date (Surrey's two councils from 1 April 2027).
 *  Postcodes in `districts` (the former districts it takes over) find it from `validFrom`. Its ONS code is not
 *  published yet, so the area keeps the code of the council it replaces. */
export const CouncilSuccessionRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(2),
  replaces: CouncilCode,
  districts: z.array(z.string().regex(/^E07\d{6}$/, 'must be the ONS code of a district (E07)')).min(1),
  validFrom: IsoDateSchema,
  verified: z.boolean(),
  ...ContactSchema.shape,
  ...Provenance,
});
export type CouncilSuccessionRecord = z.infer<typeof CouncilSuccessionRecordSchema>;

const DevolvedCouncilCode = z.string().regex(/^(W06|S12)\d{6}$/, 'must be the ONS code of a Welsh (W06) or Scottish (S12) council');

/** A council in Wales or Scotland: its social services (Wales) or social work (Scotland) complaints route, and the
 *  health board whose area holds it (from Code-Point Open: every council lies in one board). */
export const DevolvedCouncilRecordSchema = z.strictObject({
  code: DevolvedCouncilCode,
  name: z.string().min(2),
  healthBoard: z.string().regex(/^(W11|S08)\d{6}$/, 'must be the ONS code of a Welsh local health board (W11) or Scottish NHS board (S08)'),
  verified: z.boolean(),
  ...ContactSchema.shape,
  ...Provenance,
});
export type DevolvedCouncilRecord = z.infer<typeof DevolvedCouncilRecordSchema>;

/** A Welsh local health board or Scottish NHS board, with its concerns or complaints team. */
export const HealthBoardRecordSchema = z.strictObject({
  code: z.string().regex(/^(W11|S08)\d{6}$/, 'must be the ONS code of a Welsh local health board (W11) or Scottish NHS board (S08)'),
  ...LocalBodySchema.shape,
});
export type HealthBoardRecord = z.infer<typeof HealthBoardRecordSchema>;

/** A Northern Ireland health and social care trust, found by the trust area a person chooses (NI postcodes are not
 *  open data). The trust runs hospitals and social services, so its complaints team takes both. */
export const HscTrustRecordSchema = z.strictObject({
  trustArea: z.enum(TRUST_AREAS),
  ...LocalBodySchema.shape,
});
export type HscTrustRecord = z.infer<typeof HscTrustRecordSchema>;

/** Local independent help in Wales and Scotland: a Llais region, or a local Patient Advice and Support Service. */
export const LocalHelpRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  councils: z.array(DevolvedCouncilCode).min(1),
  ...LocalBodySchema.shape,
});
export type LocalHelpRecord = z.infer<typeof LocalHelpRecordSchema>;

/** A local body serving one or more councils' areas: a local Healthwatch or an NHS complaints advocacy service. */
export const AreaServiceRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  councils: z.array(CouncilCode).min(1),
  ...LocalBodySchema.shape,
});
export type AreaServiceRecord = z.infer<typeof AreaServiceRecordSchema>;

/** One entry of data/source-kinds.yaml: the kind of every source on a host and its subdomains (the longest host
 *  that matches wins), or on that host alone with `exact`. */
export const SourceKindRecordSchema = z.strictObject({
  host: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a host name in lower case, such as legislation.gov.uk'),
  kind: SourceKindSchema,
  exact: z.boolean().default(false),
  /** Who publishes there, in a few words: why the kind is right. */
  publisher: z.string().min(3),
});
export type SourceKindRecord = z.infer<typeof SourceKindRecordSchema>;

/** The kinds of NHS organisation in the providers directory (data/providers/). */
export const PROVIDER_KINDS = [
  'acute-trust', 'mental-health-trust', 'community-trust', 'specialist-trust', 'ambulance-service', 'health-board',
  'special-health-board', 'hsc-trust', 'public-health-body',
] as const;

/** A complaints or PALS team: how to reach it, where that was read, and whether it was read on the body's own site
 *  (or NHS.UK or GOV.UK). A switchboard is never recorded here: it belongs to the organisation. */
export const ProviderContactSchema = z.strictObject({
  ...ContactSchema.shape,
  verified: z.boolean(),
  ...Provenance,
}).refine((c) => Boolean(c.phone || c.email || c.website || c.complaintPage), 'needs a phone, an email, a website or a complaints page');
export type ProviderContact = z.infer<typeof ProviderContactSchema>;

const NameList = z.array(z.string().min(2)).default([]);

/** A hospital or other site of an organisation, with the names people use for it. */
export const ProviderSiteSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'site ids are lower-case words joined by hyphens'),
  name: z.string().min(2),
  /** Short and former names people use: "LGI", "Jimmy's". */
  otherNames: NameList,
  welshName: z.string().min(2).optional(),
  town: z.string().min(2).optional(),
});
export type ProviderSite = z.infer<typeof ProviderSiteSchema>;

/** An NHS organisation people complain to: an English trust (its id is its ODS code), a Welsh or Scottish board or
 *  trust, or a Northern Ireland HSC trust. */
export const ProviderRecordSchema = z.strictObject({
  id: z.string().regex(/^([A-Z0-9]{3,5}|[a-z0-9][a-z0-9-]*)$/, 'must be an ODS code such as RR8, or lower-case words joined by hyphens'),
  name: z.string().min(2),
  kind: z.enum(PROVIDER_KINDS),
  nation: NationSchema,
  formerNames: NameList,
  shortNames: NameList,
  welshName: z.string().min(2).optional(),
  website: webUrl(/^https$/).optional(),
  /** The organisation's main number, from the NHS Organisation Data Service: a switchboard, not PALS. */
  switchboard: UkPhone.optional(),
  sites: z.array(ProviderSiteSchema).default([]),
  /** England: the Patient Advice and Liaison Service. */
  pals: ProviderContactSchema.optional(),
  /** The complaints team (the concerns team in Wales; feedback and complaints in Scotland). */
  complaints: ProviderContactSchema.optional(),
  ...Provenance,
  ...Validity,
});
export type ProviderRecord = z.infer<typeof ProviderRecordSchema>;

/** One translated text in data/cy/ (Welsh) or data/easy/ (Easy Read): the words, and whether a qualified
 *  translator (or, for Easy Read, a checker with people who use it) has reviewed them, who and when. */
export const TranslatedTextSchema = z.strictObject({
  value: z.string().min(1),
  reviewed: z.boolean(),
  by: z.string().min(2).optional(),
  on: IsoDateSchema.optional(),
}).refine((t) => !t.reviewed || (t.by && t.on), { message: 'a reviewed text says who reviewed it (by) and when (on)' });
export type TranslatedText = z.infer<typeof TranslatedTextSchema>;

/** A translation file mirrors one data file: record id -> field -> text. Fields are named as in the data, with an
 *  option by its value (options.wales.label) and a list item by its place (expect.0). */
export const TranslationFileSchema = z.record(z.string(), z.record(z.string(), TranslatedTextSchema));

/** data/cy/glossary.yaml: official Welsh names, each from the body's own Welsh page (or the law), and the names
 *  that are written the same in Welsh and English. */
export const GlossarySchema = z.strictObject({
  terms: z.array(z.strictObject({
    en: z.string().min(2),
    cy: z.string().min(2),
    /** What the name is for: a body, a process, a law. */
    what: z.string().min(3),
    sources: z.array(SourceSchema).min(1, 'needs the page the Welsh name was taken from'),
    checked: IsoDateSchema,
  })),
  sameInBoth: z.array(z.string().min(1)),
});
export type Glossary = z.infer<typeof GlossarySchema>;
