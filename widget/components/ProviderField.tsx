// "Which hospital or NHS service?": a type-ahead following the ARIA 1.2 combobox pattern (an input that controls a
// listbox, the active option named by aria-activedescendant), with the number of results said in a status message.
// Without a choice, "I don't know" keeps today's route. What is typed goes only to the providers search.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FindProviders, ProviderResult, Question } from '../api.js';
import { inputId } from '../draft.js';
import { rememberProviderName, providerName } from '../providers.js';
import type { Texts } from '../texts/en.js';
import { useTexts } from '../texts/context.js';

interface ProviderFieldProps {
  question: Question;
  /** The id chosen, if any, and what is in the box. */
  chosen: string;
  text: string;
  nation?: string;
  invalid: boolean;
  findProviders: FindProviders;
  onChange: (chosen: string, text: string) => void;
}

const WAIT_MS = 150;

const detail = (r: ProviderResult, say: Texts['provider']) => [
  r.matched && say.knownAs(r.matched),
  r.kind === 'hospital' ? [r.town, say.runBy(r.organisation.name)].filter(Boolean).join('. ') : undefined,
].filter(Boolean).join('. ');

export function ProviderField({ question, chosen, text, nation, invalid, findProviders, onChange }: ProviderFieldProps) {
  const id = inputId(question);
  const listId = `${id}-list`;
  const say = useTexts().provider;
  const [results, setResults] = useState<ProviderResult[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const latest = useRef<AbortController>();

  useEffect(() => () => latest.current?.abort(), []);

  const search = (query: string) => {
    latest.current?.abort();
    if (query.trim().length < 2) {
      setResults([]);
      setOpen(false);
      setStatus(query.trim() ? say.typeMore : '');
      return;
    }
    const controller = new AbortController();
    latest.current = controller;
    setStatus(say.searching);
    setTimeout(() => {
      if (controller.signal.aborted) return;
      findProviders(query, nation, controller.signal).then((found) => {
        if (controller.signal.aborted) return;
        setResults(found);
        setActive(-1);
        setOpen(found.length > 0);
        setStatus(found.length ? say.results(found.length) : say.none);
      }, () => {
        if (!controller.signal.aborted) setStatus(say.failed);
      });
    }, WAIT_MS);
  };

  const choose = (r: ProviderResult) => {
    rememberProviderName(r.id, r.name);
    onChange(r.id, r.name);
    setOpen(false);
    setActive(-1);
    setStatus(say.chosen(r.name));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!results.length) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + results.length + (active < 0 && step < 0 ? 1 : 0)) % results.length);
    } else if (event.key === 'Enter' && open && active >= 0 && results[active]) {
      // Enter chooses the option; it does not send the form until something is chosen.
      event.preventDefault();
      choose(results[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div class="cs-combobox">
      <label for={id}>{say.label}</label>
      <input
        id={id}
        class="cs-input cs-input-provider"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={invalid ? 'true' : undefined}
        value={text}
        onInput={(event) => {
          // Typing again undoes a choice: the box and the answer never disagree.
          onChange('', event.currentTarget.value);
          search(event.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={say.listName} class="cs-listbox" hidden={!open}>
        {results.map((r, i) => (
          <li
            key={r.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active ? 'true' : 'false'}
            class={i === active ? 'cs-option cs-option-active' : 'cs-option'}
            // Keeps the focus in the box, so the choice is made before it blurs.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(r)}
          >
            <span class="cs-option-name">{r.name}</span>
            {detail(r, say) && <span class="cs-option-detail">{detail(r, say)}</span>}
          </li>
        ))}
      </ul>
      <p role="status" class="cs-visually-hidden">{status}</p>
      {chosen && !open && <p class="cs-hint">{say.chosen(providerName(chosen) ?? text)}</p>}
    </div>
  );
}
