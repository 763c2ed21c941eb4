import { useState } from 'preact/hooks';
import type { Answer, FindProviders, Question } from '../api.js';
import { DateField } from '../components/DateField.js';
import { PostcodeField } from '../components/PostcodeField.js';
import { ProviderField } from '../components/ProviderField.js';
import { providerName } from '../providers.js';
import type { DateParts } from '../dates.js';
import type { FieldProblem } from '../draft.js';
import { answerValues } from './visibility.js';

export const optionId = (question: Question, index: number) => `cs-h-${question.id}-${index}`;

interface HandlerQuestionProps {
  question: Question;
  number: number;
  answer?: Answer;
  /** What is typed in a date or postcode question, kept as typed. */
  typed?: DateParts | string;
  problem?: FieldProblem;
  onAnswer: (answer: Answer | undefined) => void;
  onType: (typed: DateParts | string) => void;
  /** Focus has left the question: time to say what is wrong with what was typed. */
  onLeave: () => void;
  /** What to say while a question has no options yet (the council areas, looked up from the postcode). */
  noOptions?: string;
  /** For "Which hospital or NHS service?": the providers search, and the nation to search in. */
  findProviders?: FindProviders;
  nation?: string;
}

/** One question on the call handler's screen: a fieldset, the words to read aloud, and numbered options. */
export function HandlerQuestion({ question, number, answer, typed, problem, onAnswer, onType, onLeave, noOptions, findProviders, nation }: HandlerQuestionProps) {
  const base = `cs-h-${question.id}`;
  // The name in the type-ahead box: what is typed, or the name of the place chosen.
  const [providerText, setProviderText] = useState(() => (typeof answer === 'string' ? providerName(answer) ?? '' : ''));
  const chosen = answerValues(answer);
  const multiple = question.kind === 'multiple';
  const showHint = !!question.hint && (question.kind === 'date' || question.kind === 'postcode');
  const describedBy = [question.prompt && `${base}-prompt`, showHint && `${base}-hint`, problem && `${base}-error`].filter(Boolean).join(' ');

  const toggle = (value: string, checked: boolean) => {
    if (!multiple) return onAnswer(value);
    const next = checked ? [...chosen, value] : chosen.filter((v) => v !== value);
    // Keep the API's order of options, whatever order they were ticked in.
    const ordered = question.options.map((o) => o.value).filter((v) => next.includes(v));
    onAnswer(ordered.length ? ordered : undefined);
  };

  return (
    <fieldset
      class={`cs-hq${problem ? ' cs-error' : ''}`}
      data-question={question.id}
      aria-describedby={describedBy || undefined}
      onFocusOut={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onLeave();
      }}
    >
      <legend>
        <h3>
          <span class="cs-hq-number">{number}.</span> {question.text}
          {question.optional && <span class="cs-hq-optional"> (optional)</span>}
        </h3>
      </legend>
      {question.prompt && (
        <p id={`${base}-prompt`} class="cs-read-aloud">
          <span class="cs-read-aloud-label">Ask: </span>
          {question.prompt}
        </p>
      )}
      {showHint && (
        <p id={`${base}-hint`} class="cs-hint">
          {question.hint}
        </p>
      )}
      {problem && (
        <p id={`${base}-error`} class="cs-error-message">
          <span class="cs-visually-hidden">Error: </span>
          {problem.text}
        </p>
      )}
      {question.kind === 'date' ? (
        <DateField
          question={question}
          parts={typeof typed === 'object' ? typed : { day: '', month: '', year: '' }}
          errorTarget={problem?.target}
          onChange={onType}
        />
      ) : question.kind === 'postcode' ? (
        <PostcodeField question={question} value={typeof typed === 'string' ? typed : ''} invalid={!!problem} onChange={onType} />
      ) : question.kind === 'provider' && findProviders ? (
        <ProviderField
          question={question}
          chosen={typeof answer === 'string' ? answer : ''}
          text={providerText}
          nation={nation}
          invalid={!!problem}
          findProviders={findProviders}
          onChange={(chosen, text) => {
            setProviderText(text);
            onAnswer(chosen || undefined);
          }}
        />
      ) : question.options.length === 0 ? (
        <p class="cs-hint" role="status">
          {noOptions}
        </p>
      ) : (
        <div class={`cs-hq-options${question.options.length > 6 ? ' cs-hq-options-many' : ''}`}>
          {question.options.map((option, index) => {
            const id = optionId(question, index);
            return (
              <div class="cs-choice" key={option.value}>
                <input
                  id={id}
                  type={multiple ? 'checkbox' : 'radio'}
                  name={`h-${question.id}`}
                  value={option.value}
                  checked={chosen.includes(option.value)}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                  onChange={(event) => toggle(option.value, event.currentTarget.checked)}
                />
                <div>
                  <label for={id}>
                    <span class="cs-key">{index + 1}</span>{' '}
                    {option.label}
                  </label>
                  {option.hint && (
                    <p id={`${id}-hint`} class="cs-hint cs-hq-hint">
                      {option.hint}
                    </p>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
