import type { Question } from '../api.js';
import { inputId } from '../draft.js';

interface ChoiceFieldProps {
  question: Question;
  chosen: string[];
  onChange: (chosen: string[]) => void;
}

/** Radios for one answer (single and area questions), checkboxes for several (multiple). */
export function ChoiceField({ question, chosen, onChange }: ChoiceFieldProps) {
  const multiple = question.kind === 'multiple';
  const toggle = (value: string, checked: boolean) =>
    onChange(multiple ? (checked ? [...chosen, value] : chosen.filter((v) => v !== value)) : [value]);

  return (
    <div class={multiple ? 'cs-checkboxes' : 'cs-radios'}>
      {question.options.map((option, index) => {
        const id = inputId(question, index);
        return (
          <div class="cs-choice" key={option.value}>
            <input
              id={id}
              type={multiple ? 'checkbox' : 'radio'}
              name={question.id}
              value={option.value}
              checked={chosen.includes(option.value)}
              aria-describedby={option.hint ? `${id}-hint` : undefined}
              onChange={(event) => toggle(option.value, event.currentTarget.checked)}
            />
            <div>
              <label for={id}>{option.label}</label>
              {option.hint && (
                <p id={`${id}-hint`} class="cs-hint">
                  {option.hint}
                </p>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
