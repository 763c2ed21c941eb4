// Answers serialised from precomputed fragments must be exactly what JSON.stringify gives, for any situation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../server/data/load.js';
import type { Answers } from '../../server/graph/api-schemas.js';
import { CHOICE_VALUES } from '../../server/graph/contract.js';
import { nextStep } from '../../server/graph/journey.js';
import { buildPlan } from '../../server/graph/plan.js';
import { AnswerError, readSituation } from '../../server/graph/situation.js';
import { answerJson } from '../../server/http/answer-json.js';

const graph = loadGraph(`${process.cwd()}/data`);
const pick = <T extends readonly string[]>(values: T) => fc.option(fc.constantFrom(...values), { nil: undefined });
const answers = fc.record({
  nation: pick(CHOICE_VALUES.nation),
  service: pick(CHOICE_VALUES.service),
  funding: pick(CHOICE_VALUES.funding),
  concern: fc.option(fc.subarray([...CHOICE_VALUES.concern], { minLength: 1 }), { nil: undefined }),
  stage: pick(CHOICE_VALUES.stage),
  when: fc.option(fc.constantFrom('2019-03-01', '2025-11', '2026-06-30'), { nil: undefined }),
  postcode: fc.option(fc.constantFrom('LS1 4AP', 'M1', 'CF10 1EP', 'SW1A 1AA', 'TR1', 'ZZ99 9ZZ'), { nil: undefined }),
}, { requiredKeys: [] });
const provider = fc.option(fc.record({ name: fc.constant('Riverside Surgery'), phone: fc.constant('0113 000 0000'), service: fc.constantFrom('gp', 'hospital') }), { nil: undefined });

describe('answerJson', () => {
  it('gives exactly JSON.stringify\'s text for plans and journey steps, with and without a named provider', () => {
    fc.assert(fc.property(answers, provider, (a, p) => {
      let situation;
      try {
        situation = readSituation(graph, a as Answers, { today: '2026-11-26', ...(p && { provider: p }) });
      } catch (err) {
        if (err instanceof AnswerError) return;
        throw err;
      }
      const plan = { status: 'plan' as const, plan: buildPlan(graph, situation) };
      expect(answerJson(plan).toString()).toBe(JSON.stringify(plan));
      // Twice: the second time from the fragments the first one made.
      expect(answerJson(plan).toString()).toBe(JSON.stringify(plan));
      // The journey refuses a postcode it cannot find (and asks again); the plan carries on with a warning.
      if (situation.postcode?.kind === 'not-found') return;
      const step = nextStep(graph, situation);
      expect(answerJson(step).toString()).toBe(JSON.stringify(step));
    }), { numRuns: 300 });
  });
});
