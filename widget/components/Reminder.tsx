import { useRef } from 'preact/hooks';
import type { Step } from '../api.js';
import { dateInWords } from '../dates.js';
import { downloadFile } from '../download.js';
import { stepReminder } from '../ics.js';
import { serviceOrigin } from '../insights.js';
import { useTexts } from '../texts/context.js';

/** "Add a reminder to your calendar": an .ics file for the step's deadline, made on this device. */
export function Reminder({ step, today }: { step: Step; today: string }) {
  const button = useRef<HTMLButtonElement>(null);
  const origin = serviceOrigin();
  const t = useTexts();
  const save = () => {
    const { name, text } = stepReminder(step, today, undefined, origin && `${origin}/follow-up`);
    downloadFile(button.current!, name, text, 'text/calendar;charset=utf-8');
  };
  return (
    <p class="cs-no-print">
      <button ref={button} type="button" class="cs-link" onClick={save}>
        {t.reminder}
        <span class="cs-visually-hidden">{t.reminderFor(dateInWords(step.deadline!.by!, t.language))}</span>
      </button>{' '}
      <span class="cs-hint">{t.reminderHint}</span>
    </p>
  );
}
