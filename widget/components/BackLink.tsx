// A button, not a link: going back happens inside the widget and must not touch the host page's address.
export function BackLink({ label = 'Back', onClick }: { label?: string; onClick: () => void }) {
  return (
    <button type="button" class="cs-link cs-back cs-no-print" onClick={onClick}>
      {label}
    </button>
  );
}
