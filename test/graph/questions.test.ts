// Per question: every option leads to a valid next node (another question, or a plan), as GOV.UK smart answers test
// their flows. Each question is reached by answering the questions before it with a path that makes it asked.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../server/graph/api-schemas.js';
import { NATIONS } from '../../server/graph/contract.js';
import { nextStep } from '../../server/graph/journey.js';
import { PHRASES } from '../../server/graph/phrases.js';
import { loadGraph, type Graph } from '../../server/data/load.js';
import { readSituation } from '../../server/graph/situation.js';

let graph: Graph;
beforeAll(() => {
  graph = loadGraph(join(process.cwd(), 'data'));
});

/** Answers that make each question asked: the next question the journey asks, or for a refinement the first
 *  one offered beside the plan. */
const REACH: Record<string, Answers> = {
  nation: {},
  service: { nation: 'england' },
  funding: { nation: 'england', service: 'care-home' },
  provider: { nation: 'england', service: 'mental-health' },
  detained: { nation: 'england', service: 'mental-health', provider: '' },
  concern: { nation: 'england', service: 'gp' },
  child: { nation: 'england', service: 'hospital', funding: 'nhs', concern: ['abuse-or-neglect'], provider: '' },
  professional: { nation: 'england', service: 'gp', concern: ['unsafe-professional'] },
  stage: { nation: 'england', service: 'gp', concern: ['care-or-treatment'] },
  responded: { nation: 'england', service: 'gp', concern: ['care-or-treatment'], stage: 'final-response' },
  when: { nation: 'england', service: 'gp', concern: ['care-or-treatment'], stage: 'not-yet' },
  who: { nation: 'england', service: 'gp', concern: ['care-or-treatment'], stage: 'not-yet', when: '' },
  outcome: { nation: 'england', service: 'gp', concern: ['care-or-treatment'], stage: 'not-yet', when: '', who: '' },
  postcode: { nation: 'england', service: 'gp', concern: ['care-or-treatment'], stage: 'not-yet', when: '', outcome: '', who: '' },
  area: { nation: 'england', service: 'gp', concern: ['care-or-treatment'], stage: 'not-yet', when: '', outcome: '', who: '', postcode: 'N4' },
  trust: { nation: 'northern-ireland', service: 'gp', concern: ['care-or-treatment'], stage: 'not-yet', when: '', outcome: '', who: '' },
};
const SAMPLE: Record<string, string[]> = { provider: ['RGD', 'RR8:leeds-general-infirmary'],  when: ['2026-01', '2026-01-15', ''], responded: ['2026-10-01', ''], postcode: ['LS1 4AP', 'LS1', 'CF10 1AA', ''] };
const today = '2026-11-26';

describe('before the first plan', () => {
  it('asks only what can change who to contact first, then offers the rest as refinements beside the plan', () => {
    const response = nextStep(graph, readSituation(graph, REACH.outcome!, { today }));
    expect(response.status).toBe('plan');
    expect(response.status === 'plan' && response.refinements?.map((q) => q.id)).toEqual(['outcome', 'postcode']);
  });

  it('asks who the complaint is for before the plan only when one of its answers changes the plan', () => {
    // Poor care: a death brings the medical examiner and the coroner, so it is asked, and can still be skipped.
    const care = nextStep(graph, readSituation(graph, REACH.who!, { today }));
    expect(care.status === 'question' && care.question).toMatchObject({ id: 'who', optional: true });
    const died = nextStep(graph, readSituation(graph, { ...REACH.who!, who: 'someone-who-died' }, { today }));
    expect(died.status === 'plan' && died.plan.steps.map((step) => step.rule)).toEqual(expect.arrayContaining(['medical-examiner', 'coroner-inquest']));
    // Those steps are marked to go on the first screen; the ombudsman comes after their final answer, without a date.
    expect(died.status === 'plan' && died.plan.steps.filter((step) => step.forWho).map((step) => step.rule).sort()).toEqual(['coroner-inquest', 'legal-claim', 'medical-examiner']);
    const escalate = died.status === 'plan' ? died.plan.steps.find((step) => step.kind === 'escalate') : undefined;
    expect(escalate?.short.text).toBe('If you are still unhappy after their final answer: the Health Service Ombudsman.');
    // The outcome question changes no one to contact, so it always waits beside the plan.
    expect(died.status === 'plan' && died.refinements?.map((q) => q.id)).toEqual(['outcome', 'postcode']);
  });

  it('says a next stage comes after their final answer in English and in Welsh', () => {
    expect(PHRASES.en.afterFinalAnswer('If you are still unhappy: the Health Service Ombudsman')).toBe('If you are still unhappy after their final answer: the Health Service Ombudsman.');
    expect(PHRASES.en.afterFinalAnswer('Ask for an independent review')).toBe('Ask for an independent review, after their final answer.');
    expect(PHRASES.cy.afterFinalAnswer('Os ydych chi’n dal yn anfodlon: Ombwdsmon Gwasanaethau Cyhoeddus Cymru')).toBe('Os ydych chi’n dal yn anfodlon ar ôl yr ateb terfynol: Ombwdsmon Gwasanaethau Cyhoeddus Cymru.');
    expect(PHRASES.cy.afterFinalAnswer('Gofyn am adolygiad annibynnol')).toBe('Gofyn am adolygiad annibynnol, ar ôl yr ateb terfynol.');
  });
});

