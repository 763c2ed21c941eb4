import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuestionStep } from '../../widget/components/QuestionStep.js';
import { concernQuestion, postcodeQuestion, serviceQuestion, whenQuestion } from './fixtures.js';

afterEach(cleanup);

const continueButton = () => screen.getByRole('button', { name: 'Continue' });

describe('QuestionStep', () => {
  it('uses the question as the heading inside the legend, with the hint', () => {
    render(<QuestionStep question={serviceQuestion} moveFocus={false} onAnswer={() => {}} />);
    const heading = screen.getByRole('heading', { level: 2, name: serviceQuestion.text });
    expect(heading.parentElement?.tagName).toBe('LEGEND');
    const group = screen.getByRole('group', { name: serviceQuestion.text });
    expect(group).toHaveProperty('tagName', 'FIELDSET');
    expect(group.getAttribute('aria-describedby')).toBe('cs-service-hint');
    expect(screen.getByText('Choose the closest one.').closest('.cs-hint')?.id).toBe('cs-service-hint');
  });

  it('moves focus to the heading only when asked to', () => {
    const { unmount } = render(<QuestionStep question={serviceQuestion} moveFocus={false} onAnswer={() => {}} />);
    expect(document.activeElement).toBe(document.body);
    unmount();
    render(<QuestionStep question={serviceQuestion} moveFocus onAnswer={() => {}} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: serviceQuestion.text }));
  });

  it('sends the chosen value', () => {
    const onAnswer = vi.fn();
    render(<QuestionStep question={serviceQuestion} moveFocus={false} onAnswer={onAnswer} />);
    fireEvent.click(screen.getByLabelText('Hospital'));
    fireEvent.click(continueButton());
    expect(onAnswer).toHaveBeenCalledWith('hospital');
  });

  it('shows an error summary, focused, and an inline error when nothing is chosen', () => {
    const onAnswer = vi.fn();
    render(<QuestionStep question={serviceQuestion} moveFocus={false} onAnswer={onAnswer} />);
    fireEvent.click(continueButton());
    expect(onAnswer).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('There is a problem');
    expect(document.activeElement).toBe(summary);
    expect(screen.getByText('Choose an answer', { selector: '.cs-error-message' }).id).toBe('cs-service-error');
    expect(screen.getByRole('group').getAttribute('aria-describedby')).toBe('cs-service-hint cs-service-error');
  });

  it('takes focus back to the error summary on every failed attempt', () => {
    render(<QuestionStep question={serviceQuestion} moveFocus={false} onAnswer={() => {}} />);
    fireEvent.click(continueButton());
    screen.getByLabelText('GP practice').focus();
    fireEvent.click(continueButton());
    expect(document.activeElement).toBe(screen.getByRole('alert'));
  });

  it('offers "Skip this question" only on optional questions, sending ""', () => {
    const onAnswer = vi.fn();
    const { unmount } = render(<QuestionStep question={serviceQuestion} moveFocus={false} onAnswer={onAnswer} />);
    expect(screen.queryByRole('button', { name: 'Skip this question' })).toBeNull();
    unmount();
    render(<QuestionStep question={whenQuestion} moveFocus={false} onAnswer={onAnswer} />);
    fireEvent.click(screen.getByRole('button', { name: 'Skip this question' }));
    expect(onAnswer).toHaveBeenCalledWith('');
  });

  it('shows what was answered before', () => {
    render(<QuestionStep question={concernQuestion} answer={['staff-attitude']} moveFocus={false} onAnswer={() => {}} />);
    expect(screen.getByLabelText('Staff attitude')).toHaveProperty('checked', true);
    expect(screen.getByLabelText('Care or treatment')).toHaveProperty('checked', false);
  });

  it('sends a month and year for a date question', () => {
    const onAnswer = vi.fn();
    render(<QuestionStep question={whenQuestion} moveFocus={false} onAnswer={onAnswer} />);
    fireEvent.input(screen.getByLabelText('Month'), { target: { value: '3' } });
    fireEvent.input(screen.getByLabelText('Year'), { target: { value: '2025' } });
    fireEvent.click(continueButton());
    expect(onAnswer).toHaveBeenCalledWith('2025-03');
  });

  it('checks the postcode format before sending it', () => {
    const onAnswer = vi.fn();
    render(<QuestionStep question={postcodeQuestion} moveFocus={false} onAnswer={onAnswer} />);
    const input = screen.getByLabelText('Postcode');
    fireEvent.input(input, { target: { value: 'not a postcode' } });
    fireEvent.click(continueButton());
    expect(onAnswer).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('like LS1 4AP');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(input, { target: { value: 'ls1 4ap' } });
    fireEvent.click(continueButton());
    expect(onAnswer).toHaveBeenCalledWith('LS1 4AP');
  });

  it("shows the API's objection as the field's error", () => {
    render(<QuestionStep question={postcodeQuestion} apiProblem="We could not find that postcode." moveFocus={false} onAnswer={() => {}} />);
    expect(document.activeElement).toBe(screen.getByRole('alert'));
    expect(screen.getByText('We could not find that postcode.', { selector: '.cs-error-message' })).toBeTruthy();
  });
});
