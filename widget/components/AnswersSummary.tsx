import type { Answer, Answers, Question } from '../api.js';
import { dateInWords } from '../dates.js';
import type { Texts } from '../texts/en.js';
import { useTexts } from '../texts/context.js';
import { providerName } from '../providers.js';

function answerInWords(question: Question, answer: Answer | undefined, t: Texts): string {
  if (!answer || !answer.length) return t.notAnswered;
  if (question.kind === 'date' && typeof answer === 'string') return dateInWords(answer, t.language);
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
  const t = useTexts();
  return (
    <details class="cs-more">
      <summary>{t.yourAnswers}</summary>
      <dl class="cs-details-text">
        {questions.map((question, index) => (
          <div class="cs-summary-row" key={question.id}>
            <dt>{question.text}</dt>
            <dd>{answerInWords(question, answers[question.id], t)}</dd>
            <dd class="cs-no-print">
              <button type="button" class="cs-link" onClick={() => onChange(index)}>
                {t.change}{' '}
                <span class="cs-visually-hidden">{t.changeAnswerTo} {question.text}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
