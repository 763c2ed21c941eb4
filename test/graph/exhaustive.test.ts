// Walks the whole decision space through the journey itself and checks invariants on every plan it ends in.
//
// What "every reachable combination" means here:
// - Routing answers (nation, service, funding, detained, concern, professional, stage) are branched fully:
//   every option the journey offers, on every path it can take.
// - Multi-choice answers are branched as each single option plus all options together. Rules match a
//   multi-choice answer on "any of", so a plan for a set of options is the union of the plans for each one;
//   the test "a set of concerns gives the union of their steps" below checks that claim on random sets.
// - Dates are branched as classes (not given, inside the time limit, past 12 months, past 3 years), postcodes
//   as classes (none, a clear council, a split outward code, a postcode in another nation, an unknown one).
//   These optional answers are rotated through every value on every routing path (see `optionalChoices`),
//   so each value meets each routing combination.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlanSchema, type Answers, type Plan, type QuestionView } from '../../server/graph/api-schemas.js';
import { NATIONS, type Nation } from '../../server/graph/contract.js';
import { nextStep } from '../../server/graph/journey.js';
import { matches } from '../../server/graph/match.js';
import { loadGraph, type Graph } from '../../server/data/load.js';
import { buildPlan } from '../../server/graph/plan.js';
import { readSituation } from '../../server/graph/situation.js';

const TODAY = '2026-11-26';
const DATE_CLASSES = ['', '2026-06', '2025-06-15', '2022-01'];
const RESPONDED_CLASSES = ['', '2026-10-01', '2026-05'];
/** A clear council (Leeds), an outward code split between councils, a council split between ICBs (Westmorland and
  *  Furness), Wales, Scotland. (An unknown postcode is asked again: see the API tests.) */
const POSTCODE_CLASSES = ['', 'LS1 4AP', 'N4', 'CA10 1AB', 'CF10 1AA', 'EH1 1YZ'];
/** Named organisations, per nation: a hospital with PALS read on its site, one with no contact yet, one with an email
 *  only or a complaints page only, one reached only through its switchboard. */
const PROVIDER_CLASSES: Record<string, string[]> = {
  england: ['RR8:st-jamess-university-hospital', 'R1K', 'RGD', 'RX8', 'RR8'],
  wales: ['swansea-bay:morriston-hospital', 'cardiff-and-vale', 'RT4'],
  scotland: ['nhs-greater-glasgow-and-clyde:queen-elizabeth-university-hospital', 'scottish-ambulance-service', 'nhs-golden-jubilee'],
  'northern-ireland': ['belfast-trust:royal-victoria-hospital', 'nias', 'southern-trust'],
};
let providerVisits = 0;

let graph: Graph;
beforeAll(() => {
  graph = loadGraph(join(process.cwd(), 'data'));
});

interface Ending { answers: Answers; plan: Plan; asked: string[]; beforePlan: number }

/** The values to try for one question: all options for routing questions, one rotating value for the rest. */
function choicesFor(q: QuestionView, pathIndex: number, answers: Answers): unknown[] {
  const values = q.options.map((o) => o.value);
  switch (q.id) {
    case 'concern':
      return [...values.map((v) => [v]), values];
    case 'outcome':
      return [optionalChoices(['', ...values.map((v) => [v]), values], pathIndex, 1)];
    case 'when':
      return [optionalChoices(DATE_CLASSES, pathIndex, 2)];
    case 'responded':
      return [optionalChoices(RESPONDED_CLASSES, pathIndex, 3)];
    case 'who':
      return [optionalChoices(['', ...values], pathIndex, 4)];
    case 'postcode':
      // Stride 4 (a step of 5) is coprime with the 6 postcode classes, so every class is met; 5 would pick only ''.
      return [optionalChoices(POSTCODE_CLASSES, pathIndex, 4)];
    case 'area':
      return [optionalChoices(['', ...values], pathIndex, 6)];
    case 'trust':
      return [optionalChoices(['', ...values], pathIndex, 7)];
    case 'provider': {
      // Not naming one, and one of the nation's named organisations in turn (each kind of record is reached).
      const named = PROVIDER_CLASSES[answers.nation ?? 'england'] ?? [];
      providerVisits += 1;
      return ['', named[providerVisits % named.length]];
    }
    default:
      return q.optional ? ['', ...values] : values;
  }
}

