import type { Answer, Answers, Question } from '../api.js';
import { dateInWords } from '../dates.js';
import { providerName } from '../providers.js';

function answerInWords(question: Question, answer: Answer | undefined): string {
  if (!answer || !answer.length) return 'Not answered';
  if (question.kind === 'date' && typeof answer === 'string') return dateInWords(answer);
  if (question.kind === 'provider' && typeof answer === 'string') return providerName(answer) ?? answer;
  const values = Array.isArray(answer) ? answer : [answer];
  return values.map((value) => question.options.find((option) => option.value === value)?.label ?? value).join(', ');
}

interface AnswersSummaryProps {
  questions: Question[];
  answers: Answers;
  onChange: (index: number) => void;
}

/** "Check your answers": what the plan is based on, each with a way back to change it. */
export function AnswersSummary({ questions, answers, onChange }: AnswersSummaryProps) {
  return (
    <details class="cs-more">
      <summary>Your answers</summary>
      <dl class="cs-details-text">
        {questions.map((question, index) => (
          <div class="cs-summary-row" key={question.id}>
            <dt>{question.text}</dt>
            <dd>{answerInWords(question, answers[question.id])}</dd>
            <dd class="cs-no-print">
              <button type="button" class="cs-link" onClick={() => onChange(index)}>
                Change{' '}
                <span class="cs-visually-hidden">your answer to: {question.text}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
