// The call handler's words: which questions show, the read-aloud wording, the case-notes summary, the shortcuts.
import { describe, expect, it } from 'vitest';
import { readAloud, spokenWebsite } from '../../widget/handler/read-aloud.js';
import { isTextField, shortcutFor } from '../../widget/handler/shortcuts.js';
import { answerInWords, caseSummary, postcodeArea } from '../../widget/handler/summary.js';
import { answersFor, shownQuestions, suggestsHarm } from '../../widget/handler/visibility.js';
import { handlerPlan, handlerQuestions, plan } from './fixtures.js';

const ids = (questions: { id: string }[]) => questions.map((q) => q.id);

describe('shownQuestions: the API askWhen rule and nothing more', () => {
  it('shows questions without a rule, in the API order', () => {
    expect(ids(shownQuestions(handlerQuestions, {}))).toEqual(['nation', 'service', 'concern', 'stage', 'when', 'who']);
  });

  it('shows a question when every key of its rule has one of the listed answers', () => {
    expect(ids(shownQuestions(handlerQuestions, { nation: 'england', service: 'care-home' }))).toEqual(
      ['nation', 'service', 'funding', 'concern', 'stage', 'when', 'who', 'postcode'],
    );
    expect(ids(shownQuestions(handlerQuestions, { nation: 'wales', service: 'gp' }))).not.toContain('funding');
  });

  it('lets a key the handler cannot know (area-known) hold when the plan lists the question as open', () => {
    expect(ids(shownQuestions(handlerQuestions, { nation: 'england' }))).not.toContain('area');
    expect(ids(shownQuestions(handlerQuestions, { nation: 'england' }, new Set(['area'])))).toContain('area');
    expect(ids(shownQuestions(handlerQuestions, { nation: 'wales' }, new Set(['area'])))).not.toContain('area');
  });

  it('sends only the answers to questions on screen', () => {
    const answers = { nation: 'wales', service: 'care-home', funding: 'council', postcode: 'LS1 4AP', who: '' };
    expect(answersFor(shownQuestions(handlerQuestions, answers), answers)).toEqual({ nation: 'wales', service: 'care-home', funding: 'council' });
  });
});

describe('readAloud', () => {
  const [complain, escalate, help] = handlerPlan.steps as [typeof handlerPlan.steps[0], typeof handlerPlan.steps[0], typeof handlerPlan.steps[0]];

  it('says who to complain to, by when in words, how to reach them, and who else', () => {
    // A placeholder's finder is never read out as its own website.
    expect(readAloud(complain)).toBe('You can complain to your care home, by 3 March 2027. Or you can complain to Leeds City Council instead.');
    const finder = { ...complain.body!, websiteLabel: "Find your care home's contact details on the CQC website" };
    expect(readAloud({ ...complain, body: finder, alternatives: [] })).toBe(
      "You can complain to your care home, by 3 March 2027. Find your care home's contact details on the CQC website.");
    expect(readAloud(plan.steps[1]!)).toBe(
      'You can complain to Riverside Surgery, by 1 October 2027. Their phone number is 0113 496 0000. Or you can complain to NHS West Yorkshire Integrated Care Board instead.',
    );
  });

  it('puts the ombudsman after the final response, or now when that has come', () => {
    expect(readAloud(escalate)).toBe(
      'If you are still unhappy after their final response, you can ask Local Government and Social Care Ombudsman to look at your complaint, by 3 March 2027. Their phone number is 0300 061 0614.',
    );
    expect(readAloud(escalate, true)).toMatch(/^You can now ask Local Government and Social Care Ombudsman to look at your complaint, by 3 March 2027\./);
  });

  it('once the ombudsman has decided, asks it to look at its decision again, never at the complaint as if new', () => {
    const text = readAloud(escalate, true, true);
    expect(text).toMatch(/^You can ask Local Government and Social Care Ombudsman to look at its decision again, but only for certain reasons\./);
    expect(text).not.toContain('look at your complaint');
  });

  it('offers free help, safety first, and says when a time limit has passed', () => {
    expect(readAloud(help)).toBe('Advonet can help you for free. Their phone number is 0113 244 0606.');
    expect(readAloud({ kind: 'urgent', title: 'Keep people safe', text: '', body: { id: 'x', name: 'Leeds adult safeguarding', role: 'safeguarding', phone: '0113 222 4401' } }))
      .toBe('First, to keep everyone safe, you can contact Leeds adult safeguarding. Their phone number is 0113 222 4401.');
    expect(readAloud({ ...complain, deadline: { by: '2025-01-01', text: '', passed: true } })).toContain('The usual time limit for this was 1 January 2025.');
    expect(readAloud({ ...help, body: { ...help.body!, verified: false } })).toBe(
      'Advonet can help you for free. We think their phone number is 0113 244 0606, but check it on their website.');
    expect(spokenWebsite('https://www.ombudsman.org.uk/making-complaint')).toBe('ombudsman.org.uk');
  });
});

