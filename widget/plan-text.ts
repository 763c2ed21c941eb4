// The plan as plain text, the one place it is written out: the whole plan for "Copy as text" and the call
// handler's notes, and its brief for "Email to myself".
import type { Answers, Body, Plan, Step } from './api.js';
import { dateInWords } from './dates.js';
import { sectionSteps, shortPlan } from './plan-sections.js';
import { en, type Texts } from './texts/en.js';

/** Northern Ireland has no NHS 111: urgent help out of hours there is GP Out of Hours. */
export const safetyText = (nation?: unknown, t: Texts = en) => (nation === 'northern-ireland'
  ? `${t.safetyDanger} 999. ${t.safetyNi}`
  : `${t.safetyDanger} 999. ${t.safetyUrgent} 111.`);

/** "Your GP practice" is "your GP practice" in the middle of a sentence. */
export const nameInSentence = (body: Body) => (body.generic ? body.name.charAt(0).toLowerCase() + body.name.slice(1) : body.name);

export function bodyLines(body: Body, t: Texts = en): string[] {
  return [
    body.name,
    body.phone && `${t.phone} ${body.phone}${body.phoneNote ? ` (${body.phoneNote})` : ''}`,
    body.textphone && `${t.textphone} ${body.textphone}`,
    body.email && `${t.email} ${body.email}`,
    body.complaintPage && `${t.complainOnline}: ${body.complaintPage}`,
    body.website && `${body.websiteLabel ?? t.website}: ${body.website}`,
    body.address && `${t.address} ${body.address}`,
  ].filter((line): line is string => !!line);
}

export function stepLines(step: Step, number: number, t: Texts = en): string[] {
  const { body, deadline, expect = [], alternatives = [] } = step;
  return [
    `${number}. ${step.title}`,
    step.text,
    ...(body ? bodyLines(body, t) : []),
    ...(deadline ? [`${deadlineLabel(deadline, t)} ${deadline.text}`] : []),
    ...(expect.length ? [`${t.whatNext}:`, ...expect.map((item) => `- ${item}`)] : []),
    ...(alternatives.length
      ? [alternativesLabel(step, t), ...alternatives.map((alt) => `- ${bodyLines(alt, t).join(', ')}`)]
      : []),
    '',
  ];
}

export const deadlineLabel = ({ by, passed }: NonNullable<Step['deadline']>, t: Texts = en) =>
  !by ? t.timeLimit : passed ? t.timeLimitWas(dateInWords(by, t.language)) : t.deadline(dateInWords(by, t.language));

export const alternativesLabel = (step: Step, t: Texts = en) => (step.kind === 'complain' ? t.orComplainTo : t.orContact);

/** The plan's summary, warnings and numbered steps under their headings: shared by every text version of a plan. */
export function planLines(plan: Plan, t: Texts = en): string[] {
  let number = 0;
  return [
    ...(plan.headline ? [t.first(plan.headline.text), ''] : []),
    plan.summary,
    '',
    ...plan.warnings.flatMap((warning) => [`${t.important}: ${warning.text}`, '']),
    ...sectionSteps(plan.steps, t).flatMap((section) => [
      section.heading.toUpperCase(),
      '',
      ...section.steps.flatMap((step) => stepLines(step, ++number, t)),
    ]),
  ];
}

export function planToText(plan: Plan, nation?: unknown, t: Texts = en): string {
  return [t.yourPlan, '', ...planLines(plan, t), safetyText(nation, t)].join('\n');
}

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
export function planEmail(plan: Plan, link: string, nation?: unknown, t: Texts = en): string {
  const { first } = shortPlan(plan.steps);
  const contact = first?.short?.contact;
  const headline = plan.headline && t.first(plan.headline.text);
  const step = first && first.short?.text !== plan.headline?.text ? (first.short?.text ?? first.title) : undefined;
  const reach = contact && `${contact.body}: ${contact.label}${contact.kind === 'website' || contact.kind === 'online' ? ` (${contact.value})` : ''}`;
  const by = first?.deadline?.by && !first.deadline.passed ? deadlineLabel(first.deadline, t) : undefined;
  const full = `${t.seeFullPlan}\n${link}`;
  const href = (parts: (string | undefined)[]) =>
    `mailto:?subject=${encodeURIComponent(t.emailSubject)}&body=${encodeURIComponent(parts.filter(Boolean).join('\n\n').replace(/\n/g, '\r\n'))}`;
  // Shorter versions until one fits: without the contact, then without the step; the headline and link always stay.
  const versions = [
    [headline, step, reach, by, full, safetyText(nation, t)],
    [headline, step, by, full, safetyText(nation, t)],
    [headline, by, full, safetyText(nation, t)],
    [headline, full],
  ];
  return versions.map(href).find((candidate) => candidate.length < MAILTO_LIMIT) ?? href(versions.at(-1)!);
}
