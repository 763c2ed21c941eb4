// Scenario table: real situations from shared/docs/domain.md (rules R1–R22 and the "Hard cases" in section 3),
// each with the bodies a person should be sent to, written from domain.md — not copied from the engine.
//
// Per row we check the body ids of every step kind (an omitted kind means "no such step"), the complain
// alternatives where they matter, bodies that must not appear, warning codes, and deadlines.
// No row gives a postcode, so no local area is known and local bodies are the generic placeholders
// (your-icb, your-council, your-local-healthwatch, your-nhs-complaints-advocacy, your-council-safeguarding).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers, Context, Plan } from '../../server/graph/api-schemas.js';
import type { StepKind } from '../../server/graph/contract.js';
import { loadGraph } from '../../server/data/load.js';
import { buildPlan } from '../../server/graph/plan.js';
import { readSituation } from '../../server/graph/situation.js';

const graph = loadGraph(join(process.cwd(), 'data'));

const TODAY = '2026-11-26';
const KINDS = ['urgent', 'resolve', 'complain', 'escalate', 'also', 'help'] as const satisfies readonly StepKind[];

/** Bodies that only exist in, or only act for, England (R4, R5, R9, R2, R15, R16, R10). Never outside England. */
const ENGLAND_ONLY = [
  'phso', 'lgsco', 'cqc', 'nhs-england', 'healthwatch-england', 'your-icb', 'your-local-healthwatch',
  'your-nhs-complaints-advocacy', 'your-council-safeguarding',
];
/** R15 (NHS complaints advocacy, s.223A) + R16 (local Healthwatch): free help for NHS complaints in England. */
const NHS_HELP = ['your-nhs-complaints-advocacy', 'your-local-healthwatch'];
/** R7: "NHS complaints advocacy services generally cannot help with private complaints" — only Healthwatch (R16). */
const PRIVATE_HELP = ['your-local-healthwatch'];
/** Council-arranged social care in England: local Healthwatch (R16) and the council for Care Act advocacy (R15);
 *  NHS complaints advocacy is for NHS care (F11). */
const CARE_HELP = ['your-council', 'your-local-healthwatch'];
/** Self-funded care in England (F11): never NHS complaints advocacy; Citizens Advice for fees and contracts. */
const SELF_FUNDED_CARE_HELP = ['citizens-advice', 'your-local-healthwatch'];

interface Deadline { kind: StepKind; body: string; by: string }

interface Scenario {
  name: string;
  answers: Answers;
  today?: string;
  provider?: Context['provider'];
  /** Body ids of each step kind; a kind not given must have no step. */
  steps: Partial<Record<StepKind, string[]>>;
  /** Kinds this row does not pin down (domain.md says nothing definite about them here). */
  unchecked?: StepKind[];
  /** Exact alternatives of the complain step(s), where they matter. */
  complainAlts?: string[];
  /** Bodies that must appear somewhere (as a step's body or an alternative). */
  present?: string[];
  /** Bodies that must not appear anywhere in the plan. */
  absent?: string[];
  /** Warning codes that must be given. Any time-limit-passed-* warning not listed here is a failure. */
  warnings?: string[];
  deadlines?: Deadline[];
  /** The person has already complained: the complain step carries no "complain by" date (issue #9). */
  noComplainDeadline?: boolean;
  /** Patterns every plan text (summary, steps, deadlines, what happens next, warnings) must, or must not, contain. */
  textPresent?: RegExp[];
  textAbsent?: RegExp[];
  /** The rule the plan's headline (the one thing to do first) must come from. */
  headline?: string;
}

const S = (s: Scenario) => s;

// Outside England the service's own placeholder ("your GP practice") points to England's finders, so the
// provider is the nation's generic one (data/bodies/generic.yaml).

