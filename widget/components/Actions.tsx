import { useState } from 'preact/hooks';
import type { Plan } from '../api.js';
import { planToText } from '../plan-text.js';

const COPIED = 'Copied. You can now paste your plan into a message or a document.';
const NOT_COPIED = 'Sorry, copying did not work. You can select the plan and copy it yourself.';

/** Ways to keep the plan. Nothing is sent to the service: email opens the person's own email app. */
export function Actions({ plan, nation, onStartAgain }: { plan: Plan; nation?: unknown; onStartAgain: () => void }) {
  const [confirmation, setConfirmation] = useState('');
  const text = planToText(plan, nation);
  const mailto = `mailto:?subject=${encodeURIComponent('My complaint plan')}&body=${encodeURIComponent(text.replace(/\n/g, '\r\n'))}`;

  // A printed plan is the whole plan: every "More about this" part is opened first.
  const printAll = (event: Event) => {
    (event.currentTarget as HTMLElement).closest('.cs')?.querySelectorAll('details').forEach((d) => (d.open = true));
    window.print();
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setConfirmation(COPIED);
    } catch {
      setConfirmation(NOT_COPIED);
    }
  };

  return (
    <div class="cs-no-print">
      <h3>Keep your plan</h3>
      <div class="cs-actions-row">
        <button type="button" class="cs-button cs-button-secondary" onClick={printAll}>
          Print this plan
        </button>
        <button type="button" class="cs-button cs-button-secondary" onClick={copy}>
          Copy as text
        </button>
        <a class="cs-button cs-button-secondary" href={mailto}>
          Email to myself
        </a>
      </div>
      <p class="cs-confirm" role="status">
        {confirmation}
      </p>
      <p class="cs-hint">Email to myself opens your own email app. We do not keep your answers.</p>
      <button type="button" class="cs-link" onClick={onStartAgain}>
        Start again
      </button>
    </div>
  );
}
