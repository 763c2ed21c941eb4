import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StepCard } from '../../widget/components/StepCard.js';
import { plan } from './fixtures.js';

afterEach(cleanup);
const complainStep = plan.steps[1]!;

describe('StepCard', () => {
  it('shows the title, what to do and who with', () => {
    render(<StepCard step={complainStep} />);
    expect(screen.getByRole('heading', { level: 4, name: 'Complain to the practice' })).toBeTruthy();
    expect(screen.getByText('Write to the practice manager.')).toBeTruthy();
    expect(screen.getByText('Riverside Surgery')).toBeTruthy();
  });

  it('gives the deadline as a date in words, with its explanation', () => {
    const { container } = render(<StepCard step={complainStep} />);
    expect(container.querySelector('.cs-deadline')?.textContent).toBe('Deadline: 1 October 2027. Complain by 1 October 2027.');
  });

  it('says plainly when a time limit has passed', () => {
    const { container } = render(<StepCard step={{ ...complainStep, deadline: { by: '2025-01-01', text: 'It may be too late.', passed: true } }} />);
    expect(container.querySelector('.cs-deadline')?.textContent).toBe('The time limit was 1 January 2025. It may be too late.');
  });

  it('lists what happens next and the alternatives', () => {
    render(<StepCard step={complainStep} />);
    expect(screen.getByRole('heading', { name: 'What happens next' })).toBeTruthy();
    expect(screen.getByText(/within 3 working days/)).toBeTruthy();
    expect(screen.getByText('Or you can complain to:')).toBeTruthy();
    expect(screen.getByText('NHS West Yorkshire Integrated Care Board')).toBeTruthy();
  });

  it('puts the reason and sources behind "Why am I seeing this?"', () => {
    const { container } = render(<StepCard step={complainStep} />);
    const details = container.querySelector('details')!;
    expect(details.querySelector('summary')?.textContent).toBe('Why am I seeing this?');
    expect(details.textContent).toContain(complainStep.why);
    expect(screen.getByRole('link', { name: 'NHS complaints regulations 2009 (opens in a new tab)' })).toBeTruthy();
  });

  it('leaves out what the step does not have', () => {
    const { container } = render(<StepCard step={plan.steps[0]!} />);
    expect(container.querySelector('details, .cs-deadline, .cs-body')).toBeNull();
  });
});
