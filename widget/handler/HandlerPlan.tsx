import type { Ref } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Answers, Plan, Question } from '../api.js';
import { PlanWarnings } from '../components/PlanWarnings.js';
import { StepCard } from '../components/StepCard.js';
import { TryAgainAlert } from '../components/TryAgainAlert.js';
import { dateInWords } from '../dates.js';
import { sectionSteps } from '../plan-sections.js';
import { remindable } from '../plan-steps.js';
import { readAloud } from './read-aloud.js';
import { suggestsHarm } from './visibility.js';

export type PlanState = 'loading' | 'updating' | 'ready' | 'failed';

export interface CopyState {
  message: string;
  /** The summary, shown selected for copying by hand when the clipboard could not be used. */
  fallback?: string;
}

interface HandlerPlanProps {
  plan?: Plan;
  state: PlanState;
  /** The questions on screen, to name the ones not answered yet. */
  shown: Question[];
  answers: Answers;
  /** An answer the service could not use, so the plan does not include it yet. */
  problem?: { question: string; text: string };
  copy?: CopyState;
  planHeading: Ref<HTMLHeadingElement>;
  unknownsHeading: Ref<HTMLHeadingElement>;
  onGoTo: (question: string) => void;
  onCopy: () => void;
  onRetry: () => void;
  /** Adds "Abuse or neglect" to the caller's concerns, after the safety prompt. */
  onAddAbuse?: () => void;
}

/** The selected summary, for Ctrl+C when the clipboard is out of reach. */
function CopyFallback({ text }: { text: string }) {
  const box = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    box.current?.focus();
    box.current?.select();
  }, [text]);
  return (
    <div>
      <label for="cs-h-summary">Summary for your case notes</label>
      <textarea id="cs-h-summary" ref={box} class="cs-input cs-textarea" readOnly rows={8} value={text} />
    </div>
  );
}

/** The live plan beside the questions: what is still unknown, then the steps with words to read aloud. */
export function HandlerPlan(props: HandlerPlanProps) {
  const { plan, state, shown, answers, problem, copy, planHeading, unknownsHeading, onGoTo, onCopy, onRetry, onAddAbuse } = props;
  const byId = new Map(shown.map((q) => [q.id, q]));
  const unknowns = plan?.unknowns ?? [];
  const afterFinal = !!plan && (answers.stage === 'final-response' || !plan.steps.some((s) => s.kind === 'complain'));
  const reminders = plan ? remindable(plan, answers) : [];
  const problemQuestion = problem && byId.get(problem.question);

  return (
    <section class="cs-handler-plan" aria-labelledby="cs-h-plan-title">
      <h2 id="cs-h-plan-title" ref={planHeading} tabIndex={-1}>
        Plan
      </h2>
      <p class="cs-caption" aria-hidden="true">
        {state === 'loading' ? 'Loading…' : state === 'updating' ? 'Updating…' : state === 'failed' ? 'Not up to date' : 'Up to date'}
      </p>
      {state === 'failed' && <TryAgainAlert message="We could not update the plan. Check the connection, then try again." onRetry={onRetry} />}
      {problem && (
        <div class="cs-warning" role="alert">
          <p>The plan does not include the last change yet: {problem.text}</p>
          {problemQuestion && (
            <button type="button" class="cs-link" onClick={() => onGoTo(problem.question)}>
              Go to the question: {problemQuestion.text}
            </button>
          )}
        </div>
      )}
      {plan && (
        <>
          {plan.headline && <p class="cs-lead">First: {plan.headline.text}</p>}
          {suggestsHarm(answers) && (
            <div class="cs-unknowns">
              <h3>Ask about safety</h3>
              <p>
                Missed care visits, poor care or being left without help can be neglect. Ask if anyone is at risk of
                harm now. If they are, add it to the plan.
              </p>
              {onAddAbuse && (
                <button type="button" class="cs-link" onClick={onAddAbuse}>
                  Add "Abuse or neglect" to what went wrong
                </button>
              )}
            </div>
          )}
          <p>{plan.summary}</p>
          {unknowns.length > 0 && (
            <div class="cs-unknowns">
              <h3 ref={unknownsHeading} tabIndex={-1}>
                What we don't know yet
              </h3>
              <p>Asking these could change the plan.</p>
              <ul>
                {unknowns.map((unknown) => {
                  const question = byId.get(unknown.question);
                  return (
                    <li key={unknown.question}>
                      {question ? (
                        <button type="button" class="cs-link" onClick={() => onGoTo(unknown.question)}>
                          <span class="cs-visually-hidden">Go to the question: </span>
                          {question.text}
                        </button>
                      ) : (
                        <strong>{unknown.question}</strong>
                      )}{' '}
                      {unknown.text}
                      {unknown.assumed && ` For now we have assumed: ${unknown.assumed}.`}
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
          <PlanWarnings warnings={plan.warnings} />
          {sectionSteps(plan.steps).map((section, index) => (
            <section key={index}>
              <h3>{section.heading}</h3>
              {section.steps.map((step, stepIndex) => (
                <StepCard key={stepIndex} step={step} reminderFrom={reminders.includes(step) ? (plan.today ?? '') : undefined}>
                  <p class="cs-read-aloud">
                    <span class="cs-read-aloud-label">Read aloud: </span>
                    {readAloud(step, afterFinal, answers.stage === 'ombudsman-decided')}
                  </p>
                </StepCard>
              ))}
            </section>
          ))}
          <p class="cs-meta">
            Plan made on {plan.today ? dateInWords(plan.today) : 'today'}. Data version {plan.dataVersion}.
          </p>
          <div class="cs-no-print">
            <button type="button" class="cs-button" aria-keyshortcuts="Alt+C" onClick={onCopy}>
              Copy summary <span class="cs-hint-inline">(Alt + C)</span>
            </button>
            <p class="cs-confirm" role="status">
              {copy?.message}
            </p>
            {copy?.fallback && <CopyFallback text={copy.fallback} />}
          </div>
        </>
      )}
    </section>
  );
}
