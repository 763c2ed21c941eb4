import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckAnswers } from '../../widget/components/CheckAnswers.js';
import { rememberProviderName } from '../../widget/providers.js';
import { TextsContext } from '../../widget/texts/context.js';
import { cy } from '../../widget/texts/cy.js';
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

  it('speaks the language on show, and gives the hospital chosen by its name', () => {
    rememberProviderName('RR8', 'Leeds General Infirmary');
    const providerQuestion = { ...whenQuestion, id: 'provider', kind: 'provider' as const, text: 'Pa ysbyty neu wasanaeth GIG?' };
    const { container } = render(
      <TextsContext.Provider value={cy}>
        <CheckAnswers questions={[providerQuestion, whenQuestion]} answers={{ provider: 'RR8', when: '2026-03' }} moveFocus={false} onChange={() => {}} onDone={() => {}} />
      </TextsContext.Provider>,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(cy.checkYourAnswers);
    expect([...container.querySelectorAll('dd:not(.cs-no-print)')].map((dd) => dd.textContent)).toEqual(['Leeds General Infirmary', 'Mawrth 2026']);
    expect(screen.getByRole('button', { name: `${cy.change} ${cy.changeAnswerTo} Pa ysbyty neu wasanaeth GIG?` })).toBeTruthy();
    expect(screen.getByRole('button', { name: cy.seeYourPlan })).toBeTruthy();
  });
});
