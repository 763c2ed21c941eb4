import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ApiError } from '../api.js';
import type { Texts } from '../texts/en.js';
import { useTexts } from '../texts/context.js';

function calmMessage(error: ApiError, t: Texts): string {
  if (error.status === 0) return t.offline;
  if (error.status === 429) return t.busy;
  if (error.status >= 500) return t.serverFault;
  return t.answersFault;
}

interface ProblemMessageProps {
  error: ApiError;
  moveFocus: boolean;
  onRetry: () => void;
}

/** A request failed: say so calmly and offer to try again. Answers are kept. */
export function ProblemMessage({ error, moveFocus, onRetry }: ProblemMessageProps) {
  const box = useRef<HTMLDivElement>(null);
  const t = useTexts();
  useLayoutEffect(() => {
    if (moveFocus) box.current?.focus();
  }, []);
  return (
    <div class="cs-problem" ref={box} tabIndex={-1} role="alert">
      <p>{calmMessage(error, t)}</p>
      <button type="button" class="cs-button" onClick={onRetry}>
        {t.tryAgain}
      </button>
    </div>
  );
}
