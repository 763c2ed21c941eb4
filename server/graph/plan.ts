// From a situation to a plan: which rules hold, which bodies they name, by when, and why. Pure: the same
// graph and situation always give the same plan.
import type { Body, Plan, ShortContact, Step } from './api-schemas.js';
import { STEP_KINDS, type Language, type Nation, type QuestionId, type StepKind } from './contract.js';
import { addMonths, addWeeks, addWorkingDays, dateInWords, fromAnswerDate, isInForce } from './dates.js';
import type { Graph } from './graph.js';
import { ruleMatch, type Facts } from './match.js';
import { PHRASES, type Phrases } from './phrases.js';
import type { BodyRecord, Condition, ProviderRecord, RuleRecord } from './schemas.js';
import { answerLabels, isAsked, type Situation } from './situation.js';
import type { LocalBodies, TrustArea } from './directory.js';
import { hasContact } from './directory.js';
import { hasPrimarySource, publicSources } from './sources.js';
import { providerBody as directoryBody } from './providers.js';

// Records never change once loaded, so each one's public view is made once and shared by every plan.
const bodyViews = new WeakMap<BodyRecord, Body>();
export function toBody(r: BodyRecord): Body {
  let body = bodyViews.get(r);
  if (!body) {
    // Dates, nations and the curator's note are not for the public; secondary sources are not shown, and a
    // record that has no other support is not verified.
    const { nations: _n, validFrom: _f, validTo: _t, curatorNote: _c, sources, verified, ...view } = r;
    body = { ...view, verified: verified && hasPrimarySource(sources), sources: publicSources(sources) };
    bodyViews.set(r, body);
  }
  return body;
}

interface Assumed { facts: Facts; assumed: Map<QuestionId, string>; unknowns: Plan['unknowns'] }

/** Fills unanswered questions with their stated assumption, in question order (an assumed England
 *  makes the postcode askable), and lists every question still open. */
function withAssumptions(graph: Graph, s: Situation): Assumed {
  const facts: Record<string, readonly string[]> = { ...s.facts };
  const assumed = new Map<QuestionId, string>();
  const unknowns: Plan['unknowns'] = [];
  for (const q of graph.questions) {
    if (s.answers[q.id] !== undefined || facts[q.id] || !isAsked(q, facts)) continue;
    if (q.assume !== undefined) {
      facts[q.id] = [q.assume];
      assumed.set(q.id, q.assume);
      unknowns.push({ question: q.id, text: q.whyItMatters, assumed: answerLabels(q, [q.assume])[0] });
    } else {
      unknowns.push({ question: q.id, text: q.whyItMatters });
    }
  }
  return { facts, assumed, unknowns };
}

const KIND_ORDER = new Map<StepKind, number>(STEP_KINDS.map((k, i) => [k, i]));

