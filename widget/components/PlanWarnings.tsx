import type { Plan } from '../api.js';
import { useTexts } from '../texts/context.js';

/** The plan's warnings under one heading, or nothing when it has none. */
export function PlanWarnings({ warnings }: { warnings: Plan['warnings'] }) {
  const t = useTexts();
  if (!warnings.length) return null;
  return (
    <div class="cs-warning">
      <h3>{t.important}</h3>
      {warnings.map((warning) => (
        <p key={warning.code}>{warning.text}</p>
      ))}
    </div>
  );
}
