import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ApiError } from '../api.js';

function calmMessage(error: ApiError): string {
  if (error.status === 0) return 'We could not connect to the service. Check your internet connection, then try again.';
  if (error.status === 429) return 'A lot of people are using this service right now. Wait a minute, then try again.';
  if (error.status >= 500) return 'Sorry, something went wrong on our side. Try again in a few minutes.';
  return 'Sorry, something went wrong with your answers. Try again, or start again.';
}

interface ProblemMessageProps {
  error: ApiError;
  moveFocus: boolean;
  onRetry: () => void;
}

/** A request failed: say so calmly and offer to try again. Answers are kept. */
export function ProblemMessage({ error, moveFocus, onRetry }: ProblemMessageProps) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (moveFocus) box.current?.focus();
  }, []);
  return (
    <div class="cs-problem" ref={box} tabIndex={-1} role="alert">
      <p>{calmMessage(error)}</p>
      <button type="button" class="cs-button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
