import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Answer, FindProviders, Question } from '../api.js';
import { firstInputId, readDraft, startDraft, type FieldProblem } from '../draft.js';
import { ChoiceField } from './ChoiceField.js';
import { DateField } from './DateField.js';
import { ErrorSummary } from './ErrorSummary.js';
import { PostcodeField } from './PostcodeField.js';
import { useTexts } from '../texts/context.js';
import { ProviderField } from './ProviderField.js';
import { ScreenHeading } from './ScreenHeading.js';

interface QuestionStepProps {
  question: Question;
  /** The answer given before, if the person has been here already. */
  answer?: Answer;
  /** The API's objection to the answer just sent (an unknown postcode, say). */
  apiProblem?: string;
  moveFocus: boolean;
  onAnswer: (answer: Answer) => void;
  /** For "Which hospital or NHS service?": the providers search, and the nation to search in. */
  findProviders?: FindProviders;
  nation?: string;
}

/** One question per screen: a fieldset whose legend is the page heading, hint, error, the field, Continue. */
export function QuestionStep({ question, answer, apiProblem, moveFocus, onAnswer, findProviders, nation }: QuestionStepProps) {
  const t = useTexts();
  const [draft, setDraft] = useState(() => startDraft(question, answer));
  const [problem, setProblem] = useState<FieldProblem>();
  const [attempts, setAttempts] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (moveFocus) heading.current?.focus();
  }, []);

  const submit = (event: Event) => {
    event.preventDefault();
    const result = readDraft(question, draft, undefined, t);
    setAttempts(attempts + 1);
    if ('problem' in result) return setProblem(result.problem);
    setProblem(undefined);
    onAnswer(result.answer);
  };

  const shown = problem ?? (apiProblem ? { text: apiProblem, target: firstInputId(question) } : undefined);
  const hintId = `cs-${question.id}-hint`;
  const errorId = `cs-${question.id}-error`;
  const describedBy = [question.hint || question.kind === 'date' ? hintId : '', shown ? errorId : ''].filter(Boolean).join(' ');

  return (
    <form noValidate onSubmit={submit} data-question={question.id} data-kind={question.kind}>
      {shown && <ErrorSummary key={attempts} problems={[shown]} />}
      <div class={shown ? 'cs-error' : undefined}>
        <fieldset aria-describedby={describedBy || undefined}>
          <legend>
            <ScreenHeading headingRef={heading}>{question.text}</ScreenHeading>
          </legend>
          {(question.hint || question.kind === 'date') && (
            <div id={hintId} class="cs-hint">
              {question.hint && <p>{question.hint}</p>}
              {question.kind === 'date' && <p>{t.dateExample}</p>}
            </div>
          )}
          {shown && (
            <p id={errorId} class="cs-error-message">
              <span class="cs-visually-hidden">{t.errorPrefix}</span>
              {shown.text}
            </p>
          )}
          {question.kind === 'date' ? (
            <DateField question={question} parts={draft} errorTarget={shown?.target} onChange={(parts) => setDraft({ ...draft, ...parts })} />
          ) : question.kind === 'provider' && findProviders ? (
            <ProviderField
              question={question}
              chosen={draft.choices[0] ?? ''}
              text={draft.text}
              nation={nation}
              invalid={!!shown}
              findProviders={findProviders}
              onChange={(chosen, text) => setDraft({ ...draft, choices: chosen ? [chosen] : [], text })}
            />
          ) : question.kind === 'postcode' ? (
            <PostcodeField question={question} value={draft.text} invalid={!!shown} onChange={(text) => setDraft({ ...draft, text })} />
          ) : (
            <ChoiceField question={question} chosen={draft.choices} onChange={(choices) => setDraft({ ...draft, choices })} />
          )}
        </fieldset>
      </div>
      <div class="cs-actions-row">
        <button type="submit" class="cs-button">
          {t.continue}
        </button>
        {question.optional && (
          <button type="button" class="cs-link" onClick={() => onAnswer('')}>
            {question.kind === 'provider' ? t.provider.dontKnow : t.skip}
          </button>
        )}
      </div>
    </form>
  );
}
