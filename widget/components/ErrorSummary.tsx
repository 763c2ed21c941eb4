import { useLayoutEffect, useRef } from 'preact/hooks';
import type { FieldProblem } from '../draft.js';
import { useTexts } from '../texts/context.js';

/** GOV.UK error summary. Takes focus when it appears; remount it (new key) to take focus again. */
export function ErrorSummary({ problems }: { problems: FieldProblem[] }) {
  const summary = useRef<HTMLDivElement>(null);
  const t = useTexts();
  useLayoutEffect(() => summary.current?.focus(), []);

  // Fragment links cannot reach into a shadow root, so move focus to the field ourselves.
  const goTo = (event: MouseEvent, id: string) => {
    event.preventDefault();
    const root = summary.current?.getRootNode() as Document | ShadowRoot | undefined;
    root?.getElementById(id)?.focus();
  };

  return (
    <div class="cs-error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby="cs-error-summary-title">
      <h2 id="cs-error-summary-title">{t.problemTitle}</h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem.target}>
            <a href={`#${problem.target}`} onClick={(event) => goTo(event, problem.target)}>
              {problem.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
