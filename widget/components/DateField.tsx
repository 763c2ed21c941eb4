import type { Question } from '../api.js';
import type { DateField as Part, DateParts } from '../dates.js';
import { inputId } from '../draft.js';
import { useTexts } from '../texts/context.js';

interface DateFieldProps {
  question: Question;
  parts: DateParts;
  /** id of the box the current error is about, if any */
  errorTarget?: string;
  onChange: (parts: DateParts) => void;
}

const BOXES: { part: Part; size: 2 | 4 }[] = [
  { part: 'day', size: 2 },
  { part: 'month', size: 2 },
  { part: 'year', size: 4 },
];

/** GOV.UK date input: the day may stay empty, so a month and year is enough. */
export function DateField({ question, parts, errorTarget, onChange }: DateFieldProps) {
  const t = useTexts();
  return (
    <div class="cs-date">
      {BOXES.map(({ part, size }) => (
        <div key={part}>
          <label for={inputId(question, part)}>{t[part]}</label>
          <input
            id={inputId(question, part)}
            class={`cs-input cs-input-${size}`}
            type="text"
            inputMode="numeric"
            autocomplete="off"
            spellcheck={false}
            value={parts[part]}
            aria-invalid={errorTarget === inputId(question, part) ? 'true' : undefined}
            onInput={(event) => onChange({ ...parts, [part]: event.currentTarget.value })}
          />
        </div>
      ))}
    </div>
  );
}
