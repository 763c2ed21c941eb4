// The plan as plain text, the one place it is written out: the whole plan for "Copy as text" and the call
// handler's notes, and its brief for "Email to myself".
import type { Answers, Body, Plan, Step } from './api.js';
import { dateInWords } from './dates.js';
import { sectionSteps, shortPlan } from './plan-sections.js';

/** Northern Ireland has no NHS 111: urgent help out of hours there is GP Out of Hours. */
export const safetyText = (nation?: unknown) => (nation === 'northern-ireland'
  ? 'If someone is in danger now, call 999. For urgent medical help, contact your GP or GP Out of Hours.'
  : 'If someone is in danger now, call 999. For urgent medical help, call NHS 111.');

/** "Your GP practice" is "your GP practice" in the middle of a sentence. */
export const nameInSentence = (body: Body) => (body.generic ? body.name.charAt(0).toLowerCase() + body.name.slice(1) : body.name);

export function bodyLines(body: Body): string[] {
  return [
    body.name,
    body.phone && `Phone: ${body.phone}${body.phoneNote ? ` (${body.phoneNote})` : ''}`,
    body.textphone && `Textphone: ${body.textphone}`,
    body.email && `Email: ${body.email}`,
    body.complaintPage && `Complain online: ${body.complaintPage}`,
    body.website && `${body.websiteLabel ?? 'Website'}: ${body.website}`,
    body.address && `Address: ${body.address}`,
  ].filter((line): line is string => !!line);
}

export function stepLines(step: Step, number: number): string[] {
  const { body, deadline, expect = [], alternatives = [] } = step;
  return [
    `${number}. ${step.title}`,
    step.text,
    ...(body ? bodyLines(body) : []),
    ...(deadline ? [`${deadlineLabel(deadline)} ${deadline.text}`] : []),
    ...(expect.length ? ['What happens next:', ...expect.map((item) => `- ${item}`)] : []),
    ...(alternatives.length
      ? [alternativesLabel(step), ...alternatives.map((alt) => `- ${bodyLines(alt).join(', ')}`)]
      : []),
    '',
  ];
}

export const deadlineLabel = ({ by, passed }: NonNullable<Step['deadline']>) =>
  !by ? 'Time limit:' : passed ? `The time limit was ${dateInWords(by)}.` : `Deadline: ${dateInWords(by)}.`;

export const alternativesLabel = (step: Step) =>
  step.kind === 'complain' ? 'Or you can complain to:' : 'Or you can contact:';

/** The plan's summary, warnings and numbered steps under their headings: shared by every text version of a plan. */
export function planLines(plan: Plan): string[] {
  let number = 0;
  return [
    ...(plan.headline ? [`First: ${plan.headline.text}`, ''] : []),
    plan.summary,
    '',
    ...plan.warnings.flatMap((warning) => [`Important: ${warning.text}`, '']),
    ...sectionSteps(plan.steps).flatMap((section) => [
      section.heading.toUpperCase(),
      '',
      ...section.steps.flatMap((step) => stepLines(step, ++number)),
    ]),
  ];
}

export function planToText(plan: Plan, nation?: unknown): string {
  return ['Your plan', '', ...planLines(plan), safetyText(nation)].join('\n');
}

/** Words of the emailed brief, together for the translator. */
const EMAIL_TEXT = {
  subject: 'My complaint plan',
  first: 'First:',
  full: 'See the full plan again, with every step, contact and source:',
};

/** Many email apps cut a link longer than about 2,000 characters: the email holds the brief, not the whole plan. */
export const MAILTO_LIMIT = 2000;

/** The page that makes the plan again: the service's own /start, with the answers that choose the route. */
export function planLink(origin: string, answers: Answers): string {
  const query = new URLSearchParams();
  for (const id of ['nation', 'service', 'funding'] as const) {
    const answer = answers[id];
    if (typeof answer === 'string' && answer) query.set(id, answer);
  }
  const search = query.toString();
  return `${origin}/start${search ? `?${search}` : ''}`;
}

/**
 * "Email to myself": the headline, the first step with its one contact and its date, and a link to the full plan,
 * in a mailto: link kept under MAILTO_LIMIT. A long contact or step is left out before the link ever is.
 */
export function planEmail(plan: Plan, link: string, nation?: unknown): string {
  const { first } = shortPlan(plan.steps);
  const contact = first?.short?.contact;
  const headline = plan.headline && `${EMAIL_TEXT.first} ${plan.headline.text}`;
  const step = first && first.short?.text !== plan.headline?.text ? (first.short?.text ?? first.title) : undefined;
  const reach = contact && `${contact.body}: ${contact.label}${contact.kind === 'website' || contact.kind === 'online' ? ` (${contact.value})` : ''}`;
  const by = first?.deadline?.by && !first.deadline.passed ? deadlineLabel(first.deadline) : undefined;
  const full = `${EMAIL_TEXT.full}\n${link}`;
  const href = (parts: (string | undefined)[]) =>
    `mailto:?subject=${encodeURIComponent(EMAIL_TEXT.subject)}&body=${encodeURIComponent(parts.filter(Boolean).join('\n\n').replace(/\n/g, '\r\n'))}`;
  // Shorter versions until one fits: without the contact, then without the step; the headline and link always stay.
  const versions = [
    [headline, step, reach, by, full, safetyText(nation)],
    [headline, step, by, full, safetyText(nation)],
    [headline, by, full, safetyText(nation)],
    [headline, full],
  ];
  return versions.map(href).find((candidate) => candidate.length < MAILTO_LIMIT) ?? href(versions.at(-1)!);
}
