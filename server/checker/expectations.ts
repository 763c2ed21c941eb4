// What a complaints page should name, for one service in one place: asked of the routing engine itself (the plan a
// person would get), so the checker never holds a second copy of who deals with what.
import type { Body, Step } from '../graph/api-schemas.js';
import type { Nation } from '../graph/contract.js';
import type { Graph } from '../graph/graph.js';
import { buildPlan, toBody } from '../graph/plan.js';
import type { Source } from '../graph/schemas.js';
import { readSituation } from '../graph/situation.js';
import type { CheckContext } from './schemas.js';

/** Enough of a body to recognise it on a page. */
export type Named = Pick<Body, 'id' | 'name' | 'phone' | 'email' | 'website' | 'verified'>;

export interface Expectations {
  nation: Nation;
  /** The time limit for complaining to the provider, in months, and where it comes from. */
  timeLimit?: { months: number; sources: Source[] };
  /** Who may take the complaint instead of the provider (the ICB, or the council for care it arranged). */
  alternatives: Body[];
  alternativeSources: Source[];
  /** Wales: the concern may go to the health board instead of the service. */
  healthBoardAlternative: boolean;
  /** The ombudsman (or scheme) at the end, and the ones that would be wrong for this service. */
  ombudsmen: Body[];
  wrongOmbudsmen: Body[];
  ombudsmanSources: Source[];
  /** Free help: independent complaints advocacy (named locally when the postcode is known). */
  advocacy?: Body;
  /** Local Healthwatch (England). */
  healthwatch?: Body;
  /** The local bodies of the same kind for other areas (or past contracts), to spot a page that names the wrong one. */
  otherAdvocacy: Named[];
  otherHealthwatch: Named[];
  otherIcbs: Named[];
}

const stepsOf = (steps: Step[], kind: Step['kind']) => steps.filter((s) => s.kind === kind);
const bodiesOf = (step: Step) => [step.body, ...step.alternatives].filter((b): b is Body => Boolean(b));
const unique = (bodies: Body[]) => bodies.filter((b, i) => bodies.findIndex((x) => x.id === b.id) === i);

export function expectationsFor(graph: Graph, context: CheckContext, today: string): Expectations {
  const nation = context.nation ?? 'england';
  const answers = {
    nation, service: context.service, stage: 'not-yet' as const,
    ...(context.funding && { funding: context.funding }),
    ...(context.postcode && { postcode: context.postcode }),
  };
  const situation = readSituation(graph, answers, { today });
  const plan = buildPlan(graph, situation);

  const complain = stepsOf(plan.steps, 'complain')[0];
  const rule = complain && graph.rules.find((r) => r.id === complain.rule);
  const deadline = rule?.deadline ? graph.deadlines.get(rule.deadline) : undefined;
  const alternatives = complain?.alternatives.filter((b) => b.role === 'commissioner' || b.role === 'council') ?? [];

  const healthBoard = nation === 'wales' && Boolean(complain && bodiesOf(complain).some((b) => b.id.includes('health-board')));

  const escalate = stepsOf(plan.steps, 'escalate');
  const ombudsmen = unique(escalate.flatMap(bodiesOf).filter((b) => b.role === 'ombudsman' || b.role === 'adjudicator'));
  // Any other ombudsman is wrong here, another nation's too (a page copied from over the border).
  const wrongOmbudsmen = [...graph.bodies.values()]
    .filter((b) => b.role === 'ombudsman' && !ombudsmen.some((o) => o.id === b.id))
    .map(toBody);

  const help = stepsOf(plan.steps, 'help').flatMap(bodiesOf);
  const advocacy = help.find((b) => b.role === 'advocacy');
  const healthwatch = help.find((b) => b.role === 'patient-voice');
  const local = situation.area ? graph.areas.bodiesFor(situation.area.code, today) : null;
  // Every record that is not the one in force here: another area's, or one whose contract has ended.
  const others = (records: readonly Named[], current: readonly Named[]): Named[] =>
    records.filter((r) => !current.some((c) => c.id === r.id || c.name === r.name));

  return {
    nation,
    ...(deadline?.months && complain && { timeLimit: { months: deadline.months, sources: deadline.sources } }),
    alternatives,
    alternativeSources: complain && (alternatives.length > 0 || healthBoard) ? complain.sources : [],
    healthBoardAlternative: healthBoard,
    ombudsmen,
    wrongOmbudsmen,
    ombudsmanSources: escalate.flatMap((s) => s.sources),
    ...(advocacy && { advocacy }),
    ...(healthwatch && { healthwatch }),
    otherAdvocacy: local ? others(graph.areas.advocacy, local.advocacy ? [local.advocacy] : []) : [],
    otherHealthwatch: local ? others(graph.areas.healthwatch, local.healthwatch ? [local.healthwatch] : []) : [],
    otherIcbs: local ? others(graph.areas.icbRecords.map((r) => ({ ...r, id: `icb-${r.code}` })), local.icbs) : [],
  };
}
