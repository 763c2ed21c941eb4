import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanView } from '../../widget/components/PlanView.js';
import { phso, plan } from './fixtures.js';

afterEach(cleanup);

const renderPlan = (props: Partial<Parameters<typeof PlanView>[0]> = {}) =>
  render(
    <PlanView plan={plan} answers={{ service: 'gp' }} moveFocus onCheckAnswers={() => {}} onStartAgain={() => {}} {...props} />,
  );

describe('PlanView', () => {
  it('focuses its heading; a passed time limit stays in view, other things to know are one tap away', () => {
    const { container } = renderPlan();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Your plan' }));
    expect(container.querySelector('.cs-warning')?.textContent).toContain('You usually have 12 months to complain.');
    expect(container.querySelector('.cs-warning')?.textContent).not.toContain('consent');
    const later = screen.getByText('Good to know').closest('details')!;
    expect(later.open).toBe(false);
    expect(later.textContent).toContain('They will usually need the consent');
  });

  it('shows safety first and open, then the step to act on in a sentence with its contact, then a line each for what comes after', () => {
    const { container } = renderPlan();
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings.slice(0, 6)).toEqual(['Your plan', 'Important', 'Do this first: keep people safe', 'If someone is at risk', 'Then', 'After that']);
    const first = container.querySelector('.cs-first')!;
    expect(first.textContent).toContain('Complain to the practice, by 1 October 2027.');
    expect(first.querySelector('a[href="tel:01134960000"]')?.textContent).toBe('Call 0113 496 0000');
    expect(screen.getByText('If you are still unhappy, ask the ombudsman.')).toBeTruthy();
    // The full steps, in order, each behind a closed disclosure.
    const more = [...container.querySelectorAll('details.cs-more')];
    expect(more.map((d) => d.querySelector('summary')?.textContent)).toEqual(
      ['Complain to the practice', 'If you are still unhappy, ask the ombudsman', 'Get free help to complain', 'Good to know']);
    expect(more.every((d) => !(d as HTMLDetailsElement).open)).toBe(true);
  });

  it('gives each body its card once, and says a detail not confirmed is to be checked', () => {
    const unconfirmed = { ...phso, id: 'healthwatch-leeds', name: 'Healthwatch Leeds', verified: false };
    const steps = [
      { kind: 'resolve' as const, title: 'Talk to the manager first', text: 'They may sort it out.', body: unconfirmed },
      { kind: 'complain' as const, title: 'Complain to them', text: 'Write to them.', body: unconfirmed },
    ];
    const { container } = renderPlan({ plan: { ...plan, steps, warnings: [] } });
    expect(container.querySelectorAll('.cs-body')).toHaveLength(1);
    expect(container.querySelector('.cs-body')?.textContent).toContain('(check this number on their website)');
  });

  it('offers a way to check and change the answers, and the actions', () => {
    const onCheckAnswers = vi.fn();
    renderPlan({ onCheckAnswers });
    fireEvent.click(screen.getByRole('button', { name: 'Check or change your answers' }));
    expect(onCheckAnswers).toHaveBeenCalled();
    for (const name of ['Print this plan', 'Copy as text', 'Start again']) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Email to myself' })).toBeTruthy();
  });

  it('has no answers section when the site answered everything', () => {
    renderPlan({ onCheckAnswers: undefined, moveFocus: false });
    expect(screen.queryByText('Check or change your answers')).toBeNull();
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
    fireEvent.click(screen.getByRole('button', { name: 'Help me write my complaint' }));
    expect(onWriteLetter).toHaveBeenCalled();
    cleanup();
    renderPlan();
    expect(screen.queryByRole('button', { name: 'Help me write my complaint' })).toBeNull();
  });
});