export function buildPlan(graph: Graph, s: Situation): Plan {
  const { facts, assumed, unknowns } = withAssumptions(graph, s);
  const nation = facts.nation?.[0] ?? 'england';
  const trust = nation === 'northern-ireland' ? (facts.trust?.[0] as TrustArea | undefined) : undefined;
  const district = s.postcode?.kind === 'found' ? s.postcode.district : undefined;
  const local = s.area ? graph.areas.bodiesFor(s.area.code, s.today, district) : trust ? graph.areas.trustBodies(trust, s.today) : null;
  const steps: Step[] = [];
  const warnings: Plan['warnings'] = [];
  let firstComplaint = true;

  for (const rule of graph.rules) {
    if (!isInForce(s.today, rule)) continue;
    const matched = ruleMatch(rule, facts);
    if (!matched) continue;
    if (rule.step === 'warning') {
      warnings.push({ code: rule.id, text: rule.text });
      continue;
    }
    const resolved = resolveRefs(graph, s, local, nation, rule, rule.step === 'complain' && firstComplaint);
    if (!resolved) continue;
    if (rule.step === 'complain') firstComplaint = false;
    const step: Omit<Step, 'short'> & Partial<Pick<Step, 'short'>> = {
      kind: rule.step,
      rule: rule.id,
      title: rule.title,
      text: stageText(graph, rule, facts),
      body: resolved.body,
      alternatives: resolved.alternatives,
      why: whyText(graph, rule, matched, facts, assumed),
      sources: publicSources(rule.sources),
    };
    // Someone who has already complained needs no "complain by" date: the process text says when the
    // ombudsman may look without a final answer.
    const complained = rule.step === 'complain' && ['waiting', 'no-response'].includes(facts.stage?.[0] ?? '');
    const deadline = rule.deadline && !complained ? deadlineFor(graph, rule.deadline, s) : undefined;
    if (deadline) {
      step.deadline = deadline.deadline;
      if (deadline.warning && !warnings.some((w) => w.code === deadline.warning?.code)) warnings.push(deadline.warning);
    }
    const process = rule.process ? graph.processes.get(rule.process) : undefined;
    if (process && rule.step === 'complain') step.expect = process.expect;
    step.short = shortForm(step, graph);
    // Only an answer given (not "not known") can bring a step for who it is for.
    if (matched.who && !matched.who.includes('unknown')) step.forWho = true;
    steps.push(step as Step);
  }
  steps.sort((a, b) => (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0));
  // Before the final answer (unless it is long overdue), the next stage comes after it: its own time limit stays with the full step, so the
  // complain-by date is the only date in the brief.
  if (steps.some((step) => step.kind === 'complain') && facts.stage?.[0] !== 'no-response') {
    const say = PHRASES[graph.language];
    for (const step of steps) if (step.kind === 'escalate') step.short = { ...step.short, text: say.afterFinalAnswer(step.title.replace(/[.:]+$/, '')) };
  }
  warnings.push(...postcodeWarnings(s, nation, PHRASES[graph.language]), ...(local?.icbNote && steps.some(usesIcb(local)) ? [{ code: 'icb-depends-on-gp', text: local.icbNote }] : []));

  return { summary: summarise(steps, facts, graph.language), headline: headline(steps), steps, warnings, unknowns, area: s.area, dataVersion: graph.version, today: s.today };
}

/** The step in one sentence (its title, and the date to act by) and the one contact most likely to help:
 *  a phone call, else the online complaint form, else email, else the website (a finder, for a placeholder). */
function shortForm(step: Omit<Step, 'short'>, graph: Graph): Step['short'] {
  const say = PHRASES[graph.language];
  const title = step.title.replace(/[.:]+$/, '');
  const by = step.deadline?.by && !step.deadline.passed ? say.by(dateInWords(step.deadline.by, graph.language)) : '';
  return { text: `${title}${by}.`, ...(step.body && { contact: shortContact(step.body, step.kind === 'help' ? say.helpOnline : say.complainOnline, say) }) };
}

function shortContact(b: Body, online: string, say: Phrases): ShortContact | undefined {
  // The embedding organisation's own details come from its own website, so they are not queried as unconfirmed.
  const verified = b.verified || b.id === 'provider';
  // A placeholder's phone, if it has one, belongs to someone else (a national line that finds the local one):
  // its finder link, which says what it is, is the honest first contact.
  const finder = b.generic && b.website ? { body: b.name, kind: 'website' as const, value: b.website, label: b.websiteLabel ?? say.website(b.name), verified } : undefined;
  if (finder) return finder;
  // A merged board's inherited details always say whose they are.
  const from = b.contactFrom ? say.fromMerged(b.contactFrom.name) : '';
  if (b.phone) return { body: b.name, kind: 'phone', value: b.phone, label: b.askFor ? say.callAskingFor(b.phone, b.askFor) : `${say.call(b.phone)}${from}`, verified };
  // A named NHS organisation's own team is best reached by email before a general online form.
  const email = b.email ? { body: b.name, kind: 'email' as const, value: b.email, label: `${say.email(b.email)}${from}`, verified } : undefined;
  if (email && b.role === 'provider') return email;
  if (b.complaintPage) return { body: b.name, kind: 'online', value: b.complaintPage, label: `${online}${from}`, verified };
  if (email) return email;
  if (b.website) return { body: b.name, kind: 'website', value: b.website, label: `${b.websiteLabel ?? say.website(b.name)}${from}`, verified };
  return undefined;
}