/** Rotates an optional answer's classes across routing paths, each question at its own stride. */
const optionalChoices = <T,>(classes: T[], pathIndex: number, stride: number): T => classes[(pathIndex * stride + pathIndex) % classes.length] as T;

/** Walks to the first plan, then on through the refinements it offers, so they are branched too. */
function walk(answers: Answers, asked: string[], out: Ending[], rotation: { n: number }, beforePlan?: number) {
  const response = nextStep(graph, readSituation(graph, answers, { today: TODAY }));
  const q = response.status === 'question' ? response.question : response.refinements?.[0];
  if (response.status === 'plan' && !q) {
    out.push({ answers, plan: response.plan, asked, beforePlan: beforePlan ?? asked.length });
    rotation.n += 1;
    return;
  }
  if (!q) return;
  const firstPlanAfter = beforePlan ?? (response.status === 'plan' ? asked.length : undefined);
  if (asked.includes(q.id)) throw new Error(`"${q.id}" was asked twice on the path ${JSON.stringify(answers)}`);
  if (asked.length > 14) throw new Error(`the journey did not end: ${JSON.stringify(answers)}`);
  if (['single', 'multiple', 'area'].includes(q.kind) && q.options.length === 0) throw new Error(`"${q.id}" offered no options for ${JSON.stringify(answers)}`);
  for (const value of choicesFor(q, rotation.n, answers)) walk({ ...answers, [q.id]: value } as Answers, [...asked, q.id], out, rotation, firstPlanAfter);
}

const contactable = (b: { phone?: string; email?: string; website?: string; complaintPage?: string } | undefined) =>
  Boolean(b && (b.phone || b.email || b.website || b.complaintPage));

/** Local bodies are not in the national directory; their ids say which nation they serve. The providers
 *  directory's organisations say it themselves. */
function localNation(id: string): string | undefined {
  if (/^(council-E|icb-|healthwatch-|advocacy-)/.test(id)) return 'england';
  if (/^(council-W|health-board-W|llais-)/.test(id)) return 'wales';
  if (/^(council-S|health-board-S)/.test(id)) return 'scotland';
  if (id.startsWith('hsc-trust-')) return 'northern-ireland';
  return graph.providers.organisations.get(id)?.nation;
}

/** Everything a plan says in words, with the reasons shown under "why" and the bodies' names and descriptions. */
function planText(plan: Plan): string {
  const bodies = plan.steps.flatMap((st) => [st.body, ...st.alternatives]).flatMap((b) => (b ? [b.name, b.description, b.phoneNote ?? ''] : []));
  return [
    plan.summary,
    ...plan.steps.flatMap((st) => [st.title, st.text, st.why, st.deadline?.text ?? '', ...(st.expect ?? [])]),
    ...plan.warnings.map((w) => w.text),
    ...plan.unknowns.map((u) => u.text),
    ...bodies,
  ].join('\n');
}

/** NHS care in England: what NHS complaints advocacy (or, for a Welsh resident, Llais) helps with. */
const FUNDED_BY_ANSWER = ['hospital', 'dentist', 'optician', 'private-healthcare', 'hospice', 'care-home', 'home-care'];
const isNhsCare = (a: Answers) => a.service !== 'armed-forces' && !['council-adult-social-care', 'children-social-care'].includes(a.service ?? '')
  && (!FUNDED_BY_ANSWER.includes(a.service ?? '') || a.funding === 'nhs' || a.funding === 'not-sure');

