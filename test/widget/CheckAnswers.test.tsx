import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckAnswers } from '../../widget/components/CheckAnswers.js';
import { concernQuestion, serviceQuestion, whenQuestion } from './fixtures.js';

afterEach(cleanup);

describe('CheckAnswers', () => {
  it('lists each answer in words, with its own Change link, and focuses its heading', () => {
    const onChange = vi.fn();
    const onDone = vi.fn();
    const { container } = render(
      <CheckAnswers
        questions={[serviceQuestion, concernQuestion, whenQuestion]}
        answers={{ service: 'gp', concern: ['care-or-treatment', 'staff-attitude'], when: '' }}
        moveFocus
        onChange={onChange}
        onDone={onDone}
      />,
    );
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Check your answers' }));
    expect([...container.querySelectorAll('dd:not(.cs-no-print)')].map((dd) => dd.textContent)).toEqual([
      'GP practice',
      'Care or treatment, Staff attitude',
      'Not answered',
    ]);
    fireEvent.click(screen.getByRole('button', { name: `Change your answer to: ${concernQuestion.text}` }));
    expect(onChange).toHaveBeenCalledWith('concern');
    fireEvent.click(screen.getByRole('button', { name: 'See your plan' }));
    expect(onDone).toHaveBeenCalled();
  });

  it('writes dates in words', () => {
    const { container } = render(<CheckAnswers questions={[whenQuestion]} answers={{ when: '2026-03' }} moveFocus={false} onChange={() => {}} onDone={() => {}} />);
    expect(container.querySelector('dd')?.textContent).toBe('March 2026');
  });
});
