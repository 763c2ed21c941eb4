import { describe, expect, it } from 'vitest';
import { sectionSteps } from '../../widget/plan-sections.js';
import { planToText, safetyText } from '../../widget/plan-text.js';
import { plan } from './fixtures.js';

describe('sectionSteps', () => {
  it('puts steps under plain headings, keeping their order', () => {
    expect(sectionSteps(plan.steps).map((s) => [s.heading, s.steps.length])).toEqual([
      ['Do this first: keep people safe', 1],
      ['Start here', 1],
      ["If you're still unhappy", 1],
      ['Free help', 1],
    ]);
  });

  it('starts a new section when a heading comes back later', () => {
    const steps = [plan.steps[1]!, plan.steps[2]!, plan.steps[1]!];
    expect(sectionSteps(steps).map((s) => s.heading)).toEqual(['Start here', "If you're still unhappy", 'Start here']);
  });
});

describe('planToText', () => {
  const text = planToText(plan);

  it('has the summary, the warnings and every step, numbered in order', () => {
    expect(text).toContain(plan.summary);
    expect(text).toContain('Important: You usually have 12 months to complain.');
    const order = ['1. If someone is at risk', '2. Complain to the practice', '3. If you are still unhappy', '4. Get free help'];
    const positions = order.map((line) => text.indexOf(line));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('spells out contacts, deadlines, what happens next and alternatives', () => {
    expect(text).toContain('Phone: 0113 496 0000');
    expect(text).toContain('Email: practice.manager@riverside-surgery.example');
    expect(text).toContain('Website: https://www.riverside-surgery.example/complaints');
    expect(text).toContain('Deadline: 1 October 2027. Complain by 1 October 2027.');
    expect(text).toContain('What happens next:\n- They should say');
    expect(text).toContain('Or you can complain to:\n- NHS West Yorkshire Integrated Care Board, Email: wyicb.complaints@nhs.example');
  });

  it('ends with the safety line', () => {
    expect(text.trim().endsWith(safetyText())).toBe(true);
  });

  it("ends with Northern Ireland's own safety line for a plan there", () => {
    expect(planToText(plan, 'northern-ireland').trim().endsWith(safetyText('northern-ireland'))).toBe(true);
  });
});
