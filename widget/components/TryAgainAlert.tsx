import { useTexts } from '../texts/context.js';
interface TryAgainAlertProps {
  /** What failed and what to check, in one sentence. */
  message: string;
  onRetry: () => void;
}

/** Something could not be loaded: say so and offer to try again. */
export function TryAgainAlert({ message, onRetry }: TryAgainAlertProps) {
  const t = useTexts();
  return (
    <div class="cs-problem" role="alert">
      <p>{message}</p>
      <button type="button" class="cs-button" onClick={onRetry}>
        {t.tryAgain}
      </button>
    </div>
  );
}
