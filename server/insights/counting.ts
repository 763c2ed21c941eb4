// What an event adds to the counters. Pure: the caller has already read the answers with the engine
// (readSituation), so only answers the service accepts are counted, and the postcode is used only for its area.
import type { Graph } from '../graph/graph.js';
import { AnswerError, type Situation } from '../graph/situation.js';
import type { FollowUpEvent } from './schemas.js';

export interface CounterIncrement {
  nation: string;
  area: string;
  service: string;
  items: { dimension: string; value: string }[];
}

/** Categorical answers counted for a plan, one counter per concern and per outcome. Nothing else is kept. */
const PLAN_DIMENSIONS = ['funding', 'stage', 'who', 'concern', 'outcome'] as const;

const keyOf = (s: Situation) => ({
  nation: s.facts.nation?.[0] ?? '',
  area: s.area?.code ?? '',
  service: s.facts.service?.[0] ?? '',
});

/** `provider`: the organisation's ODS code, as the embedding site gave it (already checked). */
export function planCounters(s: Situation, provider?: string): CounterIncrement {
  const items: CounterIncrement['items'] = [{ dimension: 'plans', value: '' }];
  for (const dimension of PLAN_DIMENSIONS) for (const value of s.facts[dimension] ?? []) items.push({ dimension, value });
  if (provider) items.push({ dimension: 'provider', value: provider });
  return { ...keyOf(s), items };
}

/** `area`: a council the follow-up link carried (checked by the caller); otherwise the postcode's council. */
export function followUpCounters(s: Situation, event: FollowUpEvent, area?: string): CounterIncrement {
  const items: CounterIncrement['items'] = [{ dimension: 'result', value: event.result }];
  for (const [id, answer] of Object.entries(event.experience)) if (answer) items.push({ dimension: `statement:${id}`, value: answer });
  return { ...keyOf(s), ...(area && { area }), items };
}

/** Which counter and grouping answer each report. */
export const REPORTS = {
  plan: {
    service: { dimension: 'plans', groupBy: 'service' },
    area: { dimension: 'plans', groupBy: 'area' },
    month: { dimension: 'plans', groupBy: 'month' },
    concern: { dimension: 'concern', groupBy: 'value' },
    stage: { dimension: 'stage', groupBy: 'value' },
    funding: { dimension: 'funding', groupBy: 'value' },
    who: { dimension: 'who', groupBy: 'value' },
    outcome: { dimension: 'outcome', groupBy: 'value' },
    provider: { dimension: 'provider', groupBy: 'value' },
  },
  'follow-up': {
    result: { dimension: 'result', groupBy: 'value' },
    statement: { dimension: 'statement', groupBy: 'statement' },
    service: { dimension: 'result', groupBy: 'service' },
    area: { dimension: 'result', groupBy: 'area' },
    month: { dimension: 'result', groupBy: 'month' },
  },
} as const;

/** Refuses answers that contradict each other, so a made-up event cannot count a plan no journey would give:
 *  a nation other than the postcode's (unless its outward code crosses into that nation), or an English council
 *  with another nation. */
export function refuseContradictions(graph: Graph, answers: { nation?: unknown; postcode?: unknown }, area?: string): void {
  const nation = typeof answers.nation === 'string' ? answers.nation : undefined;
  // Looked up here, not taken from the situation: the engine sets aside a postcode the nation's journey never asks.
  const postcode = typeof answers.postcode === 'string' ? graph.areas.lookup(answers.postcode) : undefined;
  if (nation && postcode?.kind === 'found' && postcode.nation !== nation && !postcode.otherNations?.some((n) => n.nation === nation)) {
    throw new AnswerError('contradictory_answers', `The postcode is in ${postcode.nation}, but the nation given is ${nation}. Give answers that agree.`, 'postcode');
  }
  if (area && nation && nation !== 'england') {
    throw new AnswerError('contradictory_answers', `The council area is in England, but the nation given is ${nation}. Give answers that agree.`, 'area');
  }
}
