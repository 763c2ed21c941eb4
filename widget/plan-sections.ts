// How a plan is laid out: its steps in order, under plain headings. Shared by the screen and the text version.
import type { Step, StepKind } from './api.js';
import { en, type Texts } from './texts/en.js';

export interface StepSection {
  heading: string;
  steps: Step[];
}

/** Neighbouring steps with the same heading share a section; the order of the steps never changes. */
export function sectionSteps(steps: Step[], t: Texts = en): StepSection[] {
  const sections: StepSection[] = [];
  for (const step of steps) {
    const heading = t.headings[step.kind] ?? t.headings.also;
    const last = sections[sections.length - 1];
    if (last?.heading === heading) last.steps.push(step);
    else sections.push({ heading, steps: [step] });
  }
  return sections;
}

/** The plan as a person needs it first: safety steps, the one to act on now, and in a line each what comes after
 *  (the next independent stage, what is there because of who it is for, such as the medical examiner after a
 *  death, and the free help). Every other step waits behind "More about this". */
export interface ShortPlan {
  urgent: Step[];
  first?: Step;
  after: Step[];
}

export function shortPlan(steps: Step[]): ShortPlan {
  const urgent = steps.filter((step) => step.kind === 'urgent');
  const find = (kind: StepKind, not?: Step) => steps.find((step) => step.kind === kind && step !== not);
  const first = find('complain') ?? find('escalate') ?? find('resolve') ?? steps.find((step) => step.kind !== 'urgent');
  // A step with its own date (a legal claim's) stays behind "More about this": one date to act by on the first screen.
  const forWho = steps.filter((step) => step.forWho && !step.deadline?.by && step.kind !== 'urgent' && step !== first);
  const after = [find('escalate', first), ...forWho, find('help', first)].filter((step, index, all): step is Step => !!step && all.indexOf(step) === index);
  return { urgent, first, after };
}

/** Warnings that change what a person can do now (a time limit passed, a postcode problem) stay in view. */
export const isUrgentWarning = (code: string) => code.startsWith('time-limit-passed') || code.startsWith('postcode-');