/** The one thing to do first: keep people safe, else make (or follow up) the complaint, else the next stage. */
function headline(steps: Step[]): Plan['headline'] {
  const first = (['urgent', 'complain', 'escalate', 'resolve', 'help'] as const)
    .map((kind) => steps.find((s) => s.kind === kind)).find(Boolean);
  return first && { text: first.short.text, rule: first.rule };
}

const usesIcb = (local: LocalBodies) => (step: Step) =>
  [step.body, ...step.alternatives].some((b) => b && local.icbs.some((i) => i.id === b.id));

/** Outside England, what a local placeholder falls back to in each nation: the generic health board (or trust)
 *  with its finder, and the national independent help. */
const NATIONAL_STAND_INS: Record<'$health-board' | '$local-help', Partial<Record<string, string>>> = {
  '$health-board': { wales: 'your-health-board-wales', scotland: 'your-nhs-board-scotland', 'northern-ireland': 'your-hsc-trust' },
  '$local-help': { wales: 'llais', scotland: 'pass' },
};

/** The bodies an area lookup lists: the local ones, and outside England the national independent help where no
 *  local office is recorded (PASS's national line in Scotland). */
export function areaBodies(graph: Graph, local: LocalBodies, nation: string, today: string): Body[] {
  const help = local.localHelp ?? [NATIONAL_STAND_INS['$local-help'][nation]].flatMap((id) => {
    const r = id ? graph.bodies.get(id) : undefined;
    return r && isInForce(today, r) ? [toBody(r)] : [];
  })[0];
  return [local.council, local.safeguarding, local.children, ...local.icbs, local.healthwatch, local.advocacy, local.healthBoard, help]
    .filter((b): b is Body => Boolean(b));
}

/** Resolves a rule's body and alternatives. A rule whose main body is not in force or not serving this
 *  nation yields no step, so a scheduled change never shows a body that no longer exists. */
function resolveRefs(graph: Graph, s: Situation, local: LocalBodies | null, nation: string, rule: RuleRecord, firstComplaint: boolean) {
  const national = (id: string): Body[] => {
    const r = graph.bodies.get(id);
    return r && isInForce(s.today, r) && r.nations.includes(nation as never) ? [toBody(r)] : [];
  };
  // A local body we cannot fully vouch for is shown with the national route beside it.
  const withFallback = (found: readonly Body[], genericId: string): Body[] => {
    const [first] = found;
    if (!first) return national(genericId);
    return hasContact(first) && first.verified ? [...found] : [...found, ...national(genericId)];
  };
  const resolve = (ref: string): Body[] => {
    switch (ref) {
      case '$provider': {
        const placeholder = providerBody(graph, s, nation);
        return s.provider ? namedProvider(graph, s.provider, rule.step === 'resolve' ? 'pals' : 'complaints', placeholder[0]) : placeholder;
      }
      case '$icb': return withFallback(local?.icbs ?? [], 'your-icb');
      case '$council': return withFallback(local?.council ? [local.council] : [], 'your-council');
      case '$safeguarding': return withFallback(local?.safeguarding ? [local.safeguarding] : [], 'your-council-safeguarding');
      case '$children': return withFallback(local?.children ? [local.children] : [], 'your-council-children');
      case '$healthwatch': return withFallback(local?.healthwatch ? [local.healthwatch] : [], 'your-local-healthwatch');
      case '$advocacy': return withFallback(local?.advocacy ? [local.advocacy] : [], 'your-nhs-complaints-advocacy');
      case '$health-board': return withFallback(local?.healthBoard ? [local.healthBoard] : [], NATIONAL_STAND_INS['$health-board'][nation] ?? '');
      case '$local-help': return withFallback(local?.localHelp ? [local.localHelp] : [], NATIONAL_STAND_INS['$local-help'][nation] ?? '');
      default: return national(ref);
    }
  };
  const found = rule.body ? resolve(rule.body) : [];
  const first = found[0];
  // The organisation the person named takes the first complaint, in place of a placeholder ("your health board").
  const named = firstComplaint && s.provider && first?.role === 'provider' && first.id !== s.provider.id;
  const [body, ...extra] = named && s.provider ? [...namedProvider(graph, s.provider, 'complaints', first), ...found.slice(1)] : found;
  if (!body) return null;
  const alternatives = [...extra, ...rule.alternatives.flatMap(resolve)].filter((b, i, all) => b.id !== body.id && all.findIndex((x) => x.id === b.id) === i);
  return { body, alternatives };
}

