import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Answers, Plan, Question } from '../api.js';
import { adoptStyles } from '../adopt.js';
import { BackLink } from '../components/BackLink.js';
import { BodyContact } from '../components/BodyContact.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { dateInWords, isoDate } from '../dates.js';
import { downloadFile } from '../download.js';
import type { FieldProblem } from '../draft.js';
import { letterStep } from '../plan-steps.js';
import { nameInSentence } from '../plan-text.js';
import css from './letter.css?inline';
import { complaintBasis, letterText, suggestedRecipient, type LetterDraft, type Who } from './letter-text.js';

export interface LetterWriterProps {
  plan: Plan;
  answers: Answers;
  /** The questions asked on the way, for the wording of the answers. */
  questions: Question[];
  /** Kept by the widget (in memory) while the person goes back to the plan, so nothing is typed twice. */
  draft: Partial<LetterDraft>;
  onBack: () => void;
}

/** Words added or changed here, together for the translator. */
const TEXT = {
  relationship: 'Who were they to you?',
  relationshipHint: 'For example, father, wife or friend. We will write "my father".',
  want: 'Put each thing on its own line.',
  wantStarted: 'We have started this from your answers. You can change it. Put each thing on its own line.',
};

const WHO: { value: Who; label: string }[] = [
  { value: 'me', label: 'Me' },
  { value: 'someone-else', label: 'Someone else' },
  { value: 'someone-who-died', label: 'Someone who has died' },
];

const isWho = (value: unknown): value is Who => WHO.some((who) => who.value === value);

interface TextFieldProps {
  name: keyof LetterDraft;
  label: string;
  hint?: string;
  values: LetterDraft;
  problem?: FieldProblem;
  rows?: number;
  autocomplete?: string;
  onChange: (name: keyof LetterDraft, value: string) => void;
}

const fieldId = (name: string) => `cs-l-${name}`;

/** A labelled text box or text area with its hint and error, GOV.UK style. */
function TextField({ name, label, hint, values, problem, rows, autocomplete = 'off', onChange }: TextFieldProps) {
  const id = fieldId(name);
  const error = problem?.target === id ? problem.text : undefined;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    class: `cs-input${rows ? ' cs-textarea' : ' cs-input-wide'}`,
    value: values[name],
    autocomplete,
    spellcheck: true,
    'aria-describedby': describedBy,
    'aria-invalid': error ? ('true' as const) : undefined,
    onInput: (event: Event) => onChange(name, (event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`cs-field${error ? ' cs-error' : ''}`}>
      <label for={id} class="cs-label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="cs-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="cs-error-message">
          <span class="cs-visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {rows ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
    </div>
  );
}

