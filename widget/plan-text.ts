// The plan as plain text, the one place it is written out: used by "Copy as text" and "Email to myself".
import type { Body, Plan, Step } from './api.js';
import { dateInWords } from './dates.js';
import { sectionSteps } from './plan-sections.js';

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
