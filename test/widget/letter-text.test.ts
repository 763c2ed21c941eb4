import { describe, expect, it } from 'vitest';
import { complaintBasis, letterText, rulesName, suggestedRecipient, type LetterContext, type LetterDraft } from '../../widget/letter/letter-text.js';
import { FUNDING, NATIONS, SERVICES, WHO } from '../../server/graph/contract.js';
import { handlerPlan, lgsco, plan } from './fixtures.js';

const complain = plan.steps[1]!; // Riverside Surgery, with an email address
const draft: LetterDraft = {
  who: 'me',
  to: 'Riverside Surgery',
  complainedTo: '',
  happened: 'The doctor did not examine my knee.\n\n\n\nI was sent home.',
  when: 'September 2026',
  effect: 'I could not walk for a month.',
  want: 'An explanation of what happened\nAn apology',
  theirName: '',
  relationship: '',
  yourName: 'Sam Patel',
  reply: '1 High Street\nLeeds LS1 1AA',
};
const context: LetterContext = { step: complain, basis: 'nhs', nation: 'england', today: '2026-11-26' };

describe('letterText: for me', () => {
  const text = letterText(draft, context);

  it('is from me, dated, and to the complaints manager of the organisation, with its address details', () => {
    expect(text.startsWith('Sam Patel\n1 High Street\nLeeds LS1 1AA\n\n26 November 2026\n\nThe complaints manager\nRiverside Surgery\nEmail: practice.manager@riverside-surgery.example\n\nDear complaints team,\n\nFormal complaint\n')).toBe(true);
  });

  it('says it is a formal complaint under the NHS complaints regulations', () => {
    expect(text).toContain('I am writing to make a formal complaint about the care or service I received.\n\nThis is a formal complaint under the NHS complaints regulations.');
  });

  it('has what happened, when, the effect, what I want and how to reply, in that order', () => {
    const order = ['What happened', 'When it happened: September 2026', 'How this has affected me', 'What I would like to happen', 'How to reply to me', 'Yours sincerely,'];
    const at = order.map((heading) => text.indexOf(heading));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('The doctor did not examine my knee.\n\nI was sent home.');
    expect(text).toContain('- An explanation of what happened\n- An apology');
    expect(text).toContain('Please reply to me at: 1 High Street, Leeds LS1 1AA.');
    expect(text.endsWith('Yours sincerely,\n\nSam Patel\n')).toBe(true);
  });

  it('has no consent or representative wording', () => {
    expect(text).not.toContain('Consent');
    expect(text).not.toContain('representative');
  });

  it('leaves clear gaps to fill in where nothing was typed', () => {
    const empty = letterText({ ...draft, to: '', yourName: '', reply: '', effect: '', want: '' }, { ...context, step: handlerPlan.steps[0]! });
    expect(empty).toContain('[Your name]\n[Your address, email address or phone number]');
    expect(empty).toContain('The complaints manager\n[the name of your care home]');
    expect(empty).toContain('[Say how it has affected you.]');
    expect(empty).toContain('Please reply to me at the address above.');
  });
});

describe('letterText: for someone else', () => {
  const text = letterText({ ...draft, who: 'someone-else', theirName: 'Ada Patel' }, context);

  it('complains on their behalf, with their consent to share information', () => {
    expect(text).toContain('I am writing to make a formal complaint on behalf of Ada Patel, about the care or service they received.');
    expect(text).toContain('Ada Patel has agreed to me making this complaint for them, and to you sharing information about their care with me for it.');
    expect(text).toContain('How this has affected them');
  });

  it('ends with a consent note for them to sign', () => {
    const consent = text.slice(text.indexOf('Consent'));
    expect(consent).toContain('I, Ada Patel, agree to Sam Patel making this complaint for me, and to Riverside Surgery sharing information about my care with them for this complaint.');
    expect(consent).toContain('Signed: ______');
    expect(consent).toContain('Date: ______');
    expect(text.indexOf('Consent')).toBeGreaterThan(text.indexOf('Yours sincerely'));
  });
});

describe('letterText: for someone who has died', () => {
  const text = letterText({ ...draft, who: 'someone-who-died', theirName: 'Ravi Patel', relationship: 'father' }, context);

  it('complains as their representative, and offers proof', () => {
    expect(text).toContain('I am writing to make a formal complaint about the care or service that my father, Ravi Patel, received. Sadly, Ravi Patel has died.');
    expect(text).toContain("I am making this complaint as Ravi Patel's representative.");
    expect(text).not.toContain('I am their father');
    expect(text).toContain('death certificate');
    expect(text).toContain('How this has affected us');
    expect(text).not.toContain('Consent');
  });
});

