// Always on screen, before anything else: complaints are slow, danger is not. Its words match SAFETY_TEXT.
export function SafetyLine() {
  return (
    <p class="cs-safety">
      If someone is in danger now, call <a href="tel:999">999</a>. For urgent medical help, call NHS{' '}
      <a href="tel:111">111</a>.
    </p>
  );
}
