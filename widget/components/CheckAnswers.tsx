import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Answer, Answers, Question } from '../api.js';
import { dateInWords } from '../dates.js';
import { ScreenHeading } from './ScreenHeading.js';

/** The words of this screen, together for the translator. */
const TEXT = {
  heading: 'Check your answers',
  intro: 'Your plan is based on these answers. Change any that are not right.',
  notAnswered: 'Not answered',
  change: 'Change',
  changeFor: (question: string) => `your answer to: ${question}`,
  done: 'See your plan',
};

function answerInWords(question: Question, answer: Answer | undefined): string {
  if (!answer || !answer.length) return TEXT.notAnswered;
  if (question.kind === 'date' && typeof answer === 'string') return dateInWords(answer);
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
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (moveFocus) heading.current?.focus();
  }, []);
  return (
    <div>
      <ScreenHeading headingRef={heading}>{TEXT.heading}</ScreenHeading>
      <p>{TEXT.intro}</p>
      <dl class="cs-check">
        {questions.map((question) => (
          <div class="cs-summary-row" key={question.id}>
            <dt>{question.text}</dt>
            <dd>{answerInWords(question, answers[question.id])}</dd>
            <dd class="cs-no-print">
              <button type="button" class="cs-link" onClick={() => onChange(question.id)}>
                {TEXT.change} <span class="cs-visually-hidden">{TEXT.changeFor(question.text)}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" class="cs-button" onClick={onDone}>
        {TEXT.done}
      </button>
    </div>
  );
}