describe('letterText: to the ombudsman after a final response', () => {
  const escalate = { ...handlerPlan.steps[1]!, body: lgsco };
  const text = letterText({ ...draft, to: lgsco.name, complainedTo: 'Oak Lodge Care Home' }, { step: escalate, basis: 'social-care', nation: 'england', responded: '2026-10-02', today: '2026-11-26' });

  it('asks the ombudsman to look at the complaint, naming the rules it went through and the final response', () => {
    expect(text).toContain('\n\nLocal Government and Social Care Ombudsman\nPO Box 4771, Coventry, CV4 0EH\n\nDear complaints team,');
    expect(text).not.toContain('The complaints manager');
    expect(text).toContain('I am asking you to look at my complaint about Oak Lodge Care Home.');
    expect(text).toContain('I made a formal complaint to Oak Lodge Care Home under the social care complaints regulations, and I have had their final response, on 2 October 2026.');
    expect(text).toContain('I have enclosed a copy of their final response.');
  });
});

describe('complaintBasis and rulesName', () => {
  it('chooses the rules from the answers the plan was made for', () => {
    expect(complaintBasis({ service: 'gp' })).toBe('nhs');
    expect(complaintBasis({ service: 'care-home', funding: 'council' })).toBe('social-care');
    expect(complaintBasis({ service: 'home-care', funding: 'self' })).toBe('own');
    expect(complaintBasis({ service: 'care-home', funding: 'not-sure' })).toBe('own');
    expect(complaintBasis({ service: 'private-healthcare', funding: 'nhs' })).toBe('nhs');
    expect(complaintBasis({ service: 'care-home', funding: 'nhs' })).toBe('nhs');
    expect(complaintBasis({ service: 'council-adult-social-care' })).toBe('social-care');
    expect(complaintBasis({ service: 'dentist', funding: 'self' })).toBe('own');
    expect(complaintBasis({ service: 'private-healthcare' })).toBe('own');
  });

  it('names the rules as each nation does', () => {
    expect(rulesName('nhs', 'england')).toBe('the NHS complaints regulations');
    expect(rulesName('social-care', 'wales')).toBe('the social care complaints regulations');
    expect(rulesName('nhs', 'scotland')).toBe('the NHS complaints procedure');
    expect(rulesName('nhs', 'northern-ireland')).toBe('the Health and Social Care complaints procedure');
    expect(letterText(draft, { ...context, basis: 'own' })).toContain('Please treat this letter as a formal complaint under your complaints procedure.');
  });

  it('suggests writing to the body the plan names, but not to a placeholder', () => {
    expect(suggestedRecipient(plan.steps[1]!.body)).toBe('Riverside Surgery');
    expect(suggestedRecipient(handlerPlan.steps[0]!.body)).toBe('');
  });
});

describe('letterText: every combination of who, funding, service and nation', () => {
  const empty: LetterDraft = { ...draft, to: '', happened: '', when: '', effect: '', want: '', theirName: '', relationship: '', yourName: '', reply: '' };
  const own = (service: string, funding?: string) =>
    funding === 'self' || (['private-healthcare', 'armed-forces', 'other'].includes(service) && funding !== 'nhs') ||
    (['care-home', 'home-care'].includes(service) && funding !== 'nhs' && funding !== 'council');
  const combinations = WHO.flatMap((who) => [...FUNDING, undefined].flatMap((funding) => SERVICES.flatMap((service) => NATIONS.map((nation) => ({ who, funding, service, nation })))));

  it(`reads right in all ${combinations.length}`, () => {
    const problems: string[] = [];
    for (const { who, funding, service, nation } of combinations) {
      const basis = complaintBasis({ service, ...(funding && { funding }) });
      const at = `${who} ${funding} ${service} ${nation}`;
      const full = letterText({ ...draft, who, theirName: 'John Smith', relationship: 'my father' }, { step: complain, basis, nation, today: '2026-11-26' });
      const blank = letterText({ ...empty, who }, { step: complain, basis, nation, today: '2026-11-26' });
      // The relationship runs from the writer: "my father, John Smith", never "I am their father".
      if (who === 'someone-who-died' && !full.includes('that my father, John Smith, received')) problems.push(`${at}: relationship`);
      if (/their father|my my/.test(full)) problems.push(`${at}: relationship backwards`);
      // Private and self-funded care: the organisation's own procedure, never the regulations.
      if (own(service, funding) !== full.includes('under your complaints procedure')) problems.push(`${at}: own procedure`);
      if (own(service, funding) && /regulations/.test(full)) problems.push(`${at}: regulations cited`);
      if ((nation === 'scotland' || nation === 'northern-ireland') && /regulations/.test(full)) problems.push(`${at}: regulations outside England and Wales`);
      // Placeholders only where nothing was written.
      if (full.includes('[')) problems.push(`${at}: placeholder in a full letter`);
      for (const gap of ['[Your name]', '[Say what happened', '[Say how it has affected you.]', '[Say what you would like them to do.]']) {
        if (!blank.includes(gap)) problems.push(`${at}: no ${gap}`);
      }
      if (who !== 'me' && !blank.includes('[their name]')) problems.push(`${at}: no [their name]`);
    }
    expect(problems).toEqual([]);
  });
});
