// The plan as plain text, the one place it is written out: used by "Copy as text" and "Email to myself".
import type { Body, Plan, Step } from './api.js';
import { dateInWords } from './dates.js';
import { sectionSteps } from './plan-sections.js';
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
