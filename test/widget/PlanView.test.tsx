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

  it('offers a calendar reminder for the complain-by date, made on this device', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:reminder'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPlan();
    const buttons = screen.getAllByRole('button', { name: /^Add a reminder to your calendar/ });
    expect(buttons.map((b) => b.textContent)).toEqual(['Add a reminder to your calendar for 1 October 2027']);
    fireEvent.click(buttons[0]!);
    expect(click).toHaveBeenCalledTimes(1);
    expect(blobs[0]!.type).toBe('text/calendar;charset=utf-8');
    expect(await blobs[0]!.text()).toContain('DTSTART;VALUE=DATE:20271001');
    click.mockRestore();
  });

  it('offers help writing the complaint to the organisation in the plan, when it can', () => {
    const onWriteLetter = vi.fn();
    renderPlan({ onWriteLetter });
    expect(screen.getByText(/We can help you write a letter to Riverside Surgery/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Help me write my complaint' }));
    expect(onWriteLetter).toHaveBeenCalled();
    cleanup();
    renderPlan();
    expect(screen.queryByRole('button', { name: 'Help me write my complaint' })).toBeNull();
  });
});
