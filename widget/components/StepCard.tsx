import type { ComponentChildren } from 'preact';
import type { Step } from '../api.js';
import { isoDate } from '../dates.js';
import { alternativesLabel, deadlineLabel } from '../plan-text.js';
import { BodyContact } from './BodyContact.js';
import { NewTabLink } from './NewTabLink.js';
import { Reminder } from './Reminder.js';
import { useTexts } from '../texts/context.js';

interface StepCardProps {
  step: Step;
  /** Offer a calendar reminder for the deadline; the value is the plan's date (today). */
  reminderFrom?: string;
  /** Shown under the title (the call handler's read-aloud wording). */
  children?: ComponentChildren;
  /** false inside a disclosure whose summary already gives the title. */
  titled?: boolean;
  /** The body already has its card in this plan: name it, without its contact details again. */
  repeatBody?: boolean;
}

/** One thing to do: what, who with, by when, what happens next, and why it is in the plan. */
export function StepCard({ step, reminderFrom, children, titled = true, repeatBody = false }: StepCardProps) {
  const { body, deadline, why, expect = [], alternatives = [], sources = [] } = step;
  const t = useTexts();
  return (
    <div class="cs-step">
      {titled && <h4>{step.title}</h4>}
      {children}
      <p>{step.text}</p>
      {body && (repeatBody ? <p><strong>{body.name}</strong></p> : <BodyContact body={body} />)}
      {alternatives.length > 0 && (
        <>
          <p>{alternativesLabel(step, t)}</p>
          <ul class="cs-contacts">
            {alternatives.map((alternative) => (
              <li key={alternative.id}>
                <BodyContact body={alternative} />
              </li>
            ))}
          </ul>
        </>
      )}
      {deadline && (
        <p class="cs-deadline">
          <strong>{deadlineLabel(deadline, t)}</strong> {deadline.text}
        </p>
      )}
      {deadline?.by && reminderFrom !== undefined && <Reminder step={step} today={reminderFrom || isoDate()} />}
      {expect.length > 0 && (
        <>
          <h5>{t.whatNext}</h5>
          <ul>
            {expect.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
      {(why || sources.length > 0) && (
        <details>
          <summary>{t.whyThis}</summary>
          <div class="cs-details-text">
            {why && <p>{why}</p>}
            {sources.length > 0 && (
              <>
                <p>{t.whereFrom}</p>
                <ul>
                  {sources.map((source) => (
                    <li key={source.url}>
                      <NewTabLink href={source.url}>{source.title}</NewTabLink>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </details>
      )}
    </div>
  );
}
