// A complaint letter, written out as complaints advocates suggest: who it is from and to, a clear statement
// that it is a formal complaint (and under which rules), what happened, the effect, what the person wants,
// and how to reply. Made in the browser from what the person typed: nothing here is sent anywhere.
import type { Answers, Body, Step } from '../api.js';
import { dateInWords } from '../dates.js';
import { nameInSentence } from '../plan-text.js';

export type Who = 'me' | 'someone-else' | 'someone-who-died';

/** What the person typed in the letter form. */
export interface LetterDraft {
  who: Who;
  /** Who the letter is to: the organisation's name. */
  to: string;
  /** After a final response: the organisation they complained to. */
  complainedTo: string;
  happened: string;
  when: string;
  effect: string;
  want: string;
  /** The person the complaint is for, when it is not the writer. */
  theirName: string;
  /** Who someone who has died was to the writer ("father", "wife"): "my father, John Smith". */
  relationship: string;
  yourName: string;
  /** Where to reply: an address, an email address or a phone number. */
  reply: string;
}

/** Which complaints rules the letter names: the NHS's, social care's, or the organisation's own procedure. */
export type Basis = 'nhs' | 'social-care' | 'own';

export interface LetterContext {
  /** The step the letter is for: the formal complaint, or after a final response the independent stage. */
  step: Step;
  basis: Basis;
  nation?: string;
  /** YYYY-MM or YYYY-MM-DD: when the final response came, if known. */
  responded?: string;
  /** YYYY-MM-DD: the date on the letter. */
  today: string;
}

/** Social care a council runs itself: its complaints always come under the social care rules. */
const COUNCIL_CARE = ['council-adult-social-care', 'children-social-care'];
/** Care a provider may give to people the council arranges for, or to people who pay for themselves. */
const ARRANGED_CARE = ['care-home', 'home-care'];
/** Care outside the NHS unless the NHS paid for it: the organisation's own procedure applies. */
const OWN_PROCEDURE = ['private-healthcare', 'armed-forces', 'other'];

/**
 * The rules a complaint is made under, from the answers the plan was made for, as the plan's own steps say: care
 * the person paid for, private care and care not known to be publicly funded come under the organisation's own
 * procedure (the regulations do not apply); council care under the social care rules; the NHS's under its own.
 */
export function complaintBasis(answers: Answers): Basis {
  const { service, funding } = answers;
  const is = (list: string[]) => typeof service === 'string' && list.includes(service);
  if (funding === 'self') return 'own';
  if (is(COUNCIL_CARE)) return 'social-care';
  if (is(ARRANGED_CARE)) return funding === 'nhs' ? 'nhs' : funding === 'council' ? 'social-care' : 'own';
  if (is(OWN_PROCEDURE)) return funding === 'nhs' ? 'nhs' : 'own';
  return 'nhs';
}

/** The rules, named as the person would name them. Scotland and Northern Ireland have complaints procedures. */
export function rulesName(basis: Basis, nation?: string): string {
  const procedure = nation === 'scotland' || nation === 'northern-ireland';
  if (basis === 'own') return 'your complaints procedure';
  if (basis === 'social-care') return nation === 'scotland' ? 'the social work complaints procedure' : `the social care complaints ${procedure ? 'procedure' : 'regulations'}`;
  if (nation === 'northern-ireland') return 'the Health and Social Care complaints procedure';
  return `the NHS complaints ${procedure ? 'procedure' : 'regulations'}`;
}

/** "Your GP practice" is not a name to write to: the person is asked for the real one. */
export const suggestedRecipient = (body: Body | undefined) => (body && !body.generic ? body.name : '');

/** "in March 2026" or "on 3 March 2026". */
const onOrIn = (iso: string) => `${iso.length > 7 ? 'on' : 'in'} ${dateInWords(iso)}`;

/** Text as typed, tidied: trimmed, and no run of blank lines. */
const tidy = (text: string) => text.trim().replace(/\n{3,}/g, '\n\n');

/** What the person wants, as a list when it is several lines. */
const wantLines = (want: string) => {
  const lines = tidy(want).split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.length > 1 ? lines.map((line) => (/^[-•*]\s/.test(line) ? `- ${line.slice(2)}` : `- ${line}`)) : lines;
};

