import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../widget/api.js';
import { BackLink } from '../../widget/components/BackLink.js';
import { ErrorSummary } from '../../widget/components/ErrorSummary.js';
import { ProblemMessage } from '../../widget/components/ProblemMessage.js';
import { SafetyLine } from '../../widget/components/SafetyLine.js';
import { safetyText } from '../../widget/plan-text.js';

afterEach(cleanup);

describe('SafetyLine', () => {
  it('says the same as the text version, with 999 and 111 as phone links', () => {
    const { container } = render(<SafetyLine />);
    expect(container.textContent).toBe(safetyText());
    expect(screen.getByRole('link', { name: '999' }).getAttribute('href')).toBe('tel:999');
    expect(screen.getByRole('link', { name: '111' }).getAttribute('href')).toBe('tel:111');
  });

  it('never gives NHS 111 in Northern Ireland, where there is none: GP Out of Hours instead', () => {
    const { container } = render(<SafetyLine nation="northern-ireland" />);
    expect(container.textContent).toBe(safetyText('northern-ireland'));
    expect(container.textContent).toContain('GP Out of Hours');
    expect(container.textContent).not.toContain('111');
    expect(screen.queryByRole('link', { name: '111' })).toBeNull();
  });
});

describe('BackLink', () => {
  it('is a button, so it never changes the host page address', () => {
    const onClick = vi.fn();
    render(<BackLink label="Change your answers" onClick={onClick} />);
    fireEvent.click(screen.getByRole('button', { name: 'Change your answers' }));
    expect(onClick).toHaveBeenCalled();
  });
});

describe('ErrorSummary', () => {
  it('takes focus, and its links move focus to the field without touching the address', () => {
    render(
      <div>
        <ErrorSummary problems={[{ text: 'Choose an answer', target: 'field' }]} />
        <input id="field" aria-label="field" />
      </div>,
    );
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    const link = screen.getByRole('link', { name: 'Choose an answer' });
    expect(link.getAttribute('href')).toBe('#field');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(screen.getByLabelText('field'));
  });
});

describe('ProblemMessage', () => {
  it.each([
    [0, 'Check your internet connection'],
    [429, 'A lot of people are using this service'],
    [400, 'something went wrong with your answers'],
    [503, 'something went wrong on our side'],
  ])('explains a %i calmly and offers to try again', (status, words) => {
    const onRetry = vi.fn();
    render(<ProblemMessage error={new ApiError(status, 'x', 'x')} moveFocus onRetry={onRetry} />);
    expect(screen.getByRole('alert').textContent).toContain(words);
    expect(document.activeElement).toBe(screen.getByRole('alert'));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
  });
});