/** Bodies that protect adults: never the first place a concern about a child goes. */
const ADULT_SAFEGUARDING = /(^your-council-safeguarding$|^council-E\d{8}-safeguarding$|^your-trust-adult-protection-gateway$)/;
/** Schemes and regulators: never called "the ombudsman" (domain.md E6). */
const NOT_AN_OMBUDSMAN_ROLES = new Set(['adjudicator', 'data-regulator', 'regulator', 'care-regulator']);

// The walk visits tens of thousands of plans; on a shared machine each check over all of them takes seconds.
describe('every reachable path through the journey', { timeout: 120_000 }, () => {
  const endings: Ending[] = [];
  let millis = 0;
  beforeAll(() => {
    const started = performance.now();
    walk({}, [], endings, { n: 0 });
    millis = performance.now() - started;
  }, 300_000);

  it('covers every nation and every service, and ends in a plan each time', () => {
    console.log(`exhaustive: ${endings.length} paths, ${Math.round(millis)} ms`);
    expect(endings.length).toBeGreaterThan(5000);
    for (const nation of NATIONS) {
      const offered = graph.questionById.get('service')!.options.filter((o) => !o.when || matches(o.when, { nation: [nation] }));
      for (const { value: service } of offered) {
        expect(endings.some((e) => e.answers.nation === nation && e.answers.service === service), `${nation} ${service}`).toBe(true);
      }
    }
    // The answer values added in issue #9 are walked too.
    for (const stage of ['ombudsman-decided']) expect(endings.some((e) => e.answers.stage === stage), stage).toBe(true);
    for (const nation of NATIONS) {
      expect(endings.some((e) => e.answers.nation === nation && e.answers.service === 'armed-forces'), `${nation} armed-forces`).toBe(true);
      expect(endings.some((e) => e.answers.nation === nation && e.answers.service === 'hospital' && e.answers.funding === 'self'), `${nation} private patient`).toBe(true);
      expect(endings.some((e) => e.answers.nation === nation && e.answers.professional === 'care-worker'), `${nation} professional`).toBe(true);
    }
  });

  it('asks at most 6 screens of questions before the first plan when no extra route is involved', () => {
    // Extra screens come only with a worker to report, a detention, a child at risk, or a final answer (or an
    // ombudsman's decision) to date. "Which hospital or NHS service?" can be skipped and saves a search for the
    // contact; "who is the complaint for?" comes only when a death would change the plan. Neither is counted.
    const common = endings.filter(({ answers: a }) => a.stage !== 'final-response' && a.stage !== 'ombudsman-decided' && a.detained === undefined && a.professional === undefined && a.child === undefined);
    const screens = (e: Ending) => e.asked.slice(0, e.beforePlan).filter((id) => id !== 'provider' && id !== 'who');
    const over = common.filter((e) => screens(e).length > 6).map((e) => screens(e).join(' → '));
    expect([...new Set(over)]).toEqual([]);
    expect(Math.max(...endings.map((e) => screens(e).length))).toBeLessThanOrEqual(9);
  });

  it('gives every step a short form of one sentence of at most 25 words, and every plan a headline', () => {
    const problems = new Set<string>();
    for (const { answers, plan } of endings) {
      const from = plan.steps.find((s) => s.rule === plan.headline?.rule);
      if (!from || from.short.text !== plan.headline?.text) problems.add(`headline of ${JSON.stringify(answers)}`);
      for (const s of plan.steps) {
        if (s.short.text.split(/\s+/).length > 25 || s.short.text.match(/[.!?](\s|$)/g)?.length !== 1) problems.add(`${s.rule}: ${s.short.text}`);
        if (contactable(s.body) && s.short.contact?.body !== s.body!.name) problems.add(`${s.rule}: no short contact`);
      }
    }
    expect([...problems]).toEqual([]);
  });

  it('with a named hospital or NHS organisation, makes it the first complaint\'s body, reached directly, never through a finder', () => {
    const named = endings.filter(({ answers }) => answers.provider);
    expect(named.length).toBeGreaterThan(100);
    for (const nation of NATIONS) expect(named.some(({ answers }) => answers.nation === nation), nation).toBe(true);
    const problems = new Set<string>();
    for (const { answers, plan } of named) {
      const org = graph.providers.organisationFor(answers.provider!)!;
      const complain = plan.steps.find((s) => s.kind === 'complain');
      if (!complain) continue;
      const where = `${answers.provider} ${answers.service} ${answers.funding ?? ''} ${answers.stage}`;
      if (complain.body?.id !== org.id) problems.add(`${where}: complain step names ${complain.body?.id}`);
      if (complain.body?.generic) problems.add(`${where}: a placeholder`);
      const contact = complain.short.contact;
      if (contact && (contact.body !== org.name || contact.label.startsWith('Find'))) problems.add(`${where}: short contact ${contact.label}`);
      const direct = complain.body?.phone || complain.body?.email;
      if (direct && !['phone', 'email'].includes(contact?.kind ?? '')) problems.add(`${where}: first contact is ${contact?.kind}, not its phone or email`);
      if (contact?.kind === 'phone' && complain.body?.askFor && !contact.label.includes('ask for')) problems.add(`${where}: a switchboard not said to be one`);
    }
    expect([...problems]).toEqual([]);
  });

  it('gives plans that match the published schema', () => {
    for (const { plan } of endings) PlanSchema.parse(plan);
  });

  it('starts every plan with a step that has a real way to get in touch', () => {
    const unreachable = endings
      .filter(({ plan }) => !plan.steps[0] || !(contactable(plan.steps[0].body) || plan.steps[0].alternatives.some(contactable)))
      .map(({ answers, plan }) => `${plan.steps[0]?.rule} (${plan.steps[0]?.body?.id}) for ${answers.nation} ${answers.service} ${answers.funding ?? ''}`);
    expect([...new Set(unreachable)]).toEqual([]);
  });

  it('has exactly one formal complaint step until the final answer, and none after it', () => {
    for (const { answers, plan } of endings) {
      const complains = plan.steps.filter((s) => s.kind === 'complain');
      const finished = answers.stage === 'final-response' || answers.stage === 'ombudsman-decided';
      expect(complains.length, `${JSON.stringify(answers)}: ${complains.map((s) => s.rule)}`).toBe(finished ? 0 : 1);
    }
  });

  it('never names the same body as both the place to complain and its alternative', () => {
    for (const { plan } of endings) {
      for (const s of plan.steps) {
        const ids = [s.body?.id, ...s.alternatives.map((a) => a.id)];
        expect(new Set(ids).size, s.rule).toBe(ids.length);
      }
    }
  });

  it('sends nobody to an ombudsman or scheme before the complaint, unless the complaint is finished', () => {
    for (const { answers, plan } of endings) {
      const firstEscalate = plan.steps.findIndex((s) => s.kind === 'escalate');
      const complain = plan.steps.findIndex((s) => s.kind === 'complain');
      if (firstEscalate === -1) continue;
      if (answers.stage === 'final-response' || answers.stage === 'ombudsman-decided') expect(complain).toBe(-1);
      else expect(complain, JSON.stringify(answers)).toBeGreaterThan(-1);
      if (complain > -1) expect(complain, JSON.stringify(answers)).toBeLessThan(firstEscalate);
    }
  });

  it('names no English body for care in Wales, Scotland or Northern Ireland', () => {
    // Problems are collected and checked once: an assertion per body would make this the slowest test of the walk.
    const wrong = new Set<string>();
    for (const { answers, plan } of endings) {
      const nation = answers.nation as Nation;
      for (const s of plan.steps) {
        for (const b of [s.body, ...s.alternatives]) {
          if (!b) continue;
          const local = localNation(b.id);
          const ok = local ? nation === local : graph.bodies.get(b.id)?.nations.includes(nation);
          if (!ok) wrong.add(`${b.id} in ${s.rule} for ${nation}`);
        }
      }
    }
    expect([...wrong]).toEqual([]);
  });

  it('names only bodies that exist, each with a primary source (or shown as not verified) and a checked date', () => {
    const wrong = new Set<string>();
    for (const { plan } of endings) {
      for (const s of plan.steps) {
        if (s.sources.length === 0) wrong.add(`${s.rule}: no sources`);
        if (s.why.length <= 20) wrong.add(`${s.rule}: no reason`);
        for (const b of [s.body, ...s.alternatives]) {
          if (!b) continue;
          if (!localNation(b.id) && !graph.bodies.has(b.id)) wrong.add(`${b.id}: no such body`);
          // A record supported only by secondary sources shows none, and is shown as not verified.
          if (b.sources.length === 0 && b.verified) wrong.add(`${b.id}: verified without a public source`);
          if (!/^\d{4}-\d{2}-\d{2}$/.test(b.checked)) wrong.add(`${b.id}: no checked date`);
        }
      }
    }
    expect([...wrong]).toEqual([]);
  });

  it('offers local Healthwatch in every English plan, and free complaints advocacy exactly when the care is NHS care', () => {
    // NHS complaints advocacy cannot help with privately paid healthcare or self-funded care (domain.md R7, R15, F11),
    // nor with council social care, nor with armed forces care, which the Ministry of Defence provides.
    // A Welsh resident gets Llais (also an advocacy body) instead of an English council's service (F8).
    for (const { answers, plan } of endings.filter((e) => e.answers.nation === 'england')) {
      const help = plan.steps.filter((s) => s.kind === 'help').flatMap((s) => [s.body!, ...s.alternatives]);
      expect(help.some((b) => b.role === 'advocacy'), JSON.stringify(answers)).toBe(isNhsCare(answers));
      expect(help.some((b) => b.role === 'patient-voice'), JSON.stringify(answers)).toBe(true);
    }
  });

  it('puts safety first whenever abuse or neglect is mentioned, and only then', () => {
    for (const { answers, plan } of endings) {
      const abuse = (answers.concern ?? []).includes('abuse-or-neglect');
      expect(plan.steps[0]?.kind === 'urgent', JSON.stringify(answers)).toBe(abuse);
      if (abuse) expect(plan.steps[0]?.body?.id).toBe('emergency-999');
    }
  });

  it('offers free help in every plan of every nation', () => {
    const without = endings.filter(({ plan }) => !plan.steps.some((st) => st.kind === 'help' && st.body));
    expect(without.map(({ answers }) => `${answers.nation} ${answers.service} ${answers.funding ?? ''} ${answers.stage}`).slice(0, 5)).toEqual([]);
  });

  it('never mentions NHS 111 in a Northern Ireland plan (there is none: GP Out of Hours instead)', () => {
    for (const { answers, plan } of endings.filter((e) => e.answers.nation === 'northern-ireland')) {
      expect(planText(plan), JSON.stringify(answers)).not.toMatch(/\b111\b/);
    }
  });

  it('never sends a concern about a child to an adult safeguarding team first', () => {
    for (const { answers, plan } of endings.filter((e) => e.answers.service === 'children-social-care')) {
      const urgent = plan.steps.filter((st) => st.kind === 'urgent' && st.body?.id !== 'emergency-999');
      for (const st of urgent) expect(st.body?.id, `${st.rule} for ${JSON.stringify(answers)}`).not.toMatch(ADULT_SAFEGUARDING);
      // After 999 there is always someone to tell about the child.
      if ((answers.concern ?? []).includes('abuse-or-neglect')) expect(urgent.length, JSON.stringify(answers)).toBeGreaterThan(0);
    }
  });

  it('calls no scheme or regulator "the ombudsman", and says "the ombudsman will ask" only when there is one', () => {
    for (const { answers, plan } of endings) {
      for (const st of plan.steps) {
        const notOmbudsman = st.body && st.body.role !== 'ombudsman' && (st.kind === 'escalate' || NOT_AN_OMBUDSMAN_ROLES.has(st.body.role));
        if (notOmbudsman) expect(`${st.title}\n${st.text}`, `${st.rule} (${st.body?.id})`).not.toMatch(/\bthe ombudsman\b/i);
      }
      const hasOmbudsman = plan.steps.some((st) => [st.body, ...st.alternatives].some((b) => b?.role === 'ombudsman'));
      if (!hasOmbudsman) expect(planText(plan), JSON.stringify(answers)).not.toMatch(/ombudsman will ask/i);
    }
  });

  it('never gives a discrimination claim the 3-year limit for negligence', () => {
    for (const { answers, plan } of endings) {
      for (const st of plan.steps.filter((x) => /discriminat/i.test(`${x.title} ${x.text}`))) {
        expect(st.deadline?.text ?? '', st.rule).not.toMatch(/3 years/);
      }
      const onlyDiscrimination = (answers.concern ?? []).length === 1 && answers.concern?.[0] === 'discrimination';
      if (onlyDiscrimination) expect(plan.steps.filter((x) => /3 years/.test(x.deadline?.text ?? '')).map((x) => x.rule), JSON.stringify(answers)).toEqual([]);
    }
  });

  it('never pastes a capitalised placeholder name after a lower-case word ("or to The service …")', () => {
    const bad = new Set<string>();
    for (const { plan } of endings) {
      const m = /\b[a-z]+ (?:The|Your) [a-z]\w*/.exec(planText(plan));
      if (m) bad.add(m[0]);
    }
    expect([...bad]).toEqual([]);
  });

  it('gives each deadline as a real date after the event, and warns when it has passed', () => {
    for (const { answers, plan } of endings) {
      for (const s of plan.steps) {
        if (!s.deadline?.by) continue;
        expect(s.deadline.by > (answers.when || answers.responded || '')).toBe(true);
        expect(s.deadline.passed).toBe(s.deadline.by < TODAY);
        if (s.deadline.passed) expect(plan.warnings.some((w) => w.code.startsWith('time-limit-passed'))).toBe(true);
      }
    }
  });

  it('F3: names no ombudsman after a refusal about records or personal data, in any nation', () => {
    const recordsOnly = endings.filter(({ answers: a }) => a.concern?.length === 1 && a.concern[0] === 'records-or-data'
      && a.who !== 'someone-who-died' && a.stage !== 'ombudsman-decided');
    expect(recordsOnly.length).toBeGreaterThan(100);
    for (const { answers, plan } of recordsOnly) {
      const ombudsmen = plan.steps.flatMap((st) => [st.body, ...st.alternatives]).filter((b) => b?.role === 'ombudsman').map((b) => b!.id);
      expect(ombudsmen, JSON.stringify(answers)).toEqual([]);
      expect(plan.steps.some((st) => st.body?.id === 'ico'), JSON.stringify(answers)).toBe(true);
    }
  });

  it('F8: never tells a Welsh resident treated in England that an English council must provide advocacy', () => {
    const welsh = endings.filter((e) => e.answers.nation === 'england' && e.answers.postcode === 'CF10 1AA');
    expect(welsh.length).toBeGreaterThan(100);
    for (const { answers, plan } of welsh) {
      const ids = plan.steps.flatMap((st) => [st.body?.id, ...st.alternatives.map((a) => a.id)]);
      expect(ids.filter((id) => id === 'your-nhs-complaints-advocacy' || /^advocacy-/.test(id ?? '')), JSON.stringify(answers)).toEqual([]);
      expect(planText(plan), JSON.stringify(answers)).not.toMatch(/Your council must make sure this help/);
      if (isNhsCare(answers)) expect(ids, JSON.stringify(answers)).toContain('llais');
    }
  });

  it('F7: never puts an adults\' safeguarding team first when the person at risk is a child, in any service', () => {
    const children = endings.filter(({ answers: a }) => a.child === 'yes');
    expect(children.length).toBeGreaterThan(50);
    for (const { answers, plan } of children) {
      const urgent = plan.steps.filter((st) => st.kind === 'urgent' && st.body?.id !== 'emergency-999');
      expect(urgent.length, JSON.stringify(answers)).toBeGreaterThan(0);
      for (const st of urgent) expect(st.body?.id, `${st.rule} for ${JSON.stringify(answers)}`).not.toMatch(ADULT_SAFEGUARDING);
      expect(plan.steps.some((st) => st.body?.id === 'nspcc'), JSON.stringify(answers)).toBe(true);
    }
  });

  it('F10: routes nothing in Scotland as NHS continuing healthcare, and sends 111 complaints to NHS 24', () => {
    for (const { answers, plan } of endings.filter((e) => e.answers.nation === 'scotland')) {
      expect(answers.service, JSON.stringify(answers)).not.toBe('continuing-healthcare');
      const ids = plan.steps.flatMap((st) => [st.body?.id, ...st.alternatives.map((a) => a.id)]);
      expect(ids, JSON.stringify(answers)).not.toContain('beacon-chc');
      const text = planText(plan).replace(/NHS continuing healthcare ended in Scotland[^\n]*/g, '').replace(/In Scotland, NHS continuing healthcare ended[^\n]*/g, '');
      expect(text, JSON.stringify(answers)).not.toMatch(/continuing healthcare/i);
      if (answers.service === 'nhs-111' && ['not-yet', 'waiting', 'no-response'].includes(answers.stage ?? '')) {
        expect(plan.steps.find((st) => st.kind === 'complain')?.body?.id, JSON.stringify(answers)).toBe('nhs-24');
      }
    }
  });

  it('headline: "Your local Healthwatch can help" is never the first thing to do when a complaint route exists', () => {
    for (const { answers, plan } of endings) {
      const route = plan.steps.some((st) => ['urgent', 'resolve', 'complain', 'escalate'].includes(st.kind));
      if (route) expect(plan.headline?.rule, JSON.stringify(answers)).not.toBe('help-healthwatch');
    }
  });

  it('F1: every armed forces plan names the Service Complaint or the ombudsman that oversees it, never Healthwatch first', () => {
    for (const { answers, plan } of endings.filter((e) => e.answers.service === 'armed-forces')) {
      const ids = plan.steps.map((st) => st.body?.id);
      expect(ids.includes('your-single-service-secretariat') || ids.includes('scoaf'), JSON.stringify(answers)).toBe(true);
      if (answers.stage !== 'ombudsman-decided') expect(plan.headline?.rule, JSON.stringify(answers)).not.toMatch(/^help-/);
      expect(plan.summary, JSON.stringify(answers)).not.toMatch(/Service Complaints Ombudsman[^.]*look at its decision again/);
      // Llais and the Patient and Client Council deal with NHS and HSC care, not the Ministry of Defence's.
      expect(plan.steps.filter((st) => st.kind === 'help').map((st) => st.body?.id), JSON.stringify(answers)).not.toEqual(expect.arrayContaining(['llais']));
      expect(plan.steps.filter((st) => st.kind === 'help').map((st) => st.body?.id), JSON.stringify(answers)).not.toContain('patient-client-council');
    }
  });

  it('F2: never sends a Northern Ireland GP, dental, pharmacy or optician complaint to the HSC trust', () => {
    for (const { answers, plan } of endings.filter((e) => e.answers.nation === 'northern-ireland' && ['gp', 'dentist', 'pharmacy', 'optician'].includes(e.answers.service ?? ''))) {
      const complain = plan.steps.filter((st) => st.kind === 'complain');
      for (const st of complain) expect([st.body?.id, ...st.alternatives.map((a) => a.id)], JSON.stringify(answers)).not.toContain('your-hsc-trust');
      if (complain.length > 0 && answers.funding !== 'self') expect(complain[0]!.alternatives.map((a) => a.id), JSON.stringify(answers)).toContain('sppg');
    }
  });

  it('F5: a death in custody in England or Wales names the Prisons and Probation Ombudsman and a mandatory inquest, not the medical examiner', () => {
    const deaths = endings.filter(({ answers: a }) => ['england', 'wales'].includes(a.nation ?? '') && a.service === 'prison-healthcare' && a.who === 'someone-who-died');
    expect(deaths.length).toBeGreaterThan(0);
    for (const { answers, plan } of deaths) {
      const ids = plan.steps.map((st) => st.body?.id);
      expect(ids, JSON.stringify(answers)).toContain('ppo');
      expect(ids, JSON.stringify(answers)).not.toContain('medical-examiner');
      expect(planText(plan), JSON.stringify(answers)).toMatch(/must hold an inquest/);
    }
  });

  it('F6: after a devolved ombudsman decides, gives a review and a judicial review step, each with its time limit', () => {
    const decided = endings.filter(({ answers: a }) => a.stage === 'ombudsman-decided' && a.nation !== 'england' && a.service !== 'armed-forces' && a.funding !== 'self');
    expect(decided.length).toBeGreaterThan(50);
    for (const { answers, plan } of decided) {
      const court = plan.steps.find((st) => st.body?.role === 'adjudicator' && /judicial review/.test(st.text));
      expect(court?.deadline, JSON.stringify(answers)).toBeDefined();
      if (answers.responded) expect(court?.deadline?.by, JSON.stringify(answers)).toBeDefined();
    }
  });

  it('F11: never offers NHS complaints advocacy, Llais or the Patient and Client Council for care the person paid for', () => {
    const paid = endings.filter(({ answers: a }) => a.funding === 'self');
    for (const { answers, plan } of paid) {
      const help = plan.steps.filter((st) => st.kind === 'help').flatMap((st) => [st.body!, ...st.alternatives]).map((b) => b.id);
      expect(help.filter((id) => ['your-nhs-complaints-advocacy', 'llais', 'patient-client-council'].includes(id) || /^advocacy-/.test(id)), JSON.stringify(answers)).toEqual([]);
    }
  });

  it('names the local bodies when the postcode gives a council', () => {
    for (const { answers, plan } of endings.filter((e) => e.answers.postcode === 'LS1 4AP' && e.answers.nation === 'england')) {
      expect(plan.area?.code, JSON.stringify(answers)).toBe('E08000035');
      const ids = plan.steps.flatMap((s) => [s.body?.id, ...s.alternatives.map((a) => a.id)]);
      expect(ids).toContain('healthwatch-leeds');
    }
  });
});

describe('multi-choice answers', () => {
  it('a set of concerns gives the union of the steps each concern gives on its own', () => {
    const base: Answers = { nation: 'england', service: 'hospital', stage: 'not-yet', when: '2026-06', who: 'me', outcome: [], postcode: '' };
    const concerns = graph.questionById.get('concern')!.options.map((o) => o.value).filter((c) => c !== 'unsafe-professional');
    const rulesFor = (concern: string[]) => new Set(buildPlan(graph, readSituation(graph, { ...base, concern } as Answers, { today: TODAY })).steps.map((s) => s.rule));
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 200; i++) {
      const set = concerns.filter(() => random() < 0.35);
      if (set.length === 0) continue;
      const union = new Set(set.flatMap((c) => [...rulesFor([c])]));
      expect([...rulesFor(set)].sort(), set.join(',')).toEqual([...union].sort());
    }
  });
});
