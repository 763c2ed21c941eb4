// Always on screen, before anything else: complaints are slow, danger is not. Its words match safetyText().
import { useTexts } from '../texts/context.js';
export function SafetyLine({ nation }: { nation?: unknown }) {
  const t = useTexts();
  return (
    <p class="cs-safety">
      {t.safetyDanger} <a href="tel:999">999</a>.
      {nation === 'northern-ireland'
        ? ` ${t.safetyNi}`
        : (<> {t.safetyUrgent} <a href="tel:111">111</a>.</>)}
    </p>
  );
}
