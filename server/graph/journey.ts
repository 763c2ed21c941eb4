// One step of the guided journey: the next question still needed, or the plan when none is.
import type { JourneyResponse, Plan, QuestionView } from './api-schemas.js';
import type { Graph } from './graph.js';
import { matches } from './match.js';
import type { QuestionId } from './contract.js';
import { PHRASES } from './phrases.js';
import { buildPlan } from './plan.js';
import type { Condition, QuestionRecord } from './schemas.js';
import { AnswerError, isAsked, offeredOptions, readSituation, type Situation } from './situation.js';

export function nextStep(graph: Graph, s: Situation): JourneyResponse {
  // In the journey a mistyped postcode is asked again; the one-call plan carries on with a warning instead.
  if (s.postcode?.kind === 'not-found') {
    throw new AnswerError('postcode_not_found', PHRASES[graph.language].postcodeNotFoundJourney(s.postcode.query), 'postcode');
  }
  const open = graph.questions.filter((q) => s.answers[q.id] === undefined && isAsked(q, s.facts));
  // Only what can change who to contact first is asked before the plan; the rest refines the plan after it.
  let next = open.find((q) => q.phase === 'before-plan');
  if (!next) {
    const plan = buildPlan(graph, s);
    next = open.find((q) => q.phase === 'if-it-changes-the-plan' && changesThePlan(graph, s, q, plan));
    if (!next) {
      const refinements = open.map((q) => questionView(q, s));
      return { status: 'plan', plan, ...(refinements.length > 0 && { refinements }) };
    }
  }
  const answered = graph.questions.filter((q) => s.answers[q.id] !== undefined && isAsked(q, s.facts)).length;
  const remainingAtMost = graph.questions
    .filter((q) => q.phase !== 'refinement' && s.answers[q.id] === undefined && couldBeAsked(q, s, graph)).length;
  return { status: 'question', question: questionView(next, s), progress: { answered, remainingAtMost } };
}

/** The steps a plan holds, by the rule behind each: what a person would do differently. */
const stepRules = (plan: Plan) => plan.steps.map((step) => step.rule).join(' ');

/** Whether any answer on offer to `q` would give a plan with other steps than the plan without it. */
function changesThePlan(graph: Graph, s: Situation, q: QuestionRecord, plan: Plan): boolean {
  const without = stepRules(plan);
  return offeredOptions(q, s.facts).some(({ value }) => {
    const answered = readSituation(graph, { ...s.answers, [q.id]: q.kind === 'multiple' ? [value] : value }, s.context);
    return stepRules(buildPlan(graph, answered)) !== without;
  });
}

/** A question could still be asked if each of its conditions holds or rests on a question not yet answered. */
function couldBeAsked(q: QuestionRecord, s: Situation, graph: Graph): boolean {
  if (!q.askWhen) return true;
  return Object.entries(q.askWhen as Condition).every(([key, wanted]) => {
    const holds = matches({ [key]: wanted }, s.facts);
    if (key === 'area-known') return holds || s.answers.postcode === undefined;
    return holds || (graph.questionById.has(key as QuestionId) && s.answers[key as QuestionId] === undefined);
  });
}

export function questionView(q: QuestionRecord, s: Situation): QuestionView {
  const options = q.kind === 'area' && s.postcode?.kind === 'found'
    ? s.postcode.candidates.map((c) => ({ value: c.code, label: c.name }))
    : offeredOptions(q, s.facts).map(({ value, label, hint, group }) => ({ value, label, ...(hint && { hint }), ...(group && { group }) }));
  return {
    id: q.id, kind: q.kind, text: q.text, ...(q.hint && { hint: q.hint }), prompt: q.prompt,
    whyItMatters: q.whyItMatters, optional: q.optional, options,
  };
}
