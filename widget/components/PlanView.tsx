import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Answers, Plan, Question } from '../api.js';
import { sectionSteps } from '../plan-sections.js';
import { Actions } from './Actions.js';
import { AnswersSummary } from './AnswersSummary.js';
import { StepCard } from './StepCard.js';

interface PlanViewProps {
  plan: Plan;
  /** The questions asked on the way, in order. */
  questions: Question[];
  answers: Answers;
  moveFocus: boolean;
  onChange: (index: number) => void;
  onStartAgain: () => void;
}

/** The result: what to do, in the order to do it. */
export function PlanView({ plan, questions, answers, moveFocus, onChange, onStartAgain }: PlanViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (moveFocus) heading.current?.focus();
  }, []);

  return (
    <div>
      <h2 ref={heading} tabIndex={-1}>
        Your plan
      </h2>
      <p>{plan.summary}</p>
      {plan.warnings.length > 0 && (
        <div class="cs-warning">
          <h3>Important</h3>
          {plan.warnings.map((warning) => (
            <p key={warning.code}>{warning.text}</p>
          ))}
        </div>
      )}
      {sectionSteps(plan.steps).map((section, index) => (
        <section key={index}>
          <h3>{section.heading}</h3>
          {section.steps.map((step, stepIndex) => (
            <StepCard key={stepIndex} step={step} />
          ))}
        </section>
      ))}
      {questions.length > 0 && <AnswersSummary questions={questions} answers={answers} onChange={onChange} />}
      <Actions plan={plan} onStartAgain={onStartAgain} />
    </div>
  );
}
