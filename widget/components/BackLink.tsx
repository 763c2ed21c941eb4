// A button, not a link: going back happens inside the widget and must not touch the host page's address.
import { useTexts } from '../texts/context.js';
export function BackLink({ label, onClick }: { label?: string; onClick: () => void }) {
  const t = useTexts();
  return (
    <button type="button" class="cs-link cs-back cs-no-print" onClick={onClick}>
      {label ?? t.back}
    </button>
  );
}