/** The organisation the person named, for PALS or for a complaint. Where its record has no way to reach it yet,
 *  the placeholder's national route stays beside it. */
function namedProvider(graph: Graph, org: ProviderRecord, purpose: 'pals' | 'complaints', placeholder?: Body): Body[] {
  const body = directoryBody(org, purpose, graph.language);
  return hasContact(body) || !placeholder ? [body] : [body, placeholder];
}

/** The embedding organisation names itself as the provider, but only for the service it gives. */
function providerBody(graph: Graph, s: Situation, nation: string): Body[] {
  const service = s.facts.service?.[0];
  const p = s.context.provider;
  if (p && (!p.service || p.service === service)) {
    return [{
      id: 'provider', name: p.name, role: 'provider', description: PHRASES[graph.language].providerDescription,
      ...(p.phone && { phone: p.phone }), ...(p.email && { email: p.email }), ...(p.website && { website: p.website }),
      generic: false, verified: false, checked: s.today, sources: [],
    }];
  }
  // The placeholder for the service ("your GP practice"), or the nation-neutral one where its finder is England's.
  const option = graph.questionById.get('service')?.options.find((o) => o.value === (service ?? 'other'));
  const r = [option?.provider, `your-service-${nation}`, 'your-service'].map((id) => (id ? graph.bodies.get(id) : undefined))
    .find((b) => b && isInForce(s.today, b) && b.nations.includes(nation as never));
  return r ? [toBody(r)] : [];
}

function stageText(graph: Graph, rule: RuleRecord, facts: Facts): string {
  const process = rule.process ? graph.processes.get(rule.process) : undefined;
  if (!process || rule.step !== 'complain') return rule.text;
  const stage = facts.stage?.[0];
  const extra = stage === 'waiting' ? process.waiting : stage === 'no-response' ? process.noResponse : undefined;
  return extra ? `${rule.text}\n\n${extra}` : rule.text;
}

function whyText(graph: Graph, rule: RuleRecord, matched: Condition, facts: Facts, assumed: Map<QuestionId, string>): string {
  const told: string[] = [];
  const guessed: string[] = [];
  for (const key of Object.keys(matched) as QuestionId[]) {
    const q = graph.questionById.get(key);
    const values = facts[key];
    if (!q || !values || values.length === 0) continue;
    const wanted = matched[key] ?? [];
    const relevant = q.kind === 'multiple' ? values.filter((v) => wanted.includes(v)) : values;
    const phrase = `${q.short.toLowerCase()}: ${answerLabels(q, relevant).join(', ')}`;
    (assumed.has(key) ? guessed : told).push(phrase);
  }
  const say = PHRASES[graph.language];
  const parts = [rule.reason];
  if (told.length > 0) parts.push(say.youToldUs(told.join('; ')));
  if (guessed.length > 0) parts.push(say.weAssumed(guessed.join('; ')));
  return parts.join(' ');
}