/** "Help me write my complaint": a short form, then the letter to download or print. Nothing leaves the device. */
export default function LetterWriter({ plan, answers, questions, draft, onBack }: LetterWriterProps) {
  const step = letterStep(plan, answers)!;
  const body = step.body;
  const escalating = step.kind === 'escalate';
  const today = plan.today ?? isoDate();

  const [values, setValues] = useState<LetterDraft>(() => {
    const outcome = questions.find((q) => q.id === 'outcome');
    const wanted = Array.isArray(answers.outcome) ? answers.outcome : [];
    return {
      who: isWho(answers.who) ? answers.who : 'me',
      to: suggestedRecipient(body),
      complainedTo: '',
      happened: '',
      when: typeof answers.when === 'string' && answers.when ? dateInWords(answers.when) : '',
      effect: '',
      want: wanted.map((value) => outcome?.options.find((o) => o.value === value)?.label ?? value).join('\n'),
      theirName: '',
      relationship: '',
      yourName: '',
      reply: '',
      ...draft,
    };
  });
  // Said only when the box really was filled in from the answers, and still is.
  const startedFromAnswers = Array.isArray(answers.outcome) && answers.outcome.length > 0 && !!values.want.trim();
  const [view, setView] = useState<'form' | 'letter'>('form');
  const [problem, setProblem] = useState<FieldProblem>();
  const [attempts, setAttempts] = useState(0);
  const [saved, setSaved] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const download = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => adoptStyles(root.current, css), []);
  useLayoutEffect(() => {
    if (!problem) heading.current?.focus();
  }, [view]);

  const change = (name: keyof LetterDraft, value: string) => {
    const next = { ...values, [name]: value };
    setValues(next);
    Object.assign(draft, next);
  };

  const whoLabels = questions.find((q) => q.id === 'who')?.options;
  const text = letterText(values, {
    step,
    basis: complaintBasis(answers),
    nation: typeof answers.nation === 'string' ? answers.nation : undefined,
    responded: typeof answers.responded === 'string' && answers.responded ? answers.responded : undefined,
    today,
  });

  const submit = (event: Event) => {
    event.preventDefault();
    setAttempts(attempts + 1);
    if (!values.happened.trim()) {
      return setProblem({ text: 'Say what happened', target: fieldId('happened') });
    }
    setProblem(undefined);
    setSaved('');
    setView('letter');
  };

  const fileName = `complaint-letter-${today}.txt`;
  const save = () => {
    downloadFile(download.current!, fileName, text.replace(/\n/g, '\r\n'), 'text/plain;charset=utf-8');
    setSaved(`Your letter is downloading as ${fileName}.`);
  };

  const them = values.who === 'me' ? 'you' : 'them';
  return (
    <div class="cs-letter-part" ref={root}>
      <BackLink label="Back to your plan" onClick={onBack} />
      {view === 'form' ? (
        <form noValidate onSubmit={submit}>
          {problem && <ErrorSummary key={attempts} problems={[problem]} />}
          <h2 ref={heading} tabIndex={-1}>
            Write your complaint
          </h2>
          <p>
            Answer what you can, and we will write a letter {escalating ? 'asking' : 'to'} {body && nameInSentence(body)}
            {escalating ? ' to look at your complaint' : ''}. You can then download it or print it, check it, and send
            it yourself.
          </p>
          <p class="cs-privacy">
            What you type stays on this device. It is not sent to us or to anyone else, and it is gone when you close
            this page.
          </p>

          <fieldset class="cs-field">
            <legend class="cs-label">Who is the complaint for?</legend>
            <div class="cs-radios">
              {WHO.map((who, index) => (
                <div class="cs-choice" key={who.value}>
                  <input
                    id={`cs-l-who-${index}`}
                    type="radio"
                    name="cs-l-who"
                    value={who.value}
                    checked={values.who === who.value}
                    onChange={() => change('who', who.value)}
                  />
                  <label for={`cs-l-who-${index}`}>{whoLabels?.find((o) => o.value === who.value)?.label ?? who.label}</label>
                </div>
              ))}
            </div>
          </fieldset>
          {values.who !== 'me' && (
            <div class="cs-conditional">
              <TextField name="theirName" label="Their name" values={values} onChange={change} />
              {values.who === 'someone-who-died' && (
                <TextField name="relationship" label={TEXT.relationship} hint={TEXT.relationshipHint} values={values} onChange={change} />
              )}
              {values.who === 'someone-else' && (
                <p class="cs-hint">
                  The letter ends with a short consent note for them to sign, so the organisation can talk to you about
                  their care.
                </p>
              )}
            </div>
          )}

          <TextField
            name="to"
            label={escalating ? 'Who are you writing to?' : 'Who are you complaining to?'}
            hint={body?.generic ? `The name of ${nameInSentence(body)}.` : 'The name of the organisation.'}
            values={values}
            onChange={change}
          />
          {escalating && (
            <TextField
              name="complainedTo"
              label="Who did you complain to?"
              hint="The organisation that sent you their final response."
              values={values}
              onChange={change}
            />
          )}
          <TextField
            name="happened"
            label="What happened?"
            hint="Say what happened, in the order it happened. Include where it was, and the names or jobs of the staff involved if you know them."
            values={values}
            problem={problem}
            rows={6}
            onChange={change}
          />
          <TextField name="when" label="When did it happen?" hint="For example, 3 March 2026, or March 2026." values={values} onChange={change} />
          <TextField
            name="effect"
            label={values.who === 'me' ? 'How has it affected you?' : `How has it affected ${them}, and you?`}
            hint="For example, on health, family, work or money, or how it made you feel."
            values={values}
            rows={4}
            onChange={change}
          />
          <TextField
            name="want"
            label="What would you like to happen?"
            hint={startedFromAnswers ? TEXT.wantStarted : TEXT.want}
            values={values}
            rows={4}
            onChange={change}
          />
          <TextField name="yourName" label="Your name" values={values} autocomplete="name" onChange={change} />
          <TextField
            name="reply"
            label="Your address, email address or phone number"
            hint="So they can reply to you."
            values={values}
            rows={3}
            onChange={change}
          />
          <button type="submit" class="cs-button">
            Create my letter
          </button>
        </form>
      ) : (
        <div>
          <h2 ref={heading} tabIndex={-1} class="cs-no-print">
            Your complaint letter
          </h2>
          <p class="cs-no-print">
            Read it through and change anything that is not right. Keep a copy. Then send it
            {escalating ? ', with a copy of their final response,' : ''} to:
          </p>
          {body && (
            <div class="cs-no-print">
              <BodyContact body={body} />
            </div>
          )}
          <div class="cs-actions-row cs-no-print">
            <button ref={download} type="button" class="cs-button" onClick={save}>
              Download the letter
            </button>
            <button type="button" class="cs-button cs-button-secondary" onClick={() => window.print()}>
              Print the letter
            </button>
            <button
              type="button"
              class="cs-link"
              onClick={() => {
                setView('form');
              }}
            >
              Change what you wrote
            </button>
          </div>
          <p class="cs-confirm cs-no-print" role="status">
            {saved}
          </p>
          <div class="cs-letter" role="region" aria-label="Your letter">
            {text}
          </div>
        </div>
      )}
    </div>
  );
}
