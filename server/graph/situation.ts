// Turns a request's answers into the facts rules are matched against, checking what the schema alone
// cannot: an option offered for these answers, a date not in the future, a postcode that exists.
import type { Answers, Context } from './api-schemas.js';
import { todayInLondon } from './dates.js';
import type { Graph } from './graph.js';
import { matches, type Facts } from './match.js';
import type { QuestionRecord } from './schemas.js';
import type { PostcodeResult } from './directory.js';

/** A problem with the answers, reported to the caller as a 400 naming the question and what is allowed. */
export class AnswerError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly question?: string,
    readonly allowed?: readonly string[],
  ) {
    super(message);
    this.name = 'AnswerError';
  }
}

export interface Situation {
  answers: Answers;
  context: Context;
  today: string;
  /** Answers as lists (a single answer is a list of one); "" and [] become no value. */
  facts: Facts;
  postcode: PostcodeResult | null;
  /** The council area: chosen by the person, or the only (or dominant) one for the postcode. */
  area: { code: string; name: string } | null;
}

/** An outward code whose largest council has less than this share is ambiguous: we ask which council. */
const AREA_SHARE_NEEDED = 0.95;

export function readSituation(graph: Graph, answers: Answers, context: Context = {}): Situation {
  const today = context.today ?? todayInLondon();
  for (const id of ['when', 'responded'] as const) {
    const d = answers[id];
    if (d && d > today.slice(0, d.length)) {
      throw new AnswerError('date_in_future', `The date for "${id}" is after today (${today}). Give a date in the past, or leave it out.`, id);
    }
  }
  // Answers to questions that are no longer asked (the service changed, say) are kept by the caller
  // for going back, but must not steer the route: only asked questions become facts.
  const facts: Record<string, readonly string[]> = {};
  let postcode: PostcodeResult | null = null;
  for (const q of graph.questions) {
    if (q.id === 'area') facts['area-known'] = [postcodeAreaKnown(postcode)];
    const a = answers[q.id];
    if (a === undefined || a === '' || (Array.isArray(a) && a.length === 0) || !isAsked(q, facts)) continue;
    const values = Array.isArray(a) ? [...new Set(a)] : [a];
    const offered = q.options.length > 0 ? offeredOptions(q, facts).map((o) => o.value) : null;
    const bad = offered && values.find((v) => !offered.includes(v));
    if (bad) throw new AnswerError('value_not_offered', `"${bad}" is not an answer to "${q.id}" for the other answers given.`, q.id, offered);
    facts[q.id] = values;
    if (q.id === 'postcode') postcode = lookupPostcode(graph, values[0] as string);
  }
  const area = chooseArea(graph, facts.area?.[0], postcode, facts.nation?.[0]);
  return { answers, context, today, facts, postcode, area };
}

export const offeredOptions = (q: QuestionRecord, facts: Facts) => q.options.filter((o) => !o.when || matches(o.when, facts));

function lookupPostcode(graph: Graph, raw: string): PostcodeResult {
  const result = graph.areas.lookup(raw);
  if (result.kind === 'invalid') {
    throw new AnswerError('invalid_postcode', 'That is not a UK postcode. Give a full postcode like LS1 4AP, or the first part like LS1.', 'postcode');
  }
  return result;
}

function postcodeAreaKnown(postcode: PostcodeResult | null): 'known' | 'ambiguous' | 'unknown' {
  if (postcode?.kind !== 'found' || !postcode.area) return 'unknown';
  return (postcode.candidates[0]?.share ?? 0) >= AREA_SHARE_NEEDED ? 'known' : 'ambiguous';
}

const NATION_OF_CODE: Record<string, string> = { E: 'england', W: 'wales', S: 'scotland' };

/** The council chosen by the person, else the postcode's council when it is clear enough. A council in another
 *  nation than the care never steers the plan: complaints follow where the care was given. */
function chooseArea(graph: Graph, chosen: string | undefined, postcode: PostcodeResult | null, nation: string | undefined) {
  const inNation = (code: string) => !nation || NATION_OF_CODE[code.charAt(0)] === nation;
  if (chosen) {
    const name = graph.areas.councilName(chosen);
    if (!name) throw new AnswerError('unknown_area', `"${chosen}" is not the code of a council with social services in England, Wales or Scotland.`, 'area');
    return inNation(chosen) ? { code: chosen, name } : null;
  }
  const area = postcodeAreaKnown(postcode) === 'known' && postcode?.kind === 'found' ? postcode.area : null;
  return area && inNation(area.code) ? area : null;
}

/** Whether a question is asked for these facts. */
export const isAsked = (q: QuestionRecord, facts: Facts) => !q.askWhen || matches(q.askWhen, facts);

/** The labels of a question's answers, for "why" texts and summaries. */
export function answerLabels(q: QuestionRecord, values: readonly string[]): string[] {
  return values.map((v) => q.options.find((o) => o.value === v)?.label ?? v);
}
