import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswersSummary } from '../../widget/components/AnswersSummary.js';
import { concernQuestion, serviceQuestion, whenQuestion } from './fixtures.js';

afterEach(cleanup);

describe('AnswersSummary', () => {
  it('lists each answer in words, with a Change button for each', () => {
    const onChange = vi.fn();
    const { container } = render(
      <AnswersSummary
        questions={[serviceQuestion, concernQuestion, whenQuestion]}
        answers={{ service: 'gp', concern: ['care-or-treatment', 'staff-attitude'], when: '' }}
        onChange={onChange}
      />,
    );
    expect([...container.querySelectorAll('dd:not(.cs-no-print)')].map((dd) => dd.textContent)).toEqual([
      'GP practice',
      'Care or treatment, Staff attitude',
      'Not answered',
    ]);
    fireEvent.click(screen.getByRole('button', { name: `Change your answer to: ${concernQuestion.text}` }));
    expect(onChange).toHaveBeenCalledWith(1);
  });

  it('writes dates in words', () => {
    const { container } = render(<AnswersSummary questions={[whenQuestion]} answers={{ when: '2026-03' }} onChange={() => {}} />);
    expect(container.querySelector('dd')?.textContent).toBe('March 2026');
  });
});
