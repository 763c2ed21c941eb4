// Always on screen, before anything else: complaints are slow, danger is not. Its words match safetyText().
export function SafetyLine({ nation }: { nation?: unknown }) {
  return (
    <p class="cs-safety">
      If someone is in danger now, call <a href="tel:999">999</a>.
      {nation === 'northern-ireland'
        ? ' For urgent medical help, contact your GP or GP Out of Hours.'
        : (<> For urgent medical help, call NHS <a href="tel:111">111</a>.</>)}
    </p>
  );
}
