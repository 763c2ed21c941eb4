import { Fragment } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Answers, Plan, Question } from '../api.js';
import { sectionSteps } from '../plan-sections.js';
import { letterStep, remindable } from '../plan-steps.js';
import { nameInSentence } from '../plan-text.js';
import { Actions } from './Actions.js';
import { FollowUpLink } from './FollowUpLink.js';
import { AnswersSummary } from './AnswersSummary.js';
import { PlanWarnings } from './PlanWarnings.js';
import { StepCard } from './StepCard.js';

interface PlanViewProps {
  plan: Plan;
  /** The questions asked on the way, in order. */
  questions: Question[];
  answers: Answers;
  moveFocus: boolean;
  /** Back from writing a letter: focus returns to the button that opened it. */
  focusLetter?: boolean;
  onChange: (index: number) => void;
  onStartAgain: () => void;
  /** Opens the letter writer; not offered when the plan has no one to write to. */
  onWriteLetter?: () => void;
}

/** The result: what to do, in the order to do it. */
export function PlanView({ plan, questions, answers, moveFocus, focusLetter, onChange, onStartAgain, onWriteLetter }: PlanViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const letterButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (moveFocus) (focusLetter && letterButton.current ? letterButton.current : heading.current)?.focus();
  }, []);
  const reminders = remindable(plan, answers);
  const writeStep = onWriteLetter ? letterStep(plan, answers) : undefined;
  const writeTo = writeStep?.body;
  // The offer to help write comes straight after the step the letter is for, where people need it.
  const sections = sectionSteps(plan.steps);
  const writeAfter = writeStep ? sections.findIndex((section) => section.steps.includes(writeStep)) : -1;

  return (
    <div>
      <h2 ref={heading} tabIndex={-1}>
        Your plan
      </h2>
      <p>{plan.summary}</p>
      <PlanWarnings warnings={plan.warnings} />
      {sections.map((section, index) => (
        <Fragment key={index}>
          <section>
            <h3>{section.heading}</h3>
            {section.steps.map((step, stepIndex) => (
              <StepCard key={stepIndex} step={step} reminderFrom={reminders.includes(step) ? (plan.today ?? '') : undefined} />
            ))}
          </section>
          {index === writeAfter && writeTo && (
            <section class="cs-no-print">
              <h3>Write your complaint</h3>
              <p>
                We can help you write a letter to {nameInSentence(writeTo)}. What you type stays on this device: it is
                not sent to us or anyone else.
              </p>
              <button ref={letterButton} type="button" class="cs-button" onClick={onWriteLetter}>
                Help me write my complaint
              </button>
            </section>
          )}
        </Fragment>
      ))}
      {questions.length > 0 && <AnswersSummary questions={questions} answers={answers} onChange={onChange} />}
      <FollowUpLink plan={plan} answers={answers} />
      <Actions plan={plan} nation={answers.nation} onStartAgain={onStartAgain} />
    </div>
  );
}
