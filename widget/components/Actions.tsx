import { useState } from 'preact/hooks';
import type { Plan } from '../api.js';
import { planToText } from '../plan-text.js';
import { useTexts } from '../texts/context.js';

/** Ways to keep the plan. Nothing is sent to the service: email opens the person's own email app. */
export function Actions({ plan, nation, onStartAgain }: { plan: Plan; nation?: unknown; onStartAgain: () => void }) {
  const [confirmation, setConfirmation] = useState('');
  const t = useTexts();
  const text = planToText(plan, nation, t);
  const mailto = `mailto:?subject=${encodeURIComponent(t.emailSubject)}&body=${encodeURIComponent(text.replace(/\n/g, '\r\n'))}`;

  // A printed plan is the whole plan: every "More about this" part is opened first.
  const printAll = (event: Event) => {
    (event.currentTarget as HTMLElement).closest('.cs')?.querySelectorAll('details').forEach((d) => (d.open = true));
    window.print();
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setConfirmation(t.copied);
    } catch {
      setConfirmation(t.notCopied);
    }
  };

  return (
    <div class="cs-no-print">
      <h3>{t.keepPlan}</h3>
      <div class="cs-actions-row">
        <button type="button" class="cs-button cs-button-secondary" onClick={printAll}>
          {t.print}
        </button>
        <button type="button" class="cs-button cs-button-secondary" onClick={copy}>
          {t.copy}
        </button>
        <a class="cs-button cs-button-secondary" href={mailto}>
          {t.emailMyself}
        </a>
      </div>
      <p class="cs-confirm" role="status">
        {confirmation}
      </p>
      <p class="cs-hint">{t.emailHint}</p>
      <button type="button" class="cs-link" onClick={onStartAgain}>
        {t.startAgain}
      </button>
    </div>
  );
}
