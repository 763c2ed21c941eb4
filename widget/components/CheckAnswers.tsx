import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Answer, Answers, Question } from '../api.js';
import { dateInWords } from '../dates.js';
import { providerName } from '../providers.js';
import { useTexts } from '../texts/context.js';
import type { Texts } from '../texts/en.js';
import { ScreenHeading } from './ScreenHeading.js';

function answerInWords(question: Question, answer: Answer | undefined, t: Texts): string {
  if (!answer || !answer.length) return t.notAnswered;
  if (question.kind === 'date' && typeof answer === 'string') return dateInWords(answer, t.language);
  if (question.kind === 'provider' && typeof answer === 'string') return providerName(answer) ?? answer;
  const values = Array.isArray(answer) ? answer : [answer];
  return values.map((value) => question.options.find((option) => option.value === value)?.label ?? value).join(', ');
}

interface CheckAnswersProps {
  questions: Question[];
  answers: Answers;
  moveFocus: boolean;
  /** Change one answer: its question, then back here (or on to a new question, if one now applies). */
  onChange: (id: string) => void;
  onDone: () => void;
}

/** "Check your answers", as GOV.UK lays it out: what the plan is based on, each with its own Change link. */
export function CheckAnswers({ questions, answers, moveFocus, onChange, onDone }: CheckAnswersProps) {
  const t = useTexts();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (moveFocus) heading.current?.focus();
  }, []);
  return (
    <div>
      <ScreenHeading headingRef={heading}>{t.checkYourAnswers}</ScreenHeading>
      <p>{t.checkAnswersIntro}</p>
      <dl class="cs-check">
        {questions.map((question) => (
          <div class="cs-summary-row" key={question.id}>
            <dt>{question.text}</dt>
            <dd>{answerInWords(question, answers[question.id], t)}</dd>
            <dd class="cs-no-print">
              <button type="button" class="cs-link" onClick={() => onChange(question.id)}>
                {t.change} <span class="cs-visually-hidden">{t.changeAnswerTo} {question.text}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" class="cs-button" onClick={onDone}>
        {t.seeYourPlan}
      </button>
    </div>
  );
}