describe('caseSummary', () => {
  const answers = { nation: 'england', service: 'care-home', concern: ['care-or-treatment', 'abuse-or-neglect'], stage: 'not-yet', when: '2026-03-03', postcode: 'LS1 4AP', who: '' };
  const shown = shownQuestions(handlerQuestions, answers);
  const summary = caseSummary(shown, answers, handlerPlan);

  it('records the date, the data version and that it holds no caller details', () => {
    expect(summary.split('\n').slice(0, 3)).toEqual([
      'Complaint signposting: case notes',
      'Plan made on 26 November 2026. Data version 2026-11-26.abc123.',
      'This record holds no name or contact details of the caller.',
    ]);
  });

  it('gives the situation as short labels (or the question) and answers in words', () => {
    expect(summary).toContain('SITUATION\n- Which country was the care or service in? England\n- What kind of care or service is your complaint about? Care home or nursing home\n- Paid for by: Not known yet');
    expect(summary).toContain('- What is your complaint about? Care or treatment, Abuse or neglect');
    expect(summary).toContain('- When did it happen? 3 March 2026');
    expect(summary).toContain('- Who is the complaint for? Not sure');
  });

  it('holds no caller details: the postcode is cut to its area', () => {
    expect(summary).toContain('- What is your postcode? LS1 (Leeds)');
    expect(summary).not.toContain('4AP');
    expect(postcodeArea('ls1 4ap')).toBe('LS1');
    expect(answerInWords(handlerQuestions[7]!, 'NG20', handlerPlan)).toBe('NG20 (Leeds)');
  });

  it("lists what we don't know yet, each step in a line with its contact and date, and only national or the plan's own bodies' sources", () => {
    expect(summary).toContain('NOT KNOWN YET: Paid for by; Who is the complaint for?');
    expect(summary).toContain('PLAN\n1. Complain to the care provider.');
    expect(summary).toMatch(/\n1\. .+\n2\. /);
    expect(summary).toContain('Time limit: 3 March 2027.');
    expect(summary).toContain('SOURCES\n- https://www.lgo.org.uk/how-to-complain\n- https://www.lgo.org.uk/joint');
    expect(summary.match(/how-to-complain/g)).toHaveLength(1);
    expect(summary.length).toBeLessThan(2000);
  });

  it("leaves out another area's pages, and keeps law and government sources", () => {
    const elsewhere = { title: 'Another trust: PALS', url: 'https://www.another-trust.nhs.uk/pals', kind: 'official' as const };
    const law = { title: 'NHS complaints regulations 2009', url: 'https://www.legislation.gov.uk/uksi/2009/309', kind: 'legislation' as const };
    const steps = handlerPlan.steps.map((step, index) => (index === 0 ? { ...step, sources: [elsewhere, law] } : step));
    const note = caseSummary(shown, answers, { ...handlerPlan, steps });
    expect(note).not.toContain('another-trust');
    expect(note).toContain(law.url);
  });
});

describe('shortcuts', () => {
  const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
  const radio = Object.assign(document.createElement('input'), { type: 'radio' });
  const text = Object.assign(document.createElement('input'), { type: 'text' });

  it('reads Alt shortcuts by key position, so Option+J on a Mac works, even while typing', () => {
    expect(shortcutFor(key({ altKey: true, code: 'KeyJ', key: '∆' }), radio)).toBe('next');
    expect(shortcutFor(key({ altKey: true, code: 'KeyK', key: 'k' }), text)).toBe('previous');
    expect(shortcutFor(key({ altKey: true, code: 'KeyC', key: 'c' }), document.body)).toBe('copy');
    expect(shortcutFor(key({ altKey: true, code: 'KeyN' }), undefined)).toBe('unanswered');
  });

  it('never takes AltGr (Ctrl+Alt), Ctrl or Cmd combinations', () => {
    expect(shortcutFor(key({ altKey: true, ctrlKey: true, code: 'KeyJ' }), radio)).toBeUndefined();
    expect(shortcutFor(key({ ctrlKey: true, key: '1' }), radio)).toBeUndefined();
    expect(shortcutFor(key({ metaKey: true, key: 'c' }), radio)).toBeUndefined();
  });

  it('leaves number keys, ? and Delete to text boxes', () => {
    expect(shortcutFor(key({ key: '3' }), radio)).toBe('option');
    expect(shortcutFor(key({ key: '3' }), text)).toBeUndefined();
    expect(shortcutFor(key({ key: '?' }), radio)).toBe('help');
    expect(shortcutFor(key({ key: '?' }), document.createElement('textarea'))).toBeUndefined();
    expect(shortcutFor(key({ key: 'Delete' }), radio)).toBe('clear');
    expect(shortcutFor(key({ key: 'Backspace' }), text)).toBeUndefined();
    expect(isTextField(Object.assign(document.createElement('input'), { type: 'checkbox' }))).toBe(false);
  });
});

describe('suggestsHarm', () => {
  it('prompts about safety for poor care in care services, until abuse or neglect is ticked', () => {
    expect(suggestsHarm({ service: 'home-care', concern: ['care-or-treatment'] })).toBe(true);
    expect(suggestsHarm({ service: 'care-home', concern: ['staff-attitude', 'costs-or-charges'] })).toBe(true);
    expect(suggestsHarm({ service: 'home-care', concern: ['care-or-treatment', 'abuse-or-neglect'] })).toBe(false);
    expect(suggestsHarm({ service: 'home-care', concern: ['costs-or-charges'] })).toBe(false);
    expect(suggestsHarm({ service: 'gp', concern: ['care-or-treatment'] })).toBe(false);
  });
});
