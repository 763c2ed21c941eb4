// How a plan is laid out: its steps in order, under plain headings. Shared by the screen and the text version.
import type { Step, StepKind } from './api.js';

export const STEP_HEADINGS: Record<StepKind, string> = {
  urgent: 'Do this first: keep people safe',
  resolve: 'Start here',
  complain: 'Start here',
  escalate: "If you're still unhappy",
  also: 'You can also',
  help: 'Free help',
};

export interface StepSection {
  heading: string;
  steps: Step[];
}

/** Neighbouring steps with the same heading share a section; the order of the steps never changes. */
export function sectionSteps(steps: Step[]): StepSection[] {
  const sections: StepSection[] = [];
  for (const step of steps) {
    const heading = STEP_HEADINGS[step.kind] ?? STEP_HEADINGS.also;
    const last = sections[sections.length - 1];
    if (last?.heading === heading) last.steps.push(step);
    else sections.push({ heading, steps: [step] });
  }
  return sections;
}
