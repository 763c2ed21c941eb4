import { describe, expect, it } from 'vitest';
import { readDraft, startDraft } from '../../widget/draft.js';
import { concernQuestion, postcodeQuestion, serviceQuestion, whenQuestion } from './fixtures.js';

const today = new Date(2026, 10, 26);

describe('readDraft', () => {
  it('needs a choice on a required question, and points at the first option', () => {
    expect(readDraft(serviceQuestion, startDraft(serviceQuestion, undefined))).toEqual({
      problem: { text: 'Choose an answer', target: 'cs-service-0' },
    });
    expect(readDraft(concernQuestion, startDraft(concernQuestion, undefined))).toMatchObject({
      problem: { text: 'Choose at least one answer' },
    });
  });

  it('sends one value for single questions and a list, in option order, for multiple ones', () => {
    expect(readDraft(serviceQuestion, startDraft(serviceQuestion, 'hospital'))).toEqual({ answer: 'hospital' });
    const draft = { ...startDraft(concernQuestion, undefined), choices: ['records-or-data', 'care-or-treatment'] };
    expect(readDraft(concernQuestion, draft)).toEqual({ answer: ['care-or-treatment', 'records-or-data'] });
  });

  it('drops an earlier choice that is no longer on offer', () => {
    expect(readDraft(serviceQuestion, startDraft(serviceQuestion, 'care-home'))).toMatchObject({
      problem: { text: 'Choose an answer' },
    });
  });

  it('treats nothing on an optional question as "not sure"', () => {
    expect(readDraft(whenQuestion, startDraft(whenQuestion, undefined))).toEqual({ answer: '' });
    expect(readDraft(postcodeQuestion, startDraft(postcodeQuestion, undefined))).toEqual({ answer: '' });
  });

  it('turns the date boxes into YYYY-MM or YYYY-MM-DD', () => {
    const draft = startDraft(whenQuestion, undefined);
    expect(readDraft(whenQuestion, { ...draft, month: '3', year: '2026' }, today)).toEqual({ answer: '2026-03' });
    expect(readDraft(whenQuestion, { ...draft, day: '9', month: '3', year: '2026' }, today)).toEqual({ answer: '2026-03-09' });
    expect(readDraft(whenQuestion, { ...draft, month: '3' }, today)).toEqual({
      problem: { text: 'Enter the year', target: 'cs-when-year' },
    });
  });

  it('tidies a postcode, and explains the format when it is wrong', () => {
    expect(readDraft(postcodeQuestion, { ...startDraft(postcodeQuestion, undefined), text: 'ls14ap' })).toEqual({ answer: 'LS1 4AP' });
    expect(readDraft(postcodeQuestion, { ...startDraft(postcodeQuestion, undefined), text: 'nope' })).toMatchObject({
      problem: { target: 'cs-postcode-0' },
    });
  });

  it('starts from the earlier answer', () => {
    expect(startDraft(whenQuestion, '2026-03-07')).toMatchObject({ day: '7', month: '3', year: '2026' });
    expect(startDraft(postcodeQuestion, 'LS1 4AP').text).toBe('LS1 4AP');
    expect(startDraft(concernQuestion, ['staff-attitude']).choices).toEqual(['staff-attitude']);
  });
});
