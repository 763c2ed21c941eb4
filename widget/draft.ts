// What someone has typed or ticked on one question screen, and how it becomes an answer for the API.
import type { Answer, Question } from './api.js';
import { dateParts, parseDateParts, type DateParts } from './dates.js';
import { normalisePostcode } from './postcode.js';
import { providerName } from './providers.js';
import { en, type Texts } from './texts/en.js';

export interface Draft extends DateParts {
  choices: string[];
  text: string;
}

/** The id of the input an error message links to. */
export const inputId = (question: Question, part: string | number = 0) => `cs-${question.id}-${part}`;

/** Where the error summary sends people when the whole answer is missing or rejected. */
export const firstInputId = (question: Question) => inputId(question, question.kind === 'date' ? 'day' : 0);

export interface FieldProblem {
  text: string;
  /** id of the input to move to from the error summary */
  target: string;
}

export function startDraft(question: Question, answer: Answer | undefined): Draft {
  const single = typeof answer === 'string' ? answer : '';
  return {
    choices: Array.isArray(answer) ? answer : single ? [single] : [],
    text: question.kind === 'postcode' ? single : question.kind === 'provider' ? (providerName(single) ?? '') : '',
    ...dateParts(question.kind === 'date' ? single : ''),
  };
}

const isEmpty = (draft: Draft, question: Question) =>
  question.kind === 'date'
    ? !(draft.day + draft.month + draft.year).trim()
    : question.kind === 'postcode'
      ? !draft.text.trim()
      : question.kind === 'provider'
        ? !draft.choices.length && !draft.text.trim()
        : !draft.choices.length;

/** An answer to send, or the problem to show. Nothing given on an optional question means "not sure" (""). */
export function readDraft(question: Question, draft: Draft, today?: Date, t: Texts = en): { answer: Answer } | { problem: FieldProblem } {
  if (isEmpty(draft, question)) {
    if (question.optional) return { answer: '' };
    const text =
      question.kind === 'multiple' ? t.chooseSome
        : question.kind === 'date' ? t.enterMonthYear
          : question.kind === 'postcode' ? t.enterPostcode
            : t.chooseOne;
    return { problem: { text, target: firstInputId(question) } };
  }

  if (question.kind === 'date') {
    const result = parseDateParts(draft, today, t);
    return 'value' in result ? { answer: result.value } : { problem: { text: result.error, target: inputId(question, result.field) } };
  }

  if (question.kind === 'postcode') {
    const postcode = normalisePostcode(draft.text);
    return postcode
      ? { answer: postcode }
      : { problem: { text: t.postcodeFormat, target: inputId(question) } };
  }

  // A name typed but not chosen from the list is not an answer: the person chooses one, or "I don't know".
  if (question.kind === 'provider') {
    const [chosen] = draft.choices;
    return chosen ? { answer: chosen } : { problem: { text: t.provider.pickOne, target: inputId(question) } };
  }

  // Only values still on offer: an earlier answer may have changed which options make sense.
  const offered = question.options.map((option) => option.value).filter((value) => draft.choices.includes(value));
  if (!offered.length) return readDraft(question, { ...draft, choices: [] }, today, t);
  return { answer: question.kind === 'multiple' ? offered : offered[0]! };
}