export function letterText(draft: LetterDraft, context: LetterContext): string {
  const { step, basis, nation, responded, today } = context;
  const escalating = step.kind === 'escalate';
  const rules = rulesName(basis, nation);
  const to = draft.to.trim() || `[the name of ${step.body ? nameInSentence(step.body) : 'the organisation'}]`;
  const yourName = draft.yourName.trim() || '[Your name]';
  const theirName = draft.theirName.trim() || '[their name]';
  // "my father", "a friend" and "father" all become "father", for "my father, John Smith".
  const relationship = draft.relationship.trim().replace(/^(my|a|an|the)\s+/i, '');
  const complainedTo = draft.complainedTo.trim() || '[the organisation you complained to]';
  const body = step.body;
  // The organisation's own details, when the letter is to the organisation the plan named.
  const toDetails = body && draft.to.trim() === body.name ? [body.address, body.email && `Email: ${body.email}`].filter(Boolean) : [];

  const named = relationship ? `my ${relationship}, ${theirName},` : theirName;
  const opening: string[] = [];
  if (escalating) {
    opening.push(
      draft.who === 'someone-else' ? `I am asking you to look at a complaint I made on behalf of ${theirName} about ${complainedTo}.`
        : draft.who === 'someone-who-died' ? `I am asking you to look at my complaint about the care or service that ${named} received from ${complainedTo}. Sadly, ${theirName} has died.`
          : `I am asking you to look at my complaint about ${complainedTo}.`,
    );
  } else {
    opening.push(
      draft.who === 'someone-else' ? `I am writing to make a formal complaint on behalf of ${theirName}, about the care or service they received.`
        : draft.who === 'someone-who-died' ? `I am writing to make a formal complaint about the care or service that ${named} received. Sadly, ${theirName} has died.`
          : 'I am writing to make a formal complaint about the care or service I received.',
    );
  }
  if (escalating) {
    opening.push(
      `I made a formal complaint to ${complainedTo} under ${rules === 'your complaints procedure' ? 'their complaints procedure' : rules}, and I have had their final response${responded ? `, ${onOrIn(responded)}` : ''}. I am still unhappy with their answer. I have enclosed a copy of their final response.`,
    );
  } else {
    opening.push(
      basis === 'own'
        ? 'Please treat this letter as a formal complaint under your complaints procedure.'
        : `This is a formal complaint under ${rules}.`,
    );
  }

  const behalf: string[] = [];
  if (draft.who === 'someone-else') {
    behalf.push(
      `${theirName} has agreed to me making this complaint for them, and to you sharing information about their care with me for it. Their signed consent is at the end of this letter. If they cannot sign it, for example because of their age or because they cannot make this decision, please tell me what else you need.`,
    );
  }
  if (draft.who === 'someone-who-died') {
    behalf.push(
      `I am making this complaint as ${theirName}'s representative. Please tell me if you need anything to show this, such as a copy of the death certificate or a document showing that I am their next of kin or executor.`,
    );
  }

  const effectHeading =
    draft.who === 'someone-else' ? 'How this has affected them' : draft.who === 'someone-who-died' ? 'How this has affected us' : 'How this has affected me';

  const lines = [
    yourName,
    ...(draft.reply.trim() ? tidy(draft.reply).split('\n') : ['[Your address, email address or phone number]']),
    '',
    dateInWords(today),
    '',
    ...(escalating ? [to] : ['The complaints manager', to]),
    ...toDetails,
    '',
    'Dear complaints team,',
    '',
    escalating ? 'Asking you to look at my complaint' : 'Formal complaint',
    '',
    ...opening.flatMap((paragraph) => [paragraph, '']),
    ...behalf.flatMap((paragraph) => [paragraph, '']),
    'What happened',
    '',
    tidy(draft.happened) || '[Say what happened, in the order it happened.]',
    ...(draft.when.trim() ? ['', `When it happened: ${draft.when.trim()}`] : []),
    '',
    effectHeading,
    '',
    tidy(draft.effect) || '[Say how it has affected you.]',
    '',
    'What I would like to happen',
    '',
    ...(wantLines(draft.want).length ? wantLines(draft.want) : ['[Say what you would like them to do.]']),
    '',
    'How to reply to me',
    '',
    escalating
      ? 'Please let me know that you have received this, and what happens next.'
      : 'Please let me know that you have received my complaint, who is looking into it, and when I can expect your full answer.',
    draft.reply.trim() ? `Please reply to me at: ${tidy(draft.reply).replace(/\n/g, ', ')}.` : 'Please reply to me at the address above.',
    '',
    'Yours sincerely,',
    '',
    yourName,
  ];

  if (draft.who === 'someone-else') {
    lines.push(
      '',
      '',
      'Consent',
      '',
      `I, ${theirName}, agree to ${yourName} making this complaint for me, and to ${escalating ? 'you' : to} sharing information about my care with them for this complaint.`,
      '',
      'Signed: ______________________________',
      '',
      'Date: ______________________________',
    );
  }
  return lines.join('\n') + '\n';
}
