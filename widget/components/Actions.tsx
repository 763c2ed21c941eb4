import { useEffect, useRef, useState } from 'preact/hooks';
import type { Answers, Plan } from '../api.js';
import { serviceOrigin } from '../insights.js';
import { planEmail, planLink, planToText } from '../plan-text.js';
import { useTexts } from '../texts/context.js';

/** Ways to keep the plan. Nothing is sent to the service: email opens the person's own email app. */
export function Actions({ plan, answers, onStartAgain }: { plan: Plan; answers: Answers; onStartAgain: () => void }) {
  const [confirmation, setConfirmation] = useState('');
  const t = useTexts();
  const text = planToText(plan, answers.nation, t);
  const mailto = planEmail(plan, planLink(serviceOrigin() ?? location.origin, answers), answers.nation, t);
  const root = useRef<HTMLDivElement>(null);

  // A printed plan is the whole plan, however it is printed (this button, the browser's menu, Ctrl+P): every
  // "More about this" part is opened for the print, and those the person had closed are closed again after it.
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...(root.current?.closest('.cs')?.querySelectorAll('details') ?? [])].filter((d) => !d.open);
      for (const details of opened) details.open = true;
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setConfirmation(t.copied);
    } catch {
      setConfirmation(t.notCopied);
    }
  };

  return (
    <div class="cs-no-print" ref={root}>
      <h3>{t.keepPlan}</h3>
      <div class="cs-actions-row">
        <button type="button" class="cs-button cs-button-secondary" onClick={() => window.print()}>
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
