import type { Question } from '../api.js';
import { inputId } from '../draft.js';
import { useTexts } from '../texts/context.js';

interface PostcodeFieldProps {
  question: Question;
  value: string;
  invalid: boolean;
  onChange: (value: string) => void;
}

export function PostcodeField({ question, value, invalid, onChange }: PostcodeFieldProps) {
  const id = inputId(question);
  const t = useTexts();
  return (
    <div>
      <label for={id}>{t.postcode}</label>
      <input
        id={id}
        class="cs-input cs-input-postcode"
        type="text"
        autocomplete="postal-code"
        spellcheck={false}
        value={value}
        aria-invalid={invalid ? 'true' : undefined}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}