function deadlineFor(graph: Graph, id: string, s: Situation) {
  const d = graph.deadlines.get(id);
  if (!d) return undefined;
  const start = s.answers[d.from];
  if (!start) return { deadline: { text: d.textUnknown, passed: false } };
  const from = fromAnswerDate(start);
  const by = d.workingDays && d.calendar ? addWorkingDays(from, d.workingDays, graph.bankHolidays.get(d.calendar) ?? new Set())
    : d.weeks ? addWeeks(from, d.weeks)
      : addMonths(from, d.months ?? 0);
  const passed = by < s.today;
  return {
    deadline: { by, text: d.text.replaceAll('{date}', dateInWords(by, graph.language)), passed },
    warning: passed ? { code: `time-limit-passed-${d.id}`, text: d.textPassed } : undefined,
  };
}

function postcodeWarnings(s: Situation, nation: string, say: Phrases): Plan['warnings'] {
  const p = s.postcode;
  if (!p) return [];
  if (p.kind === 'not-found') return [{ code: 'postcode-not-found', text: say.postcodeNotFoundPlan(p.query) }];
  if (p.kind !== 'found') return [];
  const care = nation as Nation;
  if (p.nation !== nation) {
    return [{ code: 'postcode-nation-mismatch', text: say.postcodeMismatch(say.inNation[p.nation], say.inNation[care] ?? nation, say.nation[care] ?? nation) }];
  }
  if (p.otherNations && p.otherNations.length > 0 && p.precision === 'outcode') {
    // "in Wales and in Scotland" reads as well as "in Wales and Scotland", and needs no grammar per language.
    const others = p.otherNations.map((o) => say.inNation[o.nation]).join(say.and);
    return [{ code: 'postcode-crosses-border', text: say.postcodeCrossesBorder(p.query, others) }];
  }
  return [];
}

/** A national body whose name is a title takes "the" inside a sentence: "the Care Inspectorate", "the Patient and
 *  Client Council". Names of places and brands do not: "Llais", "Healthwatch Leeds", "Healthcare Improvement Scotland". */
const TITLE_WORD = /\b(Council|Service|Services|Ombudsman|Commission|Office|Authority|Inspectorate|Tribunal|Society|helpline)\b/;
const NAMED_WITHOUT_ARTICLE = new Set<Body['role']>(['provider', 'council', 'commissioner', 'patient-voice']);

/** A body's name as it reads inside a sentence: "your GP practice", "the service you are complaining about",
 *  "the Care Inspectorate". */
export function nameInSentence(b: Body): string {
  if (/^(Your|The) /.test(b.name)) return b.generic ? b.name.replace(/^(Your|The) /, (w) => w.toLowerCase()) : b.name.replace(/^The /, 'the ');
  const titled = !b.generic && !b.name.includes(':') && !NAMED_WITHOUT_ARTICLE.has(b.role) && TITLE_WORD.test(b.name);
  return titled ? `the ${b.name}` : b.name;
}

/** One or two plain sentences: who first, and what comes after. */
function summarise(steps: Step[], facts: Facts, language: Language): string {
  const first = (kind: StepKind) => steps.find((st) => st.kind === kind);
  // Welsh sentences name a body after a colon, as it is written: no article to add, no mutation to make.
  const name = language === 'en' ? nameInSentence : (b: Body) => b.name;
  const say = PHRASES[language].summary;
  const urgent = first('urgent');
  const complain = first('complain');
  const escalate = first('escalate');
  const help = first('help');
  const parts: string[] = [];
  if (urgent) parts.push(say.safeFirst);
  if (complain?.body) {
    const alt = complain.alternatives[0];
    const or = alt && complain.body.role === 'provider' ? name(alt) : undefined;
    parts.push(facts.stage?.[0] === 'not-yet' ? say.startWith(name(complain.body), or) : say.isWith(name(complain.body)));
  }
  if (escalate?.body && facts.stage?.[0] === 'ombudsman-decided') {
    parts.push(say.reviewOnly(name(escalate.body)));
  } else if (escalate?.body) {
    parts.push(complain ? say.nextIfUnhappy(name(escalate.body)) : say.nextStep(name(escalate.body)));
  }
  if (help?.body) parts.push(say.freeHelp(name(help.body)));
  return parts.join(' ');
}