describe('each question', () => {
  it('is reachable in the journey', () => {
    expect(Object.keys(REACH).sort()).toEqual(graph.questions.map((q) => q.id).sort());
  });

  for (const [id, reach] of Object.entries(REACH)) {
    it(`"${id}": every option leads to another question or to a plan`, () => {
      const first = nextStep(graph, readSituation(graph, reach, { today }));
      const q = first.status === 'question' ? first.question : first.refinements?.[0];
      expect(q?.id).toBe(id);
      if (!q) return;
      const values: unknown[] = q.options.length > 0
        ? q.options.map((o) => (q.kind === 'multiple' ? [o.value] : o.value))
        : (SAMPLE[id] ?? []);
      if (q.optional) values.push('');
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) {
        const next = nextStep(graph, readSituation(graph, { ...reach, [id]: value } as Answers, { today }));
        if (next.status === 'question') {
          expect(next.question.id, `${id}=${JSON.stringify(value)}`).not.toBe(id);
          expect(graph.questionById.has(next.question.id)).toBe(true);
        } else {
          expect(next.plan.steps.length, `${id}=${JSON.stringify(value)}`).toBeGreaterThan(0);
          expect(next.refinements?.map((r) => r.id) ?? [], `${id}=${JSON.stringify(value)}`).not.toContain(id);
        }
      }
    });
  }
});

describe('answers added for issue #9', () => {
  const ask = (answers: Answers) => {
    const r = nextStep(graph, readSituation(graph, answers, { today }));
    return r.status === 'question' ? r.question : null;
  };

  it('asks who paid for hospital care, with NHS, private and not sure (never the council)', () => {
    const q = ask({ nation: 'england', service: 'hospital' });
    expect(q?.id).toBe('funding');
    expect(q?.options.map((o) => o.value)).toEqual(['nhs', 'self', 'not-sure']);
  });

  it('asks which worker in every nation, so each nation names its own regulators', () => {
    for (const nation of NATIONS) {
      expect(ask({ nation, service: 'gp', concern: ['unsafe-professional'] })?.id, nation).toBe('professional');
    }
  });

  it('offers armed forces medical care in every nation, and NHS 111 everywhere but Northern Ireland', () => {
    for (const nation of NATIONS) {
      const values = ask({ nation })?.options.map((o) => o.value) ?? [];
      expect(values, nation).toContain('armed-forces');
      expect(values.includes('nhs-111'), nation).toBe(nation !== 'northern-ireland');
    }
  });

  it('offers "the ombudsman has already decided", then asks when it decided', () => {
    const base: Answers = { nation: 'england', service: 'gp', concern: ['care-or-treatment'] };
    expect(ask(base)?.options.map((o) => o.value)).toContain('ombudsman-decided');
    expect(ask({ ...base, stage: 'ombudsman-decided' })?.id).toBe('responded');
  });
});

