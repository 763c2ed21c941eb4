import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanView } from '../../widget/components/PlanView.js';
import { plan, serviceQuestion } from './fixtures.js';

afterEach(cleanup);

const renderPlan = (props: Partial<Parameters<typeof PlanView>[0]> = {}) =>
  render(
    <PlanView plan={plan} questions={[serviceQuestion]} answers={{ service: 'gp' }} moveFocus onChange={() => {}} onStartAgain={() => {}} {...props} />,
  );

describe('PlanView', () => {
  it('focuses its heading and shows the summary and warnings', () => {
    const { container } = renderPlan();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Your plan' }));
    expect(screen.getByText(plan.summary)).toBeTruthy();
    expect(container.querySelector('.cs-warning')?.textContent).toContain('You usually have 12 months to complain.');
  });

  it('puts the steps in order under plain headings', () => {
    renderPlan();
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    const order = ['Do this first: keep people safe', 'If someone is at risk', 'Start here', 'Complain to the practice',
      "If you're still unhappy", 'If you are still unhappy, ask the ombudsman', 'Free help', 'Get free help to complain'];
    expect(headings.filter((h) => order.includes(h!))).toEqual(order);
  });

  it('offers a way back to change each answer, and the actions', () => {
    const onChange = vi.fn();
    renderPlan({ onChange });
    fireEvent.click(screen.getByRole('button', { name: /^Change/ }));
    expect(onChange).toHaveBeenCalledWith(0);
    for (const name of ['Print this plan', 'Copy as text', 'Start again']) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Email to myself' })).toBeTruthy();
  });

  it('has no answers section when the site answered everything', () => {
    renderPlan({ questions: [], moveFocus: false });
    expect(screen.queryByRole('heading', { name: 'Your answers' })).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });
});
