import type { Option, Question } from '../api.js';
import { inputId } from '../draft.js';

interface ChoiceFieldProps {
  question: Question;
  chosen: string[];
  onChange: (chosen: string[]) => void;
}

/** Options under their group headings (each group in the order it first appears), or all together. */
function groupOptions(options: Option[]): { heading?: string; options: Option[] }[] {
  const groups: { heading?: string; options: Option[] }[] = [];
  for (const option of options) {
    const group = groups.find((g) => g.heading === option.group);
    if (group) group.options.push(option);
    else groups.push({ heading: option.group, options: [option] });
  }
  return groups;
}

/** Radios for one answer (single and area questions), checkboxes for several (multiple). A long list is shown
 *  under a few headings; the inputs still share one name, so they stay one question (and one set of arrow keys). */
export function ChoiceField({ question, chosen, onChange }: ChoiceFieldProps) {
  const multiple = question.kind === 'multiple';
  const toggle = (value: string, checked: boolean) =>
    onChange(multiple ? (checked ? [...chosen, value] : chosen.filter((v) => v !== value)) : [value]);
  // Ids follow the API's order, so an error link and a chosen answer find the same input however it is grouped.
  const choice = (option: Option) => {
    const id = inputId(question, question.options.indexOf(option));
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
  };
  const groups = groupOptions(question.options);

  return (
    <div class={multiple ? 'cs-checkboxes' : 'cs-radios'}>
      {groups.length > 1
        ? groups.map((group, index) => {
            const headingId = `cs-${question.id}-group-${index}`;
            return (
              <div role="group" aria-labelledby={group.heading ? headingId : undefined} class="cs-choice-group" key={group.heading ?? index}>
                {group.heading && (
                  <p id={headingId} class="cs-choice-group-heading">
                    {group.heading}
                  </p>
                )}
                {group.options.map(choice)}
              </div>
            );
          })
        : question.options.map(choice)}
    </div>
  );
}
