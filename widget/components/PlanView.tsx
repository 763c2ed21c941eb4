import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Answers, Plan, Question, Step } from '../api.js';
import { isoDate } from '../dates.js';
import { isUrgentWarning, shortPlan } from '../plan-sections.js';
import { letterStep, remindable } from '../plan-steps.js';
import { Actions } from './Actions.js';
import { FollowUpLink } from './FollowUpLink.js';
import { ContactLine } from './ContactLine.js';
import { PlanWarnings } from './PlanWarnings.js';
import { Reminder } from './Reminder.js';
import { ScreenHeading } from './ScreenHeading.js';
import { StepCard } from './StepCard.js';
import { LazyPart } from './LazyPart.js';
import type { LoadPart } from '../parts.js';
import { useTexts } from '../texts/context.js';

interface PlanViewProps {
  plan: Plan;
  answers: Answers;
  /** Optional questions that would make the plan fit better; answering one updates the plan. */
  refinements?: Question[];
  moveFocus: boolean;
  /** Back from writing a letter: focus returns to the button that opened it. */
  focusLetter?: boolean;
  onRefine?: (question: Question) => void;
  /** Opens "Check your answers"; not offered when the site gave every answer. */
  onCheckAnswers?: () => void;
  onStartAgain: () => void;
  /** Opens the letter writer; not offered when the plan has no one to write to. */
  onWriteLetter?: () => void;
  /** "easy": every step in Easy Read with a picture, from the Easy Read part. */
  reading?: 'standard' | 'easy';
  loadPart?: LoadPart;
}

/** A step in a sentence and its one contact, with a calendar reminder for its date when it has one ahead. */
function ShortStep({ step, reminderFrom }: { step: Step; reminderFrom?: string }) {
  const contact = step.short?.contact;
  return (
    <>
      <p class="cs-lead">{step.short?.text ?? step.title}</p>
      {contact && <ContactLine contact={contact} />}
      {step.deadline && !step.deadline.by && <p>{step.deadline.text}</p>}
      {step.deadline?.by && reminderFrom !== undefined && <Reminder step={step} today={reminderFrom || isoDate()} />}
    </>
  );
}

/**
 * The result, as a person needs it on a phone: what to do first, how, and by when; in a line each, what comes after
 * and the free help. Everything else (why, sources, alternatives, what to expect) is one tap away.
 */
export function PlanView(props: PlanViewProps) {
  const { plan, answers, refinements = [], moveFocus, focusLetter } = props;
  const { onRefine, onCheckAnswers, onStartAgain, onWriteLetter, reading, loadPart } = props;
  const easy = reading === 'easy' && loadPart;
  const t = useTexts();
  const heading = useRef<HTMLHeadingElement>(null);
  const letterButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (moveFocus) (focusLetter && letterButton.current ? letterButton.current : heading.current)?.focus();
  }, []);
  const reminders = remindable(plan, answers);
  const reminderFor = (step: Step) => (reminders.includes(step) ? (plan.today ?? '') : undefined);
  const { urgent, first, after } = shortPlan(plan.steps);
  const more = plan.steps.filter((step) => step.kind !== 'urgent');
  // A body gets its card once: a later step that names it again just names it.
  const seen = new Set<string>();
  const cardOnce = (step: Step) => {
    const id = step.body?.id;
    const repeat = !!id && seen.has(id);
    if (id) seen.add(id);
    return repeat;
  };
  const urgentWarnings = plan.warnings.filter((w) => isUrgentWarning(w.code));
  const otherWarnings = plan.warnings.filter((w) => !isUrgentWarning(w.code));
  const writeTo = onWriteLetter ? letterStep(plan, answers)?.body : undefined;

  return (
    <div>
      <ScreenHeading headingRef={heading}>{t.yourPlan}</ScreenHeading>
      {answers.who === 'someone-who-died' && <p>{t.sorryForLoss}</p>}
      {easy && <LazyPart name="easy" loadPart={loadPart} props={{ plan }} />}
      {!easy && <PlanWarnings warnings={urgentWarnings} />}
      {!easy && urgent.length > 0 && (
        <section>
          <h3>{t.keepSafeFirst}</h3>
          {urgent.map((step, index) => (
            <StepCard key={index} step={step} repeatBody={cardOnce(step)} />
          ))}
        </section>
      )}
      {!easy && first && (
        <section class="cs-first">
          <h3>{urgent.length > 0 ? t.then : t.startHere}</h3>
          <ShortStep step={first} reminderFrom={reminderFor(first)} />
        </section>
      )}
      {!easy && after.length > 0 && (
        <section>
          <h3>{t.afterThat}</h3>
          {after.map((step, index) => (
            <ShortStep key={index} step={step} reminderFrom={reminderFor(step)} />
          ))}
        </section>
      )}
      {writeTo && (
        <p class="cs-no-print">
          <button ref={letterButton} type="button" class="cs-button cs-button-secondary" onClick={onWriteLetter}>
            {t.writeLetter}
          </button>
        </p>
      )}
      {!easy && (<section>
        <h3>{t.moreAboutThis}</h3>
        {more.map((step, index) => (
          <details key={index} class="cs-more">
            <summary>{step.title}</summary>
            <div class="cs-details-text">
              <StepCard step={step} titled={false} repeatBody={cardOnce(step)} />
            </div>
          </details>
        ))}
        {otherWarnings.length > 0 && (
          <details class="cs-more">
            <summary>{t.goodToKnow}</summary>
            <div class="cs-details-text">
              {otherWarnings.map((warning) => (
                <p key={warning.code}>{warning.text}</p>
              ))}
            </div>
          </details>
        )}
      </section>)}
      {refinements.length > 0 && onRefine && (
        <section class="cs-no-print">
          <h3>{t.fitBetter}</h3>
          <p>{t.fitBetterHint}</p>
          <ul class="cs-refine">
            {refinements.map((question) => (
              <li key={question.id}>
                <button type="button" class="cs-link" id={`cs-refine-${question.id}`} onClick={() => onRefine(question)}>
                  {question.text}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {onCheckAnswers && (
        <p class="cs-no-print">
          <button type="button" class="cs-link" onClick={onCheckAnswers}>
            {t.checkAnswers}
          </button>
        </p>
      )}
      <FollowUpLink plan={plan} answers={answers} />
      <Actions plan={plan} answers={answers} onStartAgain={onStartAgain} />
    </div>
  );
}