const scenarios: Scenario[] = [
  // ───────────── England: NHS primary care (R1, R2, R8, hard cases 6, 10, 14, 15, 25) ─────────────
  S({
    name: 'R1/R2 + hard case 15: GP, not complained yet → practice or ICB (not NHS England), then PHSO',
    answers: { nation: 'england', service: 'gp', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-03-15' },
    steps: { resolve: ['your-gp-practice'], complain: ['your-gp-practice'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    absent: ['nhs-england', 'lgsco', 'iscas'],
    deadlines: [
      { kind: 'complain', body: 'your-gp-practice', by: '2027-03-15' },
      { kind: 'escalate', body: 'phso', by: '2027-03-15' },
    ],
  }),
  S({
    name: 'Hard case 14 + contract: embedding GP practice named as the provider (manager first, reg 8)',
    answers: { nation: 'england', service: 'gp', concern: ['staff-attitude'], stage: 'not-yet' },
    provider: { name: 'Riverside Surgery', phone: '0113 000 0000' },
    steps: { resolve: ['provider'], complain: ['provider'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    absent: ['your-gp-practice', 'nhs-england'],
  }),
  S({
    name: 'Contract: context.provider for another service (a hospital) is not used for a GP complaint',
    answers: { nation: 'england', service: 'gp', concern: ['communication'], stage: 'waiting' },
    provider: { name: 'Riverside Hospital', service: 'hospital' },
    steps: { complain: ['your-gp-practice'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    absent: ['provider'],
  }),
  S({
    name: 'Hard case 10: GP final response received → PHSO next, no fresh complaint to the ICB',
    answers: { nation: 'england', service: 'gp', concern: ['care-or-treatment'], stage: 'final-response', when: '2026-05-10', responded: '2026-10-01' },
    steps: { escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    absent: ['your-icb', 'nhs-england', 'lgsco'],
    deadlines: [{ kind: 'escalate', body: 'phso', by: '2027-05-10' }],
  }),
  S({
    // Issue #9: someone who has complained gets no "complain by" date, only the ombudsman's.
    name: 'Hard case 25: GP never sent a final answer → complaint stays with them, PHSO can look; no complain-by date',
    answers: { nation: 'england', service: 'gp', concern: ['complaint-handling'], stage: 'no-response', when: '2026-01-20' },
    steps: { complain: ['your-gp-practice'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    noComplainDeadline: true,
    deadlines: [{ kind: 'escalate', body: 'phso', by: '2027-01-20' }],
  }),
  S({
    name: 'Hard case 13: complaining for someone else → consent warning (reg 5)',
    answers: { nation: 'england', service: 'gp', concern: ['access-or-waiting'], stage: 'not-yet', who: 'someone-else' },
    steps: { resolve: ['your-gp-practice'], complain: ['your-gp-practice'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    warnings: ['consent-someone-else'],
  }),
  S({
    name: 'R2/R11: pharmacy → pharmacy or ICB, then PHSO; GPhC (not CQC) regulates pharmacies',
    answers: { nation: 'england', service: 'pharmacy', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { resolve: ['your-pharmacy'], complain: ['your-pharmacy'], escalate: ['phso'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    absent: ['cqc', 'nhs-england'],
  }),
  S({
    name: 'R11: unsafe pharmacist → General Pharmaceutical Council alongside',
    answers: { nation: 'england', service: 'pharmacy', concern: ['unsafe-professional'], professional: 'pharmacy-professional', stage: 'waiting' },
    steps: { complain: ['your-pharmacy'], escalate: ['phso'], also: ['gphc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
  }),
  S({
    name: 'R8: NHS dental → practice or ICB, then PHSO — not the Dental Complaints Service',
    answers: { nation: 'england', service: 'dentist', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { resolve: ['your-dental-practice'], complain: ['your-dental-practice'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    absent: ['dental-complaints-service', 'nhs-england'],
  }),
  S({
    name: 'R11: unsafe dental nurse (NHS) → General Dental Council alongside',
    answers: { nation: 'england', service: 'dentist', funding: 'nhs', concern: ['unsafe-professional'], professional: 'dental-professional', stage: 'not-yet' },
    steps: { resolve: ['your-dental-practice'], complain: ['your-dental-practice'], escalate: ['phso'], also: ['gdc', 'cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
  }),
  S({
    name: 'Hard case 6: private dental → practice, then Dental Complaints Service (12 months); never PHSO or ICB',
    answers: { nation: 'england', service: 'dentist', funding: 'self', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-06-30' },
    steps: { complain: ['your-dental-practice'], escalate: ['dental-complaints-service'], also: ['cqc'], help: PRIVATE_HELP },
    complainAlts: [],
    absent: ['phso', 'your-icb', 'iscas', 'occs', 'your-nhs-complaints-advocacy'],
    deadlines: [{ kind: 'escalate', body: 'dental-complaints-service', by: '2027-06-30' }],
  }),
  S({
    name: 'Hard case 6: not sure if dental care was NHS or private → practice (ICB if NHS); PHSO or DCS — no optical/ISCAS scheme',
    answers: { nation: 'england', service: 'dentist', funding: 'not-sure', concern: ['costs-or-charges'], stage: 'not-yet' },
    steps: { complain: ['your-dental-practice'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    present: ['dental-complaints-service'],
    absent: ['occs', 'iscas'],
  }),
  S({
    name: 'R8: NHS sight test → optician or ICB, then PHSO — not OCCS',
    answers: { nation: 'england', service: 'optician', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { resolve: ['your-optician'], complain: ['your-optician'], escalate: ['phso'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    absent: ['occs'],
  }),
  S({
    name: 'R8: glasses bought privately → optician, then Optical Consumer Complaints Service; never PHSO',
    answers: { nation: 'england', service: 'optician', funding: 'self', concern: ['costs-or-charges'], stage: 'final-response' },
    steps: { escalate: ['occs'], help: PRIVATE_HELP },
    absent: ['phso', 'your-icb', 'dental-complaints-service', 'iscas', 'your-nhs-complaints-advocacy'],
  }),
  S({
    name: 'R8/R11: not sure if optical care was NHS → optician (ICB if NHS); PHSO or OCCS — no dental scheme; GOC',
    answers: { nation: 'england', service: 'optician', funding: 'not-sure', concern: ['unsafe-professional'], professional: 'optical-professional', stage: 'not-yet' },
    steps: { complain: ['your-optician'], escalate: ['phso'], also: ['goc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    present: ['occs'],
    absent: ['dental-complaints-service', 'iscas'],
  }),

  // ───────────── England: hospital, community, mental health, ambulance, 111 (R1–R4, R9, R22) ─────────────
  S({
    name: 'R3: hospital, not yet → PALS first, then trust or ICB, then PHSO',
    answers: { nation: 'england', service: 'hospital', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-10-05' },
    steps: { resolve: ['your-hospital'], complain: ['your-hospital'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    deadlines: [{ kind: 'complain', body: 'your-hospital', by: '2027-10-05' }],
  }),
  S({
    name: 'R3: PALS does not pursue a complaint already in the formal process (hospital, waiting)',
    answers: { nation: 'england', service: 'hospital', concern: ['communication'], stage: 'waiting' },
    steps: { complain: ['your-hospital'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
  }),
  S({
    name: 'Hard case 11: hospital event over 12 months ago → still complain; time-limit warnings (reg 12, s.9(4))',
    answers: { nation: 'england', service: 'hospital', concern: ['care-or-treatment'], stage: 'not-yet', when: '2025-06-10' },
    steps: { resolve: ['your-hospital'], complain: ['your-hospital'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    warnings: ['time-limit-passed-england-complaint', 'time-limit-passed-phso'],
    deadlines: [
      { kind: 'complain', body: 'your-hospital', by: '2026-06-10' },
      { kind: 'escalate', body: 'phso', by: '2026-06-10' },
    ],
  }),
  S({
    name: 'R1 deadline: a month-only date (2026-02) counts 12 months from the 1st',
    answers: { nation: 'england', service: 'hospital', concern: ['access-or-waiting'], stage: 'not-yet', when: '2026-02' },
    steps: { resolve: ['your-hospital'], complain: ['your-hospital'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    deadlines: [
      { kind: 'complain', body: 'your-hospital', by: '2027-02-01' },
      { kind: 'escalate', body: 'phso', by: '2027-02-01' },
    ],
  }),
  S({
    name: 'Hard case 18: physician associate → GMC since 13 Dec 2024 (not HCPC)',
    answers: { nation: 'england', service: 'hospital', concern: ['unsafe-professional'], professional: 'physician-or-anaesthesia-associate', stage: 'final-response' },
    steps: { escalate: ['phso'], also: ['gmc', 'cqc'], help: NHS_HELP },
    absent: ['hcpc'],
  }),
  S({
    name: 'Hard case 18: wants action against a worker → the regulators (PSA lists them) alongside the complaint',
    answers: { nation: 'england', service: 'hospital', concern: ['care-or-treatment'], outcome: ['action-against-professional'], stage: 'waiting' },
    steps: { complain: ['your-hospital'], escalate: ['phso'], also: ['professional-standards-authority', 'cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
  }),
  S({
    name: 'Hard case 17 / R12: wants compensation → legal advice (AvMA), 3-year limit; NHS Resolution is not a complaints route',
    answers: { nation: 'england', service: 'hospital', concern: ['care-or-treatment'], outcome: ['compensation'], stage: 'waiting', when: '2026-01-15' },
    steps: { complain: ['your-hospital'], escalate: ['phso'], also: ['avma', 'cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    absent: ['nhs-resolution'],
    deadlines: [{ kind: 'also', body: 'avma', by: '2029-01-15' }],
  }),
  S({
    name: 'Hard case 12 / R10: complaint for someone who died → no consent needed; coroner/INQUEST alongside',
    answers: { nation: 'england', service: 'hospital', concern: ['care-or-treatment'], stage: 'final-response', who: 'someone-who-died' },
    steps: { escalate: ['phso'], also: ['avma', 'coroner', 'cqc', 'medical-examiner'], help: NHS_HELP },
    present: ['inquest'],
    warnings: ['representative-someone-who-died'],
  }),
  S({
    name: 'R2/R11: district nurse (community health) unsafe → trust or ICB, PHSO; NMC alongside',
    answers: { nation: 'england', service: 'community-health', concern: ['care-or-treatment', 'unsafe-professional'], professional: 'nurse-or-midwife', stage: 'not-yet' },
    steps: { resolve: ['your-community-health-service'], complain: ['your-community-health-service'], escalate: ['phso'], also: ['nmc', 'cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
  }),
  S({
    name: 'R4/R9: mental health, not detained → PALS, trust or ICB, PHSO; no Mental Health Act route',
    answers: { nation: 'england', service: 'mental-health', detained: 'no', concern: ['staff-attitude'], stage: 'not-yet' },
    steps: { resolve: ['your-mental-health-service'], complain: ['your-mental-health-service'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    absent: ['mental-health-tribunal'],
  }),
  S({
    name: 'Hard case 16: sectioned patient → CQC for MHA powers, tribunal for the detention; general care → PHSO',
    answers: { nation: 'england', service: 'mental-health', detained: 'yes', concern: ['care-or-treatment'], stage: 'final-response' },
    steps: { escalate: ['phso'], also: ['cqc', 'mental-health-tribunal'], help: NHS_HELP },
  }),
  S({
    name: 'R22: ambulance → ambulance trust or ICB, then PHSO; paramedic → HCPC',
    answers: { nation: 'england', service: 'ambulance', concern: ['unsafe-professional'], professional: 'allied-health-professional', stage: 'not-yet' },
    steps: { complain: ['your-ambulance-service'], escalate: ['phso'], also: ['hcpc', 'cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
  }),
  S({
    name: 'R22: NHS 111 → the 111 provider or ICB, then PHSO',
    answers: { nation: 'england', service: 'nhs-111', concern: ['communication'], stage: 'waiting' },
    steps: { complain: ['your-nhs-111-service'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
  }),
  S({
    name: 'R11: worker type not known → Professional Standards Authority lists the regulators',
    answers: { nation: 'england', service: 'gp', concern: ['unsafe-professional'], professional: 'not-sure', stage: 'waiting' },
    steps: { complain: ['your-gp-practice'], escalate: ['phso'], also: ['professional-standards-authority', 'cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
  }),
  S({
    name: 'Hard case 21 / R13: refused a copy of records → organisation, then ICO within 3 months of the final answer; not PHSO',
    answers: { nation: 'england', service: 'gp', concern: ['records-or-data'], stage: 'final-response', responded: '2026-10-15' },
    steps: { escalate: ['ico'], also: ['cqc'], help: NHS_HELP },
    absent: ['phso'],
    deadlines: [{ kind: 'escalate', body: 'ico', by: '2027-01-15' }],
  }),
  S({
    name: 'R13: records and care complaint, final answer over 3 months ago → ICO limit passed (warning); PHSO for the care',
    answers: { nation: 'england', service: 'hospital', concern: ['records-or-data', 'care-or-treatment'], stage: 'final-response', responded: '2026-07-01' },
    steps: { escalate: ['phso', 'ico'], also: ['cqc'], help: NHS_HELP },
    warnings: ['time-limit-passed-ico'],
    deadlines: [{ kind: 'escalate', body: 'ico', by: '2026-10-01' }],
  }),
  S({
    name: 'R13: records of someone who died → ask the holder (Access to Health Records Act 1990); coroner alongside',
    answers: { nation: 'england', service: 'gp', concern: ['records-or-data', 'care-or-treatment'], stage: 'not-yet', who: 'someone-who-died' },
    // E3: not the ICO and not a subject access request; a refusal goes through the complaint to PHSO.
    steps: { resolve: ['your-gp-practice'], complain: ['your-gp-practice'], escalate: ['phso'], also: ['your-gp-practice', 'avma', 'coroner', 'cqc', 'medical-examiner'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    absent: ['ico'],
    warnings: ['representative-someone-who-died'],
  }),

  // ───────────── England: private and NHS-funded independent care (R7, hard cases 7, 8, 9) ─────────────
  S({
    name: 'Hard case 8: NHS patient at a private hospital → provider or ICB, then PHSO — not ISCAS',
    answers: { nation: 'england', service: 'private-healthcare', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-private-provider'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    absent: ['iscas'],
    warnings: ['nhs-funded-private-care'],
  }),
  S({
    name: 'Hard case 7 / R7: privately paid treatment (e.g. NHS private patient unit) → provider (6 months), ISCAS if a member; never PHSO',
    answers: { nation: 'england', service: 'private-healthcare', funding: 'self', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-09-10' },
    steps: { complain: ['your-private-provider'], escalate: ['iscas'], also: ['cqc'], help: PRIVATE_HELP },
    complainAlts: [],
    absent: ['phso', 'your-icb', 'your-nhs-complaints-advocacy'],
    deadlines: [{ kind: 'complain', body: 'your-private-provider', by: '2027-03-10' }],
  }),
  S({
    name: 'Hard case 9: private GP / online clinic, unsafe doctor → provider, GMC, CQC feedback; not PHSO',
    answers: { nation: 'england', service: 'private-healthcare', funding: 'self', concern: ['unsafe-professional'], professional: 'doctor', stage: 'waiting' },
    steps: { complain: ['your-private-provider'], escalate: ['iscas'], also: ['gmc', 'cqc'], help: PRIVATE_HELP },
    absent: ['phso', 'your-icb', 'your-nhs-complaints-advocacy'],
  }),
  S({
    name: 'R11: osteopath (private clinic) → General Osteopathic Council',
    answers: { nation: 'england', service: 'private-healthcare', funding: 'self', concern: ['unsafe-professional'], professional: 'osteopath', stage: 'final-response' },
    steps: { escalate: ['iscas'], also: ['gosc', 'cqc'], help: PRIVATE_HELP },
    absent: ['phso', 'gcc'],
  }),
  S({
    name: 'R11 + hard case 1: chiropractor ("something else") → General Chiropractic Council; provider, ICB or council; either ombudsman',
    answers: { nation: 'england', service: 'other', concern: ['unsafe-professional'], professional: 'chiropractor', stage: 'not-yet' },
    steps: { complain: ['your-service'], escalate: ['phso'], also: ['gcc'], help: NHS_HELP },
    complainAlts: ['your-icb', 'your-council'],
    present: ['lgsco'],
    absent: ['gosc'],
  }),

  // ───────────── England: social care (R5, R6, R10, hard cases 2, 3, 4, 19, 20) ─────────────
  S({
    name: 'Hard case 2 / R6: self-funded care home → the home, then LGSCO (Part 3A); not PHSO, not the council',
    answers: { nation: 'england', service: 'care-home', funding: 'self', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-04-20' },
    steps: { complain: ['your-care-home'], escalate: ['lgsco'], also: ['cqc'], help: SELF_FUNDED_CARE_HELP },
    complainAlts: [],
    absent: ['phso', 'your-icb'],
    deadlines: [
      { kind: 'complain', body: 'your-care-home', by: '2027-04-20' },
      { kind: 'escalate', body: 'lgsco', by: '2027-04-20' },
    ],
  }),
  S({
    name: 'Hard case 3: home care bought with direct payments (person paid) → agency, then LGSCO (Part 3A)',
    answers: { nation: 'england', service: 'home-care', funding: 'self', concern: ['care-or-treatment'], stage: 'waiting' },
    steps: { complain: ['your-home-care-agency'], escalate: ['lgsco'], also: ['cqc'], help: SELF_FUNDED_CARE_HELP },
    complainAlts: [],
    absent: ['phso', 'your-icb'],
  }),
  S({
    name: "Hard case 3: council's handling of direct payments/charges → council, then LGSCO (Part 3)",
    answers: { nation: 'england', service: 'council-adult-social-care', concern: ['costs-or-charges'], stage: 'not-yet', when: '2026-09' },
    steps: { complain: ['your-council'], escalate: ['lgsco'], help: CARE_HELP },
    absent: ['phso', 'your-icb', 'cqc'],
    deadlines: [
      { kind: 'complain', body: 'your-council', by: '2027-09-01' },
      { kind: 'escalate', body: 'lgsco', by: '2027-09-01' },
    ],
  }),
  S({
    name: 'R6: council-arranged care home → the home or the council, then LGSCO (Part 3)',
    answers: { nation: 'england', service: 'care-home', funding: 'council', concern: ['staff-attitude'], stage: 'not-yet' },
    steps: { complain: ['your-care-home'], escalate: ['lgsco'], also: ['cqc'], help: CARE_HELP },
    complainAlts: ['your-council'],
    absent: ['phso', 'your-icb'],
  }),
  S({
    name: 'R6: council-arranged home care, final answer received → LGSCO (12 months)',
    answers: { nation: 'england', service: 'home-care', funding: 'council', concern: ['care-or-treatment'], stage: 'final-response', when: '2026-02-14' },
    steps: { escalate: ['lgsco'], also: ['cqc'], help: CARE_HELP },
    absent: ['phso'],
    deadlines: [{ kind: 'escalate', body: 'lgsco', by: '2027-02-14' }],
  }),
  S({
    name: 'Hard case 4: care home paid by NHS CHC → home or ICB, then PHSO; LGSCO cannot investigate ICBs',
    answers: { nation: 'england', service: 'care-home', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-care-home'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    absent: ['lgsco'],
    warnings: ['nhs-funded-care-home'],
  }),
  S({
    name: 'Hard case 4: NHS-funded home care, no final answer → agency or ICB, then PHSO',
    answers: { nation: 'england', service: 'home-care', funding: 'nhs', concern: ['complaint-handling'], stage: 'no-response' },
    steps: { complain: ['your-home-care-agency'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    absent: ['lgsco'],
    warnings: ['nhs-funded-care-home'],
  }),
  S({
    name: 'R6: not sure who pays for the care home → the home (or council / ICB, who arranged it); LGSCO or PHSO',
    answers: { nation: 'england', service: 'care-home', funding: 'not-sure', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-care-home'], escalate: ['lgsco'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-council', 'your-icb'],
    present: ['phso'],
  }),
  S({
    name: 'Hard case 19 / R10: abuse in a council-arranged care home now → 999 and council safeguarding first',
    answers: { nation: 'england', service: 'care-home', funding: 'council', concern: ['abuse-or-neglect'], stage: 'not-yet' },
    steps: { urgent: ['emergency-999', 'your-council-safeguarding'], complain: ['your-care-home'], escalate: ['lgsco'], also: ['cqc'], help: CARE_HELP },
    complainAlts: ['your-council'],
    present: ['police-101'],
    absent: ['phso'],
  }),
  S({
    name: 'R11: care worker → no professional register in England; CQC and safeguarding, no regulator',
    answers: { nation: 'england', service: 'home-care', funding: 'self', concern: ['unsafe-professional'], professional: 'care-worker', stage: 'not-yet' },
    steps: { complain: ['your-home-care-agency'], escalate: ['lgsco'], also: ['cqc'], help: SELF_FUNDED_CARE_HELP },
    present: ['your-council-safeguarding'],
    absent: ['gmc', 'nmc', 'hcpc', 'social-work-england', 'professional-standards-authority', 'phso'],
  }),
  S({
    name: 'Hard case 18: social worker → Social Work England (not HCPC since 2 Dec 2019); council then LGSCO',
    answers: { nation: 'england', service: 'council-adult-social-care', concern: ['unsafe-professional'], professional: 'social-worker', stage: 'waiting' },
    steps: { complain: ['your-council'], escalate: ['lgsco'], also: ['social-work-england'], help: CARE_HELP },
    absent: ['hcpc', 'phso'],
  }),
  S({
    name: "Hard case 20 / R5: children's social care → council's 3-stage Children Act procedure, then LGSCO",
    answers: { nation: 'england', service: 'children-social-care', concern: ['communication'], stage: 'waiting', when: '2026-08-01' },
    steps: { complain: ['your-council'], escalate: ['lgsco'], help: CARE_HELP },
    absent: ['phso', 'cqc', 'your-icb'],
    noComplainDeadline: true,
    deadlines: [{ kind: 'escalate', body: 'lgsco', by: '2027-08-01' }],
  }),
  S({
    name: 'Hard case 5 / R14: "mum not eligible for CHC" → ICB local resolution (6 months), NHS England review, PHSO; not LGSCO',
    answers: { nation: 'england', service: 'continuing-healthcare', concern: ['costs-or-charges'], stage: 'not-yet', when: '2026-07-10', who: 'someone-else' },
    steps: { complain: ['your-icb'], escalate: ['nhs-england', 'phso'], help: [...NHS_HELP, 'beacon-chc'] },
    absent: ['lgsco', 'avma'],
    warnings: ['consent-someone-else'],
    deadlines: [{ kind: 'complain', body: 'your-icb', by: '2027-01-10' }],
  }),
  S({
    name: 'R14: CHC after local resolution → NHS England independent review, then PHSO',
    answers: { nation: 'england', service: 'continuing-healthcare', concern: ['costs-or-charges'], stage: 'final-response' },
    steps: { escalate: ['nhs-england', 'phso'], help: [...NHS_HELP, 'beacon-chc'] },
    absent: ['lgsco'],
  }),

  // ───────────── England: special settings (R22, hard cases 22, 23) ─────────────
  S({
    name: 'Hard case 22 / R22: prison healthcare → healthcare team or NHS England (not the ICB), then PHSO',
    answers: { nation: 'england', service: 'prison-healthcare', concern: ['access-or-waiting'], stage: 'not-yet' },
    steps: { complain: ['your-prison-healthcare-provider'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['nhs-england'],
    absent: ['your-icb'],
  }),
  S({
    name: 'Hard case 23 / R22: NHS-funded hospice → hospice or ICB, then PHSO; CQC feedback',
    answers: { nation: 'england', service: 'hospice', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-hospice'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
  }),
  S({
    name: "Hard case 23 / R22: privately paid hospice care → the hospice's own procedure; no PHSO or LGSCO",
    answers: { nation: 'england', service: 'hospice', funding: 'self', concern: ['care-or-treatment'], stage: 'not-yet' },
    // Privately paid care: NHS complaints advocacy cannot help (R7), local Healthwatch can.
    steps: { complain: ['your-hospice'], also: ['cqc'], help: ['your-local-healthwatch'] },
    absent: ['phso', 'lgsco'],
  }),
  S({
    name: 'Routing principle: country not given → England assumed (GP → practice or ICB → PHSO)',
    answers: { service: 'gp', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { resolve: ['your-gp-practice'], complain: ['your-gp-practice'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
  }),

  // ───────────── Wales (R19, hard cases 17, 19, 24) ─────────────
  S({
    name: 'R19 / hard case 24: Wales GP (Listening to People) → practice or health board, then PSOW; Llais helps',
    answers: { nation: 'wales', service: 'gp', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-09-01' },
    steps: { complain: ['your-health-board-wales'], escalate: ['psow'], also: ['healthcare-inspectorate-wales'], help: ['llais'] },
    complainAlts: ['your-service-wales'],
    absent: ['spso', 'nipso'],
    deadlines: [
      { kind: 'complain', body: 'your-health-board-wales', by: '2027-09-01' },
      { kind: 'escalate', body: 'psow', by: '2027-09-01' },
    ],
  }),
  S({
    name: 'R19: Wales before 1 April 2026 (Putting Things Right) → service or health board, then PSOW (12 months)',
    today: '2026-03-20',
    answers: { nation: 'wales', service: 'hospital', concern: ['care-or-treatment'], stage: 'not-yet', when: '2025-11' },
    steps: { complain: ['your-health-board-wales'], escalate: ['psow'], also: ['healthcare-inspectorate-wales'], help: ['llais'] },
    complainAlts: ['your-service-wales'],
    deadlines: [{ kind: 'complain', body: 'your-health-board-wales', by: '2026-11-01' }],
  }),
  S({
    name: 'R19: Wales self-funded care home → the provider first, then PSOW (covers self-funded care)',
    answers: { nation: 'wales', service: 'care-home', funding: 'self', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-service-wales'], escalate: ['psow'], also: ['care-inspectorate-wales'], help: ['citizens-advice'] },
    absent: ['llais'],
  }),
  S({
    name: 'R19: Wales council social services, final answer → PSOW',
    answers: { nation: 'wales', service: 'council-adult-social-care', concern: ['communication'], stage: 'final-response' },
    steps: { escalate: ['psow'], also: ['care-inspectorate-wales'], help: ['llais'] },
  }),
  S({
    name: 'R7/R19: private hospital in Wales → provider, ISCAS if a member; not PSOW (PTR is not for private care)',
    answers: { nation: 'wales', service: 'private-healthcare', funding: 'self', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-service-wales'], escalate: ['iscas'], also: ['healthcare-inspectorate-wales'], help: ['citizens-advice'] },
    absent: ['psow', 'llais'],
  }),
  S({
    name: 'R8: private dentist in Wales → practice, then the UK-wide Dental Complaints Service; not PSOW',
    answers: { nation: 'wales', service: 'dentist', funding: 'self', concern: ['costs-or-charges'], stage: 'not-yet' },
    steps: { complain: ['your-service-wales'], escalate: ['dental-complaints-service'], also: ['healthcare-inspectorate-wales'], help: ['citizens-advice'] },
    absent: ['psow', 'llais'],
  }),
  S({
    name: 'Hard case 19: abuse in a Welsh care home → 999 and council safeguarding before any complaint',
    answers: { nation: 'wales', service: 'care-home', funding: 'council', concern: ['abuse-or-neglect'], stage: 'not-yet' },
    steps: { urgent: ['emergency-999', 'your-council'], complain: ['your-council'], escalate: ['psow'], also: ['care-inspectorate-wales'], help: ['llais'] },
  }),
  S({
    name: 'Hard case 17: compensation in Wales → redress inside the concern process, plus legal advice (3-year limit)',
    answers: { nation: 'wales', service: 'hospital', concern: ['care-or-treatment'], outcome: ['compensation'], stage: 'not-yet', when: '2026-05-05' },
    steps: { complain: ['your-health-board-wales'], escalate: ['psow'], also: ['avma', 'healthcare-inspectorate-wales'], help: ['llais'] },
    deadlines: [{ kind: 'also', body: 'avma', by: '2029-05-05' }],
  }),
  S({
    name: 'R10 / hard case 12: death after hospital care in Wales → coroner and INQUEST alongside the concern',
    answers: { nation: 'wales', service: 'hospital', concern: ['care-or-treatment'], stage: 'not-yet', who: 'someone-who-died' },
    steps: { complain: ['your-health-board-wales'], escalate: ['psow'], also: ['avma', 'coroner', 'healthcare-inspectorate-wales', 'medical-examiner'], help: ['llais'] },
    present: ['inquest'],
    warnings: ['representative-someone-who-died'],
  }),
  S({
    name: 'R11 outside England: unsafe worker in Wales → PSA lists the UK regulators',
    answers: { nation: 'wales', service: 'gp', concern: ['unsafe-professional'], stage: 'not-yet' },
    steps: { complain: ['your-health-board-wales'], escalate: ['psow'], also: ['healthcare-inspectorate-wales', 'professional-standards-authority'], help: ['llais'] },
  }),
  S({
    name: "R9 is England-only: detained patient in Wales → health board, PSOW, Wales's own tribunal and HIW; no CQC",
    answers: { nation: 'wales', service: 'mental-health', detained: 'yes', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-health-board-wales'], escalate: ['psow'], also: ['healthcare-inspectorate-wales', 'mental-health-review-tribunal-wales'], help: ['llais'] },
    present: ['healthcare-inspectorate-wales'],
    absent: ['mental-health-tribunal'],
    complainAlts: ['your-service-wales'],
  }),

  // ───────────── Scotland (R20) ─────────────
  S({
    name: 'R20: Scotland GP → practice or NHS board (6 months), then SPSO (1 year); PASS helps',
    answers: { nation: 'scotland', service: 'gp', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-08-31' },
    steps: { complain: ['your-nhs-board-scotland'], escalate: ['spso'], help: ['pass'] },
    complainAlts: ['your-service-scotland'],
    absent: ['psow', 'nipso'],
    deadlines: [
      { kind: 'complain', body: 'your-nhs-board-scotland', by: '2027-02-28' },
      { kind: 'escalate', body: 'spso', by: '2027-08-31' },
    ],
  }),
  S({
    name: 'R20/R8: Scotland NHS dentist → NHS procedure, then SPSO — not the Dental Complaints Service',
    answers: { nation: 'scotland', service: 'dentist', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-nhs-board-scotland'], escalate: ['spso'], help: ['pass'] },
    complainAlts: ['your-service-scotland'],
    absent: ['dental-complaints-service'],
  }),
  S({
    name: 'R20: Scotland care home → the service or the Care Inspectorate, then SPSO',
    answers: { nation: 'scotland', service: 'care-home', funding: 'self', concern: ['care-or-treatment'], stage: 'waiting' },
    steps: { complain: ['care-inspectorate'], escalate: ['spso'], help: ['citizens-advice-scotland'] },
    complainAlts: ['your-service-scotland'],
  }),
  S({
    name: 'R20: Scotland social work decision → council, then SPSO (not the Care Inspectorate)',
    answers: { nation: 'scotland', service: 'council-adult-social-care', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-council'], escalate: ['spso'], help: ['citizens-advice-scotland'] },
    absent: ['care-inspectorate'],
  }),
  S({
    name: 'R20 + hard case 19: abuse in Scotland home care → 999 and council social work (Care Inspectorate does not do protection)',
    answers: { nation: 'scotland', service: 'home-care', funding: 'council', concern: ['abuse-or-neglect'], stage: 'not-yet' },
    steps: { urgent: ['emergency-999', 'your-council'], complain: ['care-inspectorate'], escalate: ['spso'], help: ['citizens-advice-scotland'] },
    complainAlts: ['your-service-scotland'],
    present: ['police-101'],
  }),
  S({
    // R20 names Healthcare Improvement Scotland for independent healthcare but not at which stage, so the kind is open.
    name: 'R20/R7: Scotland independent clinic → provider; Healthcare Improvement Scotland, ISCAS if a member; not SPSO',
    answers: { nation: 'scotland', service: 'private-healthcare', funding: 'self', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-service-scotland'], help: ['citizens-advice-scotland'] },
    unchecked: ['escalate'],
    present: ['healthcare-improvement-scotland', 'iscas'],
    absent: ['spso'],
  }),
  S({
    name: 'R8: private glasses in Scotland → optician, then OCCS; not SPSO',
    answers: { nation: 'scotland', service: 'optician', funding: 'self', concern: ['costs-or-charges'], stage: 'not-yet' },
    steps: { complain: ['your-service-scotland'], escalate: ['occs'], help: ['citizens-advice-scotland'] },
    absent: ['spso'],
  }),

  // ───────────── Northern Ireland (R21) ─────────────
  S({
    name: 'R21 + F2: NI GP → the practice (or SPPG as go-between), never the HSC trust (6 months), then NIPSO; PCC helps',
    answers: { nation: 'northern-ireland', service: 'gp', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-10-10' },
    steps: { complain: ['your-service-northern-ireland'], escalate: ['nipso'], help: ['patient-client-council'] },
    complainAlts: ['sppg'],
    absent: ['spso', 'psow', 'your-council', 'your-hsc-trust'],
    deadlines: [{ kind: 'complain', body: 'your-service-northern-ireland', by: '2027-04-10' }],
  }),
  S({
    name: 'R21: NI final answer → NIPSO within 6 months of the end of the procedure',
    answers: { nation: 'northern-ireland', service: 'hospital', concern: ['care-or-treatment'], stage: 'final-response', responded: '2026-09-15' },
    steps: { escalate: ['nipso'], help: ['patient-client-council'] },
    deadlines: [{ kind: 'escalate', body: 'nipso', by: '2027-03-15' }],
  }),
  S({
    name: 'R21: NI final answer more than 6 months ago → NIPSO limit passed (warning)',
    answers: { nation: 'northern-ireland', service: 'hospital', concern: ['care-or-treatment'], stage: 'final-response', responded: '2026-04-20' },
    steps: { escalate: ['nipso'], help: ['patient-client-council'] },
    warnings: ['time-limit-passed-nipso'],
    deadlines: [{ kind: 'escalate', body: 'nipso', by: '2026-10-20' }],
  }),
  S({
    name: 'R21: NI care home is part of HSC → home or trust, then NIPSO',
    answers: { nation: 'northern-ireland', service: 'care-home', funding: 'not-sure', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-hsc-trust'], escalate: ['nipso'], help: ['patient-client-council'] },
    complainAlts: ['your-service-northern-ireland'],
  }),
  S({
    name: 'R7/R21: NI private clinic → provider, ISCAS if a member; NIPSO cannot look at private care',
    answers: { nation: 'northern-ireland', service: 'private-healthcare', funding: 'self', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-service-northern-ireland'], escalate: ['iscas'], help: ['consumer-council-ni'] },
    absent: ['nipso', 'patient-client-council'],
  }),
  S({
    name: 'R10: abuse in a NI care home → 999 first; no English safeguarding placeholder',
    answers: { nation: 'northern-ireland', service: 'care-home', funding: 'not-sure', concern: ['abuse-or-neglect'], stage: 'not-yet' },
    steps: { complain: ['your-hsc-trust'], escalate: ['nipso'], help: ['patient-client-council'] },
    unchecked: ['urgent'],
    present: ['emergency-999'],
  }),
  // ───────────── Issue #9: the edges (domain.md section 6, E1–E6), every nation ─────────────
  // England
  S({
    name: 'E1 (done-when): a child in care hurt by a foster carer → 999, children\'s services (never adult safeguarding), NSPCC; Children Act complaint, LGSCO',
    answers: { nation: 'england', service: 'children-social-care', concern: ['abuse-or-neglect'], stage: 'not-yet', who: 'someone-else' },
    steps: { urgent: ['emergency-999', 'your-council-children'], complain: ['your-council'], escalate: ['lgsco'], also: ['nspcc'], help: CARE_HELP },
    present: ['police-101'],
    absent: ['your-council-safeguarding', 'cqc'],
    warnings: ['consent-someone-else'],
  }),
  S({
    name: 'E1: abuse of an adult in England still goes to adult safeguarding, with no NSPCC step',
    answers: { nation: 'england', service: 'home-care', funding: 'self', concern: ['abuse-or-neglect'], stage: 'not-yet' },
    steps: { urgent: ['emergency-999', 'your-council-safeguarding'], complain: ['your-home-care-agency'], escalate: ['lgsco'], also: ['cqc'], help: SELF_FUNDED_CARE_HELP },
    absent: ['nspcc', 'your-council-children'],
  }),
  S({
    name: 'E2 (done-when): a disabled man turned away by his GP who wants compensation → EASS and a 6-month court limit, never the 3-year negligence limit',
    answers: { nation: 'england', service: 'gp', concern: ['discrimination'], outcome: ['compensation'], stage: 'not-yet', when: '2026-10-01' },
    steps: { resolve: ['your-gp-practice'], complain: ['your-gp-practice'], escalate: ['phso'], also: ['cqc', 'equality-advisory-support-service'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    absent: ['avma'],
    deadlines: [{ kind: 'also', body: 'equality-advisory-support-service', by: '2027-04-01' }],
    textAbsent: [/3 years/],
  }),
  S({
    name: 'E2: discrimination and poor treatment, wanting compensation → both routes, each with its own limit',
    answers: { nation: 'england', service: 'hospital', funding: 'nhs', concern: ['discrimination', 'care-or-treatment'], outcome: ['compensation'], stage: 'not-yet', when: '2026-06-15' },
    steps: { resolve: ['your-hospital'], complain: ['your-hospital'], escalate: ['phso'], also: ['avma', 'cqc', 'equality-advisory-support-service'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    deadlines: [
      { kind: 'also', body: 'avma', by: '2029-06-15' },
      { kind: 'also', body: 'equality-advisory-support-service', by: '2026-12-15' },
    ],
  }),
  S({
    name: 'E2: care home fees wrongly charged (self-funder) → ask for a refund in the complaint, then LGSCO; no negligence route',
    answers: { nation: 'england', service: 'care-home', funding: 'self', concern: ['costs-or-charges'], outcome: ['compensation'], stage: 'not-yet' },
    steps: { complain: ['your-care-home'], escalate: ['lgsco'], also: ['cqc', 'your-care-home'], help: SELF_FUNDED_CARE_HELP },
    absent: ['avma', 'phso'],
    textAbsent: [/negligence claim/i, /3 working days/],
    textPresent: [/regulation 16|complaints system/],
  }),
  S({
    name: 'E2: continuing healthcare refused and fees paid → ICB review, NHS England, PHSO; Beacon for free advice and refunds; no negligence route',
    answers: { nation: 'england', service: 'continuing-healthcare', concern: ['costs-or-charges'], outcome: ['compensation'], stage: 'not-yet' },
    steps: { complain: ['your-icb'], escalate: ['nhs-england', 'phso'], help: [...NHS_HELP, 'beacon-chc'] },
    absent: ['avma', 'lgsco'],
    textPresent: [/refunds?|pays back/],
  }),
  S({
    name: 'E3 (done-when): a daughter refused her late father\'s GP records → Access to Health Records Act 1990, complaint then PHSO; not the ICO',
    answers: { nation: 'england', service: 'gp', concern: ['records-or-data'], stage: 'final-response', who: 'someone-who-died' },
    steps: { escalate: ['phso'], also: ['your-gp-practice', 'coroner', 'cqc', 'medical-examiner'], help: NHS_HELP },
    absent: ['ico', 'avma'],
    warnings: ['representative-someone-who-died'],
    textPresent: [/Access to Health Records Act 1990/],
  }),
  S({
    name: 'E5 (done-when): a family whose LGSCO complaint was not upheld → ask LGSCO to review within a month, judicial review within 3 months; no fresh complaint',
    answers: { nation: 'england', service: 'care-home', funding: 'council', concern: ['care-or-treatment'], stage: 'ombudsman-decided', responded: '2026-10-15' },
    steps: { escalate: ['lgsco'], also: ['cqc'], help: CARE_HELP },
    absent: ['phso'],
    deadlines: [{ kind: 'escalate', body: 'lgsco', by: '2027-01-15' }],
    textPresent: [/review the decision within one month/, /judicial review/],
  }),
  S({
    name: 'E5: PHSO has decided about a GP complaint → ask PHSO for a review; judicial review limit passed after 3 months (warning)',
    answers: { nation: 'england', service: 'gp', concern: ['care-or-treatment'], stage: 'ombudsman-decided', responded: '2026-07-01' },
    steps: { escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    warnings: ['time-limit-passed-judicial-review'],
    deadlines: [{ kind: 'escalate', body: 'phso', by: '2026-10-01' }],
  }),
  S({
    name: 'E5: private dental complaint after the Dental Complaints Service decided → the scheme was the last stage; no ombudsman',
    answers: { nation: 'england', service: 'dentist', funding: 'self', concern: ['care-or-treatment'], stage: 'ombudsman-decided' },
    steps: { also: ['cqc'], help: PRIVATE_HELP },
    absent: ['phso', 'dental-complaints-service'],
    warnings: ['scheme-decision-final'],
  }),
  S({
    name: 'E5 (done-when): a private patient in an NHS hospital\'s private wing → the private patient unit, then ISCAS; not PHSO, not PALS, not the ICB',
    answers: { nation: 'england', service: 'hospital', funding: 'self', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-hospital'], escalate: ['iscas'], also: ['cqc'], help: PRIVATE_HELP },
    absent: ['your-icb', 'your-nhs-complaints-advocacy'],
  }),
  S({
    name: 'E5: not sure whether a hospital stay was NHS or private → the NHS route, with a warning to check',
    answers: { nation: 'england', service: 'hospital', funding: 'not-sure', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { resolve: ['your-hospital'], complain: ['your-hospital'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    warnings: ['hospital-private-or-nhs'],
  }),
  S({
    name: 'E5: serving soldier unhappy with the medical centre → Defence Medical Services, not the ICB; NHS England for hospital care',
    answers: { nation: 'england', service: 'armed-forces', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-dms-medical-centre'], escalate: ['your-single-service-secretariat', 'scoaf'], also: ['nhs-england'], help: ['your-local-healthwatch', 'your-unit-welfare-officer'] },
    absent: ['your-icb', 'your-gp-practice'],
  }),
  S({
    name: 'E5: a death in England → the medical examiner, the coroner, and a legal claim with its limit',
    answers: { nation: 'england', service: 'hospital', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet', who: 'someone-who-died', when: '2026-09-01' },
    steps: { resolve: ['your-hospital'], complain: ['your-hospital'], escalate: ['phso'], also: ['avma', 'coroner', 'cqc', 'medical-examiner'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    deadlines: [{ kind: 'also', body: 'avma', by: '2029-09-01' }],
  }),
  S({
    name: 'E5: cannot get an NHS dentist → NHS 111 for urgent care, the ICB for access',
    answers: { nation: 'england', service: 'dentist', funding: 'nhs', concern: ['access-or-waiting'], stage: 'not-yet' },
    steps: { resolve: ['your-dental-practice'], complain: ['your-dental-practice'], escalate: ['phso'], also: ['cqc', 'nhs-111', 'your-icb'], help: NHS_HELP },
    complainAlts: ['your-icb'],
  }),
  S({
    name: 'E5: hospice, not sure who paid → a hospice answer (charity, ICB), not dentists and opticians',
    answers: { nation: 'england', service: 'hospice', funding: 'not-sure', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-hospice'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    textAbsent: [/dentist/i, /optician/i],
  }),
  S({
    name: 'E5: waiting for a hospital\'s answer → when the ombudsman can look without one, not a complain-by date',
    answers: { nation: 'england', service: 'hospital', funding: 'nhs', concern: ['communication'], stage: 'waiting', when: '2026-04-01' },
    steps: { complain: ['your-hospital'], escalate: ['phso'], also: ['cqc'], help: NHS_HELP },
    complainAlts: ['your-icb'],
    noComplainDeadline: true,
    textPresent: [/after 6 months/],
  }),
  S({
    name: 'E6: a service we cannot name is never pasted into a sentence with a capital ("to The service")',
    answers: { nation: 'england', service: 'other', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-service'], escalate: ['phso'], help: NHS_HELP },
    complainAlts: ['your-icb', 'your-council'],
    textAbsent: [/[a-z] The service/, /[a-z] Your /],
  }),
  S({
    name: 'E6: private glasses, final answer → "keep the final answer" names no ombudsman for a scheme',
    answers: { nation: 'england', service: 'optician', funding: 'self', concern: ['costs-or-charges'], stage: 'final-response' },
    steps: { escalate: ['occs'], help: PRIVATE_HELP },
    absent: ['phso'],
    warnings: ['keep-the-final-answer'],
    textAbsent: [/ombudsman will ask/i],
  }),
  // Wales
  S({
    name: 'E4 (done-when): a patient detained in Cardiff, final answer → PSOW; the Mental Health Review Tribunal for Wales, an IMHA, HIW',
    answers: { nation: 'wales', service: 'mental-health', detained: 'yes', concern: ['care-or-treatment'], stage: 'final-response' },
    steps: { escalate: ['psow'], also: ['healthcare-inspectorate-wales', 'mental-health-review-tribunal-wales'], help: ['llais'] },
    present: ['healthcare-inspectorate-wales'],
    absent: ['mental-health-tribunal'],
    textPresent: [/Independent Mental Health Advocate/],
  }),
  S({
    name: 'E4: unsafe care worker in Wales → Social Care Wales, never the Professional Standards Authority',
    answers: { nation: 'wales', service: 'home-care', funding: 'council', concern: ['unsafe-professional'], professional: 'care-worker', stage: 'not-yet' },
    steps: { complain: ['your-council'], escalate: ['psow'], also: ['care-inspectorate-wales', 'social-care-wales'], help: ['llais'] },
    complainAlts: ['your-service-wales'],
    absent: ['professional-standards-authority'],
  }),
  S({
    name: 'E4: social worker in Wales → Social Care Wales, not Social Work England',
    answers: { nation: 'wales', service: 'council-adult-social-care', concern: ['unsafe-professional'], professional: 'social-worker', stage: 'not-yet' },
    steps: { complain: ['your-council'], escalate: ['psow'], also: ['care-inspectorate-wales', 'social-care-wales'], help: ['llais'] },
    absent: ['professional-standards-authority'],
  }),
  S({
    name: 'E4: pharmacist in Wales → the General Pharmaceutical Council (Great Britain)',
    answers: { nation: 'wales', service: 'pharmacy', concern: ['unsafe-professional'], professional: 'pharmacy-professional', stage: 'not-yet' },
    steps: { complain: ['your-health-board-wales'], escalate: ['psow'], also: ['gphc'], help: ['llais'] },
    complainAlts: ['your-service-wales'],
  }),
  S({
    name: 'E2: discrimination in Wales → EASS and the Equality Act\'s 6-month limit',
    answers: { nation: 'wales', service: 'gp', concern: ['discrimination'], outcome: ['compensation'], stage: 'not-yet', when: '2026-09-10' },
    steps: { complain: ['your-health-board-wales'], escalate: ['psow'], also: ['equality-advisory-support-service', 'healthcare-inspectorate-wales'], help: ['llais'] },
    complainAlts: ['your-service-wales'],
    absent: ['avma'],
    deadlines: [{ kind: 'also', body: 'equality-advisory-support-service', by: '2027-03-10' }],
  }),
  S({
    name: 'E3: records of someone who died in Wales → Access to Health Records Act 1990; not the ICO',
    answers: { nation: 'wales', service: 'gp', concern: ['records-or-data'], stage: 'not-yet', who: 'someone-who-died' },
    steps: { complain: ['your-health-board-wales'], escalate: ['psow'], also: ['your-service-wales', 'coroner', 'healthcare-inspectorate-wales', 'medical-examiner'], help: ['llais'] },
    complainAlts: ['your-service-wales'],
    absent: ['ico'],
  }),
  S({
    name: 'E5: the Welsh ombudsman has decided → ask it to look again; court is the only other route',
    answers: { nation: 'wales', service: 'council-adult-social-care', concern: ['communication'], stage: 'ombudsman-decided' },
    steps: { escalate: ['psow'], also: ['administrative-court', 'care-inspectorate-wales'], help: ['llais'] },
    textPresent: [/judicial review/],
  }),
  S({
    name: 'E5: private patient in a Welsh NHS hospital → the private patient unit, then ISCAS; not PSOW',
    answers: { nation: 'wales', service: 'hospital', funding: 'self', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-service-wales'], escalate: ['iscas'], also: ['healthcare-inspectorate-wales'], help: ['citizens-advice'] },
    absent: ['psow', 'your-health-board-wales'],
  }),
  S({
    name: 'E5: armed forces medical care in Wales → Defence Medical Services, not the health board',
    answers: { nation: 'wales', service: 'armed-forces', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-dms-medical-centre'], escalate: ['your-single-service-secretariat', 'scoaf'], help: ['your-unit-welfare-officer'] },
    absent: ['your-health-board-wales', 'psow', 'llais'],
  }),
  S({
    name: 'E1: a child at risk in Wales → 999, council social services, NSPCC',
    answers: { nation: 'wales', service: 'children-social-care', concern: ['abuse-or-neglect'], stage: 'not-yet' },
    steps: { urgent: ['emergency-999', 'your-council'], complain: ['your-council'], escalate: ['psow'], also: ['care-inspectorate-wales', 'nspcc'], help: ['your-council'] },
    absent: ['llais'],
  }),
  // Scotland
  S({
    name: 'E4 (done-when): a care worker in Glasgow who stole from a client → 999, council social work, the SSSC; Care Inspectorate, SPSO; never the PSA',
    answers: { nation: 'scotland', service: 'home-care', funding: 'council', concern: ['abuse-or-neglect', 'unsafe-professional'], professional: 'care-worker', stage: 'not-yet' },
    steps: { urgent: ['emergency-999', 'your-council'], complain: ['care-inspectorate'], escalate: ['spso'], also: ['sssc'], help: ['citizens-advice-scotland'] },
    complainAlts: ['your-service-scotland'],
    present: ['police-101'],
    absent: ['professional-standards-authority'],
  }),
  S({
    name: 'E4: social worker in Scotland → the SSSC',
    answers: { nation: 'scotland', service: 'council-adult-social-care', concern: ['unsafe-professional'], professional: 'social-worker', stage: 'not-yet' },
    steps: { complain: ['your-council'], escalate: ['spso'], also: ['sssc'], help: ['citizens-advice-scotland'] },
    absent: ['social-work-england', 'professional-standards-authority'],
  }),
  S({
    name: 'E4: detained in Scotland → the Mental Health Tribunal for Scotland, the Mental Welfare Commission, advocacy',
    answers: { nation: 'scotland', service: 'mental-health', detained: 'yes', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-nhs-board-scotland'], escalate: ['spso'], also: ['mental-health-tribunal-scotland'], help: ['pass'] },
    complainAlts: ['your-service-scotland'],
    present: ['mental-welfare-commission'],
  }),
  S({
    name: 'E5: a death in Scotland → the Procurator Fiscal (no coroner, no medical examiner), and a legal claim with its limit',
    answers: { nation: 'scotland', service: 'hospital', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet', who: 'someone-who-died', when: '2026-08-20' },
    steps: { complain: ['your-nhs-board-scotland'], escalate: ['spso'], also: ['avma', 'procurator-fiscal'], help: ['pass'] },
    complainAlts: ['your-service-scotland'],
    absent: ['coroner', 'medical-examiner', 'inquest'],
    deadlines: [{ kind: 'also', body: 'avma', by: '2029-08-20' }],
    textPresent: [/Prescription and Limitation \(Scotland\) Act 1973|In Scotland/],
  }),
  S({
    name: 'E2: compensation in Scotland → legal advice, 3 years under the 1973 Act',
    answers: { nation: 'scotland', service: 'gp', concern: ['care-or-treatment'], outcome: ['compensation'], stage: 'not-yet', when: '2026-03-03' },
    steps: { complain: ['your-nhs-board-scotland'], escalate: ['spso'], also: ['avma'], help: ['pass'] },
    complainAlts: ['your-service-scotland'],
    warnings: ['time-limit-passed-scotland-nhs'],
    deadlines: [{ kind: 'also', body: 'avma', by: '2029-03-03' }],
  }),
  S({
    name: 'E2: discrimination in Scotland → EASS and the 6-month limit',
    answers: { nation: 'scotland', service: 'hospital', funding: 'nhs', concern: ['discrimination'], stage: 'not-yet' },
    steps: { complain: ['your-nhs-board-scotland'], escalate: ['spso'], also: ['equality-advisory-support-service'], help: ['pass'] },
    complainAlts: ['your-service-scotland'],
  }),
  S({
    name: 'E5: SPSO has decided → ask it to look again; no new complaint',
    answers: { nation: 'scotland', service: 'gp', concern: ['care-or-treatment'], stage: 'ombudsman-decided' },
    steps: { escalate: ['spso'], also: ['court-of-session'], help: ['pass'] },
  }),
  S({
    name: 'E5: private patient in a Scottish NHS hospital → the unit, then ISCAS; not SPSO; free advice still',
    answers: { nation: 'scotland', service: 'hospital', funding: 'self', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-service-scotland'], escalate: ['iscas'], help: ['citizens-advice-scotland'] },
    absent: ['spso', 'pass'],
  }),
  S({
    name: 'E5: armed forces medical care in Scotland → Defence Medical Services; free advice',
    answers: { nation: 'scotland', service: 'armed-forces', concern: ['staff-attitude'], stage: 'not-yet' },
    steps: { complain: ['your-dms-medical-centre'], escalate: ['your-single-service-secretariat', 'scoaf'], help: ['citizens-advice-scotland', 'your-unit-welfare-officer'] },
    absent: ['your-nhs-board-scotland'],
  }),
  S({
    name: 'E6: Scotland care home → "complaining to the Care Inspectorate", with the article',
    answers: { nation: 'scotland', service: 'care-home', funding: 'council', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['care-inspectorate'], escalate: ['spso'], help: ['citizens-advice-scotland'] },
    complainAlts: ['your-service-scotland'],
    textPresent: [/complaining to the Care Inspectorate/],
  }),
  // Northern Ireland
  S({
    name: 'E1 (done-when): a Belfast care home resident being hit today → 999, the trust\'s adult protection gateway, out-of-hours social work; never NHS 111',
    answers: { nation: 'northern-ireland', service: 'care-home', funding: 'council', concern: ['abuse-or-neglect'], stage: 'not-yet', who: 'someone-else' },
    steps: { urgent: ['emergency-999', 'your-trust-adult-protection-gateway'], complain: ['your-hsc-trust'], escalate: ['nipso'], help: ['patient-client-council'] },
    complainAlts: ['your-service-northern-ireland'],
    present: ['emergency-social-work-ni', 'gp-out-of-hours-ni'],
    warnings: ['consent-someone-else'],
    textAbsent: [/\b111\b/],
  }),
  S({
    name: 'E1: a child at risk in Northern Ireland → 999, the trust\'s children\'s services, out-of-hours social work, NSPCC',
    answers: { nation: 'northern-ireland', service: 'children-social-care', concern: ['abuse-or-neglect'], stage: 'not-yet' },
    steps: { urgent: ['emergency-999', 'your-hsc-trust'], complain: ['your-hsc-trust'], escalate: ['nipso'], also: ['nspcc'], help: ['patient-client-council', 'voypic'] },
    present: ['emergency-social-work-ni'],
    absent: ['your-trust-adult-protection-gateway'],
    textAbsent: [/\b111\b/],
  }),
  S({
    name: 'E4: pharmacist in Northern Ireland → the Pharmaceutical Society of NI, not the GPhC',
    answers: { nation: 'northern-ireland', service: 'pharmacy', concern: ['unsafe-professional'], professional: 'pharmacy-professional', stage: 'not-yet' },
    steps: { complain: ['your-service-northern-ireland'], escalate: ['nipso'], also: ['psni'], help: ['patient-client-council'] },
    complainAlts: ['sppg'],
    absent: ['your-hsc-trust', 'gphc', 'professional-standards-authority'],
  }),
  S({
    name: 'E4: care worker in Northern Ireland → NISCC',
    answers: { nation: 'northern-ireland', service: 'home-care', funding: 'council', concern: ['unsafe-professional'], professional: 'care-worker', stage: 'not-yet' },
    steps: { complain: ['your-hsc-trust'], escalate: ['nipso'], also: ['niscc'], help: ['patient-client-council'] },
    complainAlts: ['your-service-northern-ireland'],
    absent: ['professional-standards-authority'],
  }),
  S({
    name: 'E4: detained in Northern Ireland → the Review Tribunal and RQIA',
    answers: { nation: 'northern-ireland', service: 'mental-health', detained: 'yes', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-hsc-trust'], escalate: ['nipso'], also: ['review-tribunal-ni'], help: ['patient-client-council'] },
    complainAlts: ['your-service-northern-ireland'],
    present: ['rqia'],
  }),
  S({
    name: 'E5: a death in Northern Ireland → the Coroners Service for NI, a legal claim with its limit',
    answers: { nation: 'northern-ireland', service: 'hospital', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet', who: 'someone-who-died', when: '2026-07-07' },
    steps: { complain: ['your-hsc-trust'], escalate: ['nipso'], also: ['coroners-service-ni', 'patient-client-council'], help: ['patient-client-council'] },
    complainAlts: ['your-service-northern-ireland'],
    absent: ['coroner', 'medical-examiner'],
    deadlines: [{ kind: 'also', body: 'patient-client-council', by: '2029-07-07' }],
  }),
  S({
    name: 'E2: discrimination in Northern Ireland → the Equality Commission for NI, not the Equality Act route',
    answers: { nation: 'northern-ireland', service: 'gp', concern: ['discrimination'], outcome: ['compensation'], stage: 'not-yet' },
    steps: { complain: ['your-service-northern-ireland'], escalate: ['nipso'], also: ['equality-commission-ni'], help: ['patient-client-council'] },
    complainAlts: ['sppg'],
    absent: ['equality-advisory-support-service'],
    textAbsent: [/Equality Act 2010/],
  }),
  S({
    name: 'E3: records of someone who died in Northern Ireland → the 1993 Order; not the ICO',
    answers: { nation: 'northern-ireland', service: 'hospital', funding: 'nhs', concern: ['records-or-data'], stage: 'not-yet', who: 'someone-who-died' },
    steps: { complain: ['your-hsc-trust'], escalate: ['nipso'], also: ['your-service-northern-ireland', 'coroners-service-ni'], help: ['patient-client-council'] },
    complainAlts: ['your-service-northern-ireland'],
    absent: ['ico'],
    textPresent: [/Access to Health Records \(Northern Ireland\) Order 1993/],
  }),
  S({
    name: 'E5: NIPSO has decided → ask it to look again; no new complaint',
    answers: { nation: 'northern-ireland', service: 'care-home', funding: 'not-sure', concern: ['care-or-treatment'], stage: 'ombudsman-decided' },
    steps: { escalate: ['nipso'], also: ['judicial-review-office-ni'], help: ['patient-client-council'] },
  }),
  S({
    name: 'E5: private patient in an NI hospital → the unit, then ISCAS; not NIPSO',
    answers: { nation: 'northern-ireland', service: 'hospital', funding: 'self', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-service-northern-ireland'], escalate: ['iscas'], help: ['consumer-council-ni'] },
    absent: ['patient-client-council', 'nipso', 'your-hsc-trust'],
  }),
  S({
    name: 'E5: armed forces medical care in Northern Ireland → Defence Medical Services, not the trust',
    answers: { nation: 'northern-ireland', service: 'armed-forces', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-dms-medical-centre'], escalate: ['your-single-service-secretariat', 'scoaf'], help: ['your-unit-welfare-officer'] },
    absent: ['your-hsc-trust', 'nipso', 'patient-client-council'],
  }),
  // ───────────── Section 7 (F1–F12): one row per fact and per nation it applies to, from the sources cited there ─────────────
  // F1: armed forces. Medical complaint first; then a Service Complaint within 3 months of that procedure ending
  // (GOV.UK, the Service Complaint process); SCOAF oversees. Healthwatch is never the first thing to do.
  S({
    name: 'F1 England: soldier unhappy with the medical centre\'s final answer → Service Complaint within 3 months, then SCOAF; not Healthwatch first',
    answers: { nation: 'england', service: 'armed-forces', concern: ['care-or-treatment'], stage: 'final-response', responded: '2026-10-01' },
    steps: { escalate: ['scoaf', 'your-single-service-secretariat'], also: ['nhs-england'], help: ['your-local-healthwatch', 'your-unit-welfare-officer'] },
    headline: 'armed-forces-service-complaint',
    deadlines: [{ kind: 'escalate', body: 'your-single-service-secretariat', by: '2027-01-01' }],
    absent: ['phso', 'your-icb'],
  }),
  S({
    name: 'F1 Wales: armed forces medical care, final answer → Service Complaint (3 months), SCOAF; not PSOW',
    answers: { nation: 'wales', service: 'armed-forces', concern: ['staff-attitude'], stage: 'final-response', responded: '2026-09-15' },
    steps: { escalate: ['scoaf', 'your-single-service-secretariat'], help: ['your-unit-welfare-officer'] },
    headline: 'armed-forces-service-complaint',
    deadlines: [{ kind: 'escalate', body: 'your-single-service-secretariat', by: '2026-12-15' }],
    absent: ['psow'],
  }),
  S({
    name: 'F1 Scotland: armed forces medical care, final answer → Service Complaint (3 months), SCOAF; not SPSO',
    answers: { nation: 'scotland', service: 'armed-forces', concern: ['care-or-treatment'], stage: 'final-response', responded: '2026-11-01' },
    steps: { escalate: ['scoaf', 'your-single-service-secretariat'], help: ['citizens-advice-scotland', 'your-unit-welfare-officer'] },
    deadlines: [{ kind: 'escalate', body: 'your-single-service-secretariat', by: '2027-02-01' }],
    absent: ['spso'],
  }),
  S({
    name: 'F1 Northern Ireland: armed forces, final answer months ago → Service Complaint limit passed (warning); not NIPSO',
    answers: { nation: 'northern-ireland', service: 'armed-forces', concern: ['care-or-treatment'], stage: 'final-response', responded: '2026-05-20' },
    steps: { escalate: ['scoaf', 'your-single-service-secretariat'], help: ['your-unit-welfare-officer'] },
    warnings: ['time-limit-passed-service-complaint'],
    deadlines: [{ kind: 'escalate', body: 'your-single-service-secretariat', by: '2026-08-20' }],
    absent: ['nipso', 'your-hsc-trust'],
  }),
  S({
    name: 'F1: SCOAF has decided → its decision is final; judicial review within 3 months',
    answers: { nation: 'england', service: 'armed-forces', concern: ['care-or-treatment'], stage: 'ombudsman-decided', responded: '2026-10-01' },
    steps: { also: ['nhs-england', 'scoaf'], help: ['your-local-healthwatch', 'your-unit-welfare-officer'] },
    deadlines: [{ kind: 'also', body: 'scoaf', by: '2027-01-01' }],
    textAbsent: [/look at its decision again/],
  }),
  // F2: Northern Ireland family practitioner services go to the practice, or SPPG as honest broker; never the trust.
  S({
    name: 'F2: NI NHS dentist → the practice, or SPPG as go-between; never the HSC trust; then NIPSO',
    answers: { nation: 'northern-ireland', service: 'dentist', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-09-01' },
    steps: { complain: ['your-service-northern-ireland'], escalate: ['nipso'], help: ['patient-client-council'] },
    complainAlts: ['sppg'],
    absent: ['your-hsc-trust'],
    deadlines: [{ kind: 'complain', body: 'your-service-northern-ireland', by: '2027-03-01' }],
    textAbsent: [/Trusts also run social services/],
    textPresent: [/both agree/],
  }),
  S({
    name: 'F2: NI optician (NHS eye test) → the practice or SPPG; the MCHP stages (5 and 20 working days)',
    answers: { nation: 'northern-ireland', service: 'optician', funding: 'nhs', concern: ['staff-attitude'], stage: 'not-yet' },
    steps: { complain: ['your-service-northern-ireland'], escalate: ['nipso'], help: ['patient-client-council'] },
    complainAlts: ['sppg'],
    absent: ['your-hsc-trust'],
    textPresent: [/within 5 working days/, /within 20 working days/, /1 January 2026/],
  }),
  // F3: records and data protection: the ICO, within 3 months of the last reply; never an ombudsman next.
  S({
    name: 'F3 England: GP refuses a copy of records, final answer → the ICO (3 months); no PHSO',
    answers: { nation: 'england', service: 'gp', concern: ['records-or-data'], stage: 'final-response', responded: '2026-10-01' },
    steps: { escalate: ['ico'], also: ['cqc'], help: NHS_HELP },
    deadlines: [{ kind: 'escalate', body: 'ico', by: '2027-01-01' }],
    absent: ['phso', 'lgsco'],
  }),
  S({
    name: 'F3 Wales: health board refuses records, final answer → the ICO; no PSOW',
    answers: { nation: 'wales', service: 'hospital', funding: 'nhs', concern: ['records-or-data'], stage: 'final-response', responded: '2026-10-01' },
    steps: { escalate: ['ico'], also: ['healthcare-inspectorate-wales'], help: ['llais'] },
    deadlines: [{ kind: 'escalate', body: 'ico', by: '2027-01-01' }],
    absent: ['psow'],
  }),
  S({
    name: 'F3 Scotland: records refused → ask them, then the ICO; no SPSO',
    answers: { nation: 'scotland', service: 'gp', concern: ['records-or-data'], stage: 'not-yet' },
    steps: { complain: ['your-nhs-board-scotland'], escalate: ['ico'], help: ['pass'] },
    absent: ['spso'],
  }),
  S({
    name: 'F3 Northern Ireland: records refused, final answer → the ICO; no NIPSO (it takes no data-protection complaints)',
    answers: { nation: 'northern-ireland', service: 'hospital', funding: 'nhs', concern: ['records-or-data'], stage: 'final-response', responded: '2026-11-02' },
    steps: { escalate: ['ico'], help: ['patient-client-council'] },
    deadlines: [{ kind: 'escalate', body: 'ico', by: '2027-02-02' }],
    absent: ['nipso'],
  }),
  S({
    name: 'F3 with E3: records of someone who died are not data protection → complaint, then the ombudsman; no ICO',
    answers: { nation: 'northern-ireland', service: 'hospital', funding: 'nhs', concern: ['records-or-data'], stage: 'final-response', who: 'someone-who-died' },
    steps: { escalate: ['nipso'], help: ['patient-client-council'] },
    unchecked: ['also'],
    absent: ['ico'],
  }),
  // F4: continuing healthcare delay is an ordinary complaint, then the PHSO; NHS England reviews decisions only.
  S({
    name: 'F4: continuing healthcare assessment delayed → ordinary complaint to the ICB, then PHSO; not NHS England\'s review',
    answers: { nation: 'england', service: 'continuing-healthcare', concern: ['access-or-waiting'], stage: 'not-yet', when: '2026-06-01' },
    steps: { complain: ['your-icb'], escalate: ['phso'], help: ['beacon-chc', ...NHS_HELP] },
    absent: ['nhs-england'],
    deadlines: [{ kind: 'complain', body: 'your-icb', by: '2027-06-01' }],
    textPresent: [/takes too long/],
  }),
  S({
    name: 'F4: continuing healthcare eligibility decision → ICB local resolution, NHS England review, then PHSO',
    answers: { nation: 'england', service: 'continuing-healthcare', concern: ['care-or-treatment', 'access-or-waiting'], stage: 'not-yet' },
    steps: { complain: ['your-icb'], escalate: ['nhs-england', 'phso'], help: ['beacon-chc', ...NHS_HELP] },
  }),
  // F5: deaths in custody: the PPO investigates every one; the inquest is mandatory (CJA 2009 s.1(2)(c)); Scotland: FAI.
  S({
    name: 'F5 England: death in prison → Prisons and Probation Ombudsman and a mandatory inquest; not the medical examiner',
    answers: { nation: 'england', service: 'prison-healthcare', concern: ['care-or-treatment'], stage: 'not-yet', who: 'someone-who-died' },
    steps: { complain: ['your-prison-healthcare-provider'], escalate: ['phso'], help: NHS_HELP },
    unchecked: ['also'],
    present: ['ppo', 'coroner', 'inquest'],
    absent: ['medical-examiner'],
    textPresent: [/must hold an inquest/, /whatever the cause|for any cause/],
    textAbsent: [/may hold an inquest/],
    warnings: ['representative-someone-who-died'],
  }),
  S({
    name: 'F5 Wales: death in a Welsh prison → Prisons and Probation Ombudsman and a mandatory inquest',
    answers: { nation: 'wales', service: 'prison-healthcare', concern: ['care-or-treatment'], stage: 'not-yet', who: 'someone-who-died' },
    steps: { complain: ['your-health-board-wales'], escalate: ['psow'], help: ['llais'] },
    unchecked: ['also'],
    present: ['ppo', 'coroner'],
    absent: ['medical-examiner'],
    textPresent: [/must hold an inquest/],
  }),
  S({
    name: 'F5 Scotland: death in prison → a mandatory Fatal Accident Inquiry, through the Procurator Fiscal',
    answers: { nation: 'scotland', service: 'prison-healthcare', concern: ['care-or-treatment'], stage: 'not-yet', who: 'someone-who-died' },
    steps: { complain: ['your-nhs-board-scotland'], escalate: ['spso'], help: ['pass'] },
    unchecked: ['also'],
    present: ['procurator-fiscal'],
    absent: ['coroner', 'ppo'],
    textPresent: [/must be a Fatal Accident Inquiry/],
  }),
  // F6: after a devolved ombudsman decides: review windows (PSOW 20 working days, SPSO 6 weeks) and judicial review.
  S({
    name: 'F6 Wales: PSOW decided on 20 November → review by 18 December (20 working days), judicial review by 20 February',
    answers: { nation: 'wales', service: 'gp', concern: ['care-or-treatment'], stage: 'ombudsman-decided', responded: '2026-11-20' },
    steps: { escalate: ['psow'], also: ['administrative-court', 'healthcare-inspectorate-wales'], help: ['llais'] },
    deadlines: [{ kind: 'escalate', body: 'psow', by: '2026-12-18' }, { kind: 'also', body: 'administrative-court', by: '2027-02-20' }],
  }),
  S({
    name: 'F6 Wales: 20 working days skip Christmas and New Year bank holidays (decision 10 December → 12 January)',
    answers: { nation: 'wales', service: 'council-adult-social-care', concern: ['communication'], stage: 'ombudsman-decided', responded: '2026-12-10' },
    today: '2026-12-15',
    steps: { escalate: ['psow'], also: ['administrative-court', 'care-inspectorate-wales'], help: ['llais'] },
    deadlines: [{ kind: 'escalate', body: 'psow', by: '2027-01-12' }, { kind: 'also', body: 'administrative-court', by: '2027-03-10' }],
  }),
  S({
    name: 'F6 Scotland: SPSO decided on 20 November → review by 1 January (6 weeks), Court of Session by 20 February',
    answers: { nation: 'scotland', service: 'hospital', funding: 'nhs', concern: ['care-or-treatment'], stage: 'ombudsman-decided', responded: '2026-11-20' },
    steps: { escalate: ['spso'], also: ['court-of-session'], help: ['pass'] },
    deadlines: [{ kind: 'escalate', body: 'spso', by: '2027-01-01' }, { kind: 'also', body: 'court-of-session', by: '2027-02-20' }],
  }),
  S({
    name: 'F6 Northern Ireland: NIPSO decided → judicial review promptly and within 3 months',
    answers: { nation: 'northern-ireland', service: 'gp', concern: ['care-or-treatment'], stage: 'ombudsman-decided', responded: '2026-11-20' },
    steps: { escalate: ['nipso'], also: ['judicial-review-office-ni'], help: ['patient-client-council'] },
    deadlines: [{ kind: 'also', body: 'judicial-review-office-ni', by: '2027-02-20' }],
  }),
  S({
    name: 'F6 Scotland: SPSO decision over 6 weeks ago → review limit passed (warning), court still open',
    answers: { nation: 'scotland', service: 'gp', concern: ['care-or-treatment'], stage: 'ombudsman-decided', responded: '2026-10-01' },
    steps: { escalate: ['spso'], also: ['court-of-session'], help: ['pass'] },
    warnings: ['time-limit-passed-spso-review'],
    deadlines: [{ kind: 'escalate', body: 'spso', by: '2026-11-12' }, { kind: 'also', body: 'court-of-session', by: '2027-01-01' }],
  }),
  // F7: a child at risk in any service goes to children's services and the NSPCC, never the adults' team first.
  S({
    name: 'F7 England: toddler at risk in a hospital → 999, the council\'s children\'s services, NSPCC; never adult safeguarding',
    answers: { nation: 'england', service: 'hospital', funding: 'nhs', concern: ['abuse-or-neglect'], child: 'yes', stage: 'not-yet' },
    steps: { urgent: ['emergency-999', 'your-council-children'] },
    unchecked: ['resolve', 'complain', 'escalate', 'also', 'help'],
    present: ['nspcc'],
    absent: ['your-council-safeguarding'],
  }),
  S({
    name: 'F7 Wales: child at risk at a GP practice → 999, council social services, NSPCC',
    answers: { nation: 'wales', service: 'gp', concern: ['abuse-or-neglect'], child: 'yes', stage: 'not-yet' },
    steps: { urgent: ['emergency-999', 'your-council'] },
    unchecked: ['resolve', 'complain', 'escalate', 'also', 'help'],
    present: ['nspcc'],
  }),
  S({
    name: 'F7 Scotland: child at risk in a hospital → 999, council social work, NSPCC',
    answers: { nation: 'scotland', service: 'hospital', funding: 'nhs', concern: ['abuse-or-neglect'], child: 'yes', stage: 'not-yet' },
    steps: { urgent: ['emergency-999', 'your-council'] },
    unchecked: ['resolve', 'complain', 'escalate', 'also', 'help'],
    present: ['nspcc'],
  }),
  S({
    name: 'F7 Northern Ireland: child at risk in a hospital → the trust\'s children\'s services, never the adult protection gateway',
    answers: { nation: 'northern-ireland', service: 'hospital', funding: 'nhs', concern: ['abuse-or-neglect'], child: 'yes', stage: 'not-yet' },
    steps: { urgent: ['emergency-999', 'your-hsc-trust'] },
    unchecked: ['resolve', 'complain', 'escalate', 'also', 'help'],
    present: ['nspcc', 'emergency-social-work-ni'],
    absent: ['your-trust-adult-protection-gateway'],
  }),
  S({
    name: 'F7 Wales: child in care complaining about social services → the council must arrange an advocate; not Llais',
    answers: { nation: 'wales', service: 'children-social-care', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-council'], escalate: ['psow'], also: ['care-inspectorate-wales'], help: ['your-council'] },
    absent: ['llais'],
    textPresent: [/advocate/],
  }),
  S({
    name: 'F7/F11 England: adult social care complaint → no children\'s advocacy text for adults',
    answers: { nation: 'england', service: 'council-adult-social-care', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-council'], escalate: ['lgsco'], help: CARE_HELP },
    textAbsent: [/Children and young people can also get an advocate/],
  }),
  // F8: a Welsh resident treated in England: Llais, the Welsh health board as the alternative; no English advocacy duty.
  S({
    name: 'F8: Welsh resident treated in an English hospital → the hospital or the Welsh health board; Llais; no English council advocacy',
    answers: { nation: 'england', service: 'hospital', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet', postcode: 'CF10 1AA' },
    steps: { resolve: ['your-hospital'], complain: ['your-hospital'], escalate: ['phso'], also: ['cqc'], help: ['llais', 'your-local-healthwatch'] },
    complainAlts: ['your-health-board-wales'],
    absent: ['your-icb', 'your-nhs-complaints-advocacy'],
    warnings: ['postcode-nation-mismatch'],
    textAbsent: [/Your council must make sure this help/],
  }),
  // F9: Welsh regulators named where England names the CQC.
  S({
    name: 'F9: Welsh home care arranged by the council → Care Inspectorate Wales alongside; not CQC',
    answers: { nation: 'wales', service: 'home-care', funding: 'council', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-council'], escalate: ['psow'], also: ['care-inspectorate-wales'], help: ['llais'] },
    absent: ['cqc'],
  }),
  S({
    name: 'F9: Welsh NHS dentist → Healthcare Inspectorate Wales alongside',
    answers: { nation: 'wales', service: 'dentist', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-health-board-wales'], escalate: ['psow'], also: ['healthcare-inspectorate-wales'], help: ['llais'] },
  }),
  // F10: Scotland has no NHS continuing healthcare (Hospital Based Complex Clinical Care since 1 June 2015); NHS 24 runs 111.
  S({
    name: 'F10: 111 in Scotland → complain to NHS 24 itself, then SPSO',
    answers: { nation: 'scotland', service: 'nhs-111', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-08-31' },
    steps: { complain: ['nhs-24'], escalate: ['spso'], help: ['pass'] },
    absent: ['your-nhs-board-scotland'],
    deadlines: [{ kind: 'complain', body: 'nhs-24', by: '2027-02-28' }],
  }),
  S({
    name: 'F10: charges for hospital care in Scotland → no continuing healthcare; Hospital Based Complex Clinical Care explained',
    answers: { nation: 'scotland', service: 'hospital', funding: 'nhs', concern: ['costs-or-charges'], stage: 'not-yet' },
    steps: { complain: ['your-nhs-board-scotland'], escalate: ['spso'], help: ['pass'] },
    warnings: ['scotland-no-continuing-healthcare'],
    absent: ['beacon-chc'],
  }),
  // F11: free help that can help.
  S({
    name: 'F11: self-funded home care in England → Citizens Advice and Healthwatch; never NHS complaints advocacy',
    answers: { nation: 'england', service: 'home-care', funding: 'self', concern: ['costs-or-charges'], stage: 'not-yet' },
    steps: { complain: ['your-home-care-agency'], escalate: ['lgsco'], also: ['cqc'], help: SELF_FUNDED_CARE_HELP },
    absent: ['your-nhs-complaints-advocacy'],
    textAbsent: [/may not be able to help/],
  }),
  S({
    name: 'F11: self-funded care home in Northern Ireland → the Consumer Council; not the Patient and Client Council',
    answers: { nation: 'northern-ireland', service: 'care-home', funding: 'self', concern: ['care-or-treatment'], stage: 'not-yet' },
    steps: { complain: ['your-hsc-trust'], escalate: ['nipso'], help: ['consumer-council-ni'] },
    complainAlts: ['your-service-northern-ireland'],
    absent: ['patient-client-council'],
  }),

];

// ───────────── the check ─────────────

const ids = (plan: Plan, kind: StepKind) =>
  [...new Set(plan.steps.filter((s) => s.kind === kind).flatMap((s) => (s.body ? [s.body.id] : [])))].sort();

const everyBodyId = (plan: Plan) =>
  new Set(plan.steps.flatMap((s) => [...(s.body ? [s.body.id] : []), ...s.alternatives.map((b) => b.id)]));

/** Everything the plan says in words, for the wording checks. */
const planText = (plan: Plan) => [
  plan.summary,
  ...plan.steps.flatMap((st) => [st.title, st.text, st.deadline?.text ?? '', ...(st.expect ?? [])]),
  ...plan.warnings.map((w) => w.text),
].join('\n');

function planFor(row: Scenario): { plan: Plan; today: string } {
  const today = row.today ?? TODAY;
  const context: Context = { today, ...(row.provider && { provider: row.provider }) };
  return { plan: buildPlan(graph, readSituation(graph, row.answers, context)), today };
}

describe('routing scenarios from domain.md', () => {
  it('has at least 160 scenarios with unique names (79, 40 more for issue #9, and the section 7 facts per nation)', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(160);
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, row) => {
    const { plan, today } = planFor(row);
    const nation = row.answers.nation ?? 'england';
    expect.soft(plan.today, 'plan.today is context.today').toBe(today);

    // Body ids per step kind: every mismatching kind is listed in one message.
    const mismatches = KINDS.filter((k) => !row.unchecked?.includes(k)).flatMap((k) => {
      const got = ids(plan, k);
      const want = [...new Set(row.steps[k] ?? [])].sort();
      return got.join() === want.join() ? [] : [`${k}: got [${got.join(', ')}], domain.md expects [${want.join(', ')}]`];
    });
    expect.soft(mismatches, `body ids per step kind:\n  ${mismatches.join('\n  ')}\n`).toEqual([]);

    if (row.complainAlts) {
      const alts = [...new Set(plan.steps.filter((s) => s.kind === 'complain').flatMap((s) => s.alternatives.map((b) => b.id)))].sort();
      const want = [...row.complainAlts].sort();
      expect.soft(alts, `complain alternatives: got [${alts.join(', ')}], domain.md expects [${want.join(', ')}]`).toEqual(want);
    }

    const all = everyBodyId(plan);
    for (const id of row.present ?? []) expect.soft(all.has(id), `"${id}" should appear in the plan`).toBe(true);
    const absent = new Set([
      ...(row.absent ?? []),
      ...(nation !== 'england' ? ENGLAND_ONLY : []),
      ...(row.answers.funding === 'self' ? ['phso'] : []), // R4/R7: PHSO never for privately paid care
    ]);
    const wrongly = [...absent].filter((id) => all.has(id));
    expect.soft(wrongly, `bodies that must not appear, but do: ${wrongly.join(', ')}`).toEqual([]);

    const codes = plan.warnings.map((w) => w.code);
    for (const code of row.warnings ?? []) expect.soft(codes, `warning "${code}"`).toContain(code);
    const unexpectedPassed = codes.filter((c) => c.startsWith('time-limit-passed-') && !(row.warnings ?? []).includes(c));
    expect.soft(unexpectedPassed, `time-limit warnings not expected (deadline still ahead): ${unexpectedPassed.join(', ')}`).toEqual([]);

    const text = planText(plan);
    for (const re of row.textPresent ?? []) expect.soft(text, `plan text should match ${re}`).toMatch(re);
    for (const re of row.textAbsent ?? []) expect.soft(text, `plan text should not match ${re}`).not.toMatch(re);
    if (row.headline) expect.soft(plan.headline?.rule, 'headline').toBe(row.headline);
    if (row.noComplainDeadline) {
      for (const st of plan.steps.filter((x) => x.kind === 'complain')) expect.soft(st.deadline, `${st.rule}: no complain-by date once complained`).toBeUndefined();
    }
    for (const d of row.deadlines ?? []) {
      const step = plan.steps.find((s) => s.kind === d.kind && s.body?.id === d.body);
      expect.soft(step, `a ${d.kind} step for "${d.body}" carrying the deadline`).toBeDefined();
      if (!step) continue;
      expect.soft(step.deadline?.by, `${d.kind} ${d.body}: deadline.by`).toBe(d.by);
      expect.soft(step.deadline?.passed, `${d.kind} ${d.body}: deadline.passed (by ${d.by}, today ${today})`).toBe(d.by < today);
    }
  });
});

describe('wording that must never reach a person (section 7, F12)', () => {
  it('names a sliver of a council served by another board as "fewer than 1 in 100 homes", never "about 0 in 100"', () => {
    // Oxfordshire: about 0.2% of its homes are in the Northamptonshire board's area since 1 April 2026.
    const plan = buildPlan(graph, readSituation(graph, { nation: 'england', service: 'gp', concern: ['care-or-treatment'], stage: 'not-yet', postcode: 'OX1 1AA' }, { today: TODAY }));
    const note = plan.warnings.find((w) => w.code === 'icb-depends-on-gp')?.text ?? '';
    expect(note).toMatch(/Northamptonshire Integrated Care Board for fewer than 1 in 100 homes/);
    expect(note).not.toMatch(/\b0 in 100\b/);
  });
});
