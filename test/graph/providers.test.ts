// Plans with a named hospital or NHS organisation (the `provider` answer): the organisation takes the first complaint,
// its own PALS or complaints team is the first contact, and without one today's route stays. Real situations in each
// nation, written from what a person should be told, not copied from the engine.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers, Plan } from '../../server/graph/api-schemas.js';
import { loadGraph } from '../../server/data/load.js';
import { buildPlan } from '../../server/graph/plan.js';
import { AnswerError, readSituation } from '../../server/graph/situation.js';

const graph = loadGraph(join(process.cwd(), 'data'));
const TODAY = '2026-11-26';
const plan = (answers: Answers): Plan => buildPlan(graph, readSituation(graph, answers, { today: TODAY }));
const step = (p: Plan, kind: string) => p.steps.find((s) => s.kind === kind);

/** A daughter whose father died after care at St James's in Leeds, two months ago. */
const LEEDS_DAUGHTER: Answers = {
  nation: 'england', service: 'hospital', funding: 'nhs', concern: ['care-or-treatment', 'communication'], stage: 'not-yet',
  when: '2026-09', who: 'someone-who-died',
};

describe('a named hospital in England', () => {
  it('without a name: the first contact is still a finder link (today\'s route)', () => {
    const complain = step(plan(LEEDS_DAUGHTER), 'complain');
    expect(complain?.body?.id).toBe('your-hospital');
    expect(complain?.short.contact?.label).toMatch(/^Find/);
  });

  it('Leeds, bereaved daughter: complain to Leeds Teaching Hospitals by its own email, with PALS by phone first', () => {
    const p = plan({ ...LEEDS_DAUGHTER, provider: 'RR8:st-jamess-university-hospital' });
    const complain = step(p, 'complain');
    expect(complain?.body).toMatchObject({ id: 'RR8', name: 'Leeds Teaching Hospitals NHS Trust', generic: false, verified: true });
    expect(complain?.short.contact).toMatchObject({ kind: 'email', value: 'Patientexperience.leedsth@nhs.net', verified: true });
    expect(complain?.alternatives.map((b) => b.id)).toEqual(['your-icb']);
    const pals = step(p, 'resolve');
    expect(pals?.body?.id).toBe('RR8');
    expect(pals?.short.contact).toMatchObject({ kind: 'phone', value: '0113 206 6261', label: 'Call 0113 206 6261', verified: true });
    expect(p.summary).toMatch(/^Start by complaining to Leeds Teaching Hospitals NHS Trust/);
    expect(p.headline?.rule).toBe(complain?.rule);
  });

  it('a trust whose PALS is not yet read: the switchboard, said to be one, with whom to ask for, not verified', () => {
    const p = plan({ nation: 'england', service: 'ambulance', concern: ['care-or-treatment'], stage: 'not-yet', provider: 'RX8' });
    const complain = step(p, 'complain');
    expect(complain?.body?.name).toBe('Yorkshire Ambulance Service NHS Trust');
    expect(complain?.short.contact).toMatchObject({ kind: 'phone', value: '0333 130 0550', label: 'Call 0333 130 0550 and ask for the complaints team', verified: false });
  });

  it('a trust with no contact at all yet: named, with the finder kept beside it', () => {
    const complain = step(plan({ ...LEEDS_DAUGHTER, provider: 'R1K' }), 'complain');
    expect(complain?.body?.id).toBe('R1K');
    expect(complain?.alternatives.map((b) => b.id)).toContain('your-hospital');
  });

  it('a GP is not in the directory: the question is not asked and today\'s route stays', () => {
    const answers: Answers = { nation: 'wales', service: 'gp', concern: ['care-or-treatment'], stage: 'not-yet' };
    expect(graph.questionById.get('provider')?.askWhen?.service).not.toContain('gp');
    // An answer to a question not asked does not steer the plan.
    expect(plan({ ...answers, provider: 'cardiff-and-vale' })).toEqual(plan(answers));
  });
});

describe('a named health board or trust in Wales, Scotland and Northern Ireland', () => {
  it('Wales: Morriston Hospital goes to Swansea Bay\'s concerns team by phone', () => {
    const complain = step(plan({ nation: 'wales', service: 'hospital', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet', provider: 'swansea-bay:morriston-hospital' }), 'complain');
    expect(complain?.body?.id).toBe('swansea-bay');
    expect(complain?.short.contact).toMatchObject({ kind: 'phone', value: '01639 683363', verified: true });
    expect(complain?.alternatives).toEqual([]);
  });

  it('Wales: a board whose concerns team is not yet read is named, with the national route beside it', () => {
    const complain = step(plan({ nation: 'wales', service: 'hospital', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet', provider: 'aneurin-bevan:royal-gwent-hospital' }), 'complain');
    expect(complain?.body?.name).toBe('Aneurin Bevan University Health Board');
    expect(complain?.alternatives.map((b) => b.id)).toContain('your-health-board-wales');
  });

  it('Scotland: the Queen Elizabeth goes to NHS Greater Glasgow and Clyde\'s complaints page', () => {
    const complain = step(plan({ nation: 'scotland', service: 'hospital', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet', provider: 'nhs-greater-glasgow-and-clyde:queen-elizabeth-university-hospital' }), 'complain');
    expect(complain?.body?.id).toBe('nhs-greater-glasgow-and-clyde');
    expect(complain?.short.contact).toMatchObject({ kind: 'online', value: 'https://www.nhsggc.scot/contact-us/complaints/', verified: true });
  });

  it('Northern Ireland: the Royal Victoria goes to the Belfast Trust\'s complaints page', () => {
    const complain = step(plan({ nation: 'northern-ireland', service: 'hospital', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet', provider: 'belfast-trust:royal-victoria-hospital' }), 'complain');
    expect(complain?.body?.id).toBe('belfast-trust');
    expect(complain?.short.contact?.value).toMatch(/^https:\/\/belfasttrust\.hscni\.net\//);
  });
});

describe('a provider answer that does not fit', () => {
  const refused = (answers: Answers) => {
    try {
      readSituation(graph, answers, { today: TODAY });
    } catch (err) {
      if (err instanceof AnswerError) return { code: err.code, question: err.question };
      throw err;
    }
    return null;
  };

  it('refuses an id that is not in the directory', () => {
    expect(refused({ nation: 'england', service: 'hospital', provider: 'RZZ' })).toEqual({ code: 'unknown_provider', question: 'provider' });
    expect(refused({ nation: 'england', service: 'hospital', provider: 'RR8:no-such-site' })).toEqual({ code: 'unknown_provider', question: 'provider' });
  });

  it('refuses an organisation in another nation than the care', () => {
    expect(refused({ nation: 'scotland', service: 'hospital', provider: 'RR8' })).toEqual({ code: 'provider_not_in_nation', question: 'provider' });
  });
});
