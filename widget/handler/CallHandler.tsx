import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  ApiError, createPlanClient, createProviderFinder, fetchQuestions, lookupArea,
  type Answer, type Answers, type AreaLookup, type FetchPlan, type FindProviders, type Plan, type Provider, type Question,
} from '../api.js';
import { adoptStyles } from '../adopt.js';
import { SafetyLine } from '../components/SafetyLine.js';
import { TryAgainAlert } from '../components/TryAgainAlert.js';
import { parseDateParts, type DateParts } from '../dates.js';
import { inputId, type FieldProblem } from '../draft.js';
import { normalisePostcode } from '../postcode.js';
import css from './handler.css?inline';
import { HandlerPlan, type CopyState, type PlanState } from './HandlerPlan.js';
import { HandlerQuestion, optionId } from './HandlerQuestion.js';
import { SHORTCUTS, shortcutFor, type Action } from './shortcuts.js';
import { caseSummary } from './summary.js';
import { answersFor, answerValues, isAnswered, shownQuestions } from './visibility.js';

export interface CallHandlerProps {
  /** The service's address. */
  api: string;
  /** Answers the embedding site already knows (nation, service, funding): filled in, and can be changed. */
  presets?: Answers;
  provider?: Provider;
  /** Stand-ins for the API, for tests. */
  fetchPlan?: FetchPlan;
  loadQuestions?: () => Promise<Question[]>;
  findAreas?: (postcode: string) => Promise<AreaLookup>;
  findProviders?: FindProviders;
  /** How long to wait after the last change before asking for a new plan. */
  debounceMs?: number;
}

type Typed = DateParts | string;

/** How long to wait for a second number key in lists of 10 or more options. */
const SECOND_DIGIT_MS = 700;

/** What was typed in a date or postcode question: an answer, nothing yet, or a problem to show later. */
function readTyped(question: Question, typed: Typed): { answer?: Answer; problem?: FieldProblem } {
  if (typeof typed === 'object') {
    if (!(typed.day + typed.month + typed.year).trim()) return {};
    const result = parseDateParts(typed);
    return 'value' in result ? { answer: result.value } : { problem: { text: result.error, target: inputId(question, result.field) } };
  }
  if (!typed.trim()) return {};
  const postcode = normalisePostcode(typed);
  return postcode
    ? { answer: postcode }
    : { problem: { text: 'Enter a postcode like LS1 4AP, or just the first part, like LS1', target: inputId(question) } };
}

const isChoice = (question: Question) => question.kind !== 'date' && question.kind !== 'postcode';

/** The call handler's screen: every question that applies, the plan beside it, all by keyboard. */
export default function CallHandler(props: CallHandlerProps) {
  const { api, presets = {}, provider, debounceMs = 300 } = props;
  const [clients] = useState(() => ({
    fetchPlan: props.fetchPlan ?? createPlanClient(api),
    loadQuestions: props.loadQuestions ?? (() => fetchQuestions(api)),
    findAreas: props.findAreas ?? ((postcode: string) => lookupArea(api, postcode)),
    findProviders: props.findProviders ?? createProviderFinder(api),
  }));

  const [questions, setQuestions] = useState<Question[]>();
  const [questionsFailed, setQuestionsFailed] = useState(false);
  const [answers, setAnswers] = useState<Answers>(presets);
  const [typed, setTyped] = useState<Record<string, Typed>>({});
  const [problems, setProblems] = useState<Record<string, FieldProblem | undefined>>({});
  const [apiProblem, setApiProblem] = useState<{ question: string; text: string }>();
  const [plan, setPlan] = useState<Plan>();
  const [planState, setPlanState] = useState<PlanState>('loading');
  const [retries, setRetries] = useState(0);
  const [areas, setAreas] = useState<{ postcode: string; options: Question['options']; failed?: boolean }>();
  // The shortcuts are listed on the call handler page; here they are one key (?) or one button away.
  const [helpOpen, setHelpOpen] = useState(false);
  const [copy, setCopy] = useState<CopyState>();
  const [announcement, setAnnouncement] = useState('');

  const box = useRef<HTMLDivElement>(null);
  const planHeading = useRef<HTMLHeadingElement>(null);
  const unknownsHeading = useRef<HTMLHeadingElement>(null);
  const sendProvider = useRef(!!provider);
  const latest = useRef(0);
  const inFlight = useRef<AbortController>();
  const lastQuestion = useRef<string>();
  const digits = useRef<{ question: string; typed: string; timer: ReturnType<typeof setTimeout> }>();
  const copyWhenReady = useRef(false);
  /** Problems with what was typed: kept quiet while typing, shown once focus leaves the question. */
  const typing = useRef<Record<string, FieldProblem | undefined>>({});

  useLayoutEffect(() => adoptStyles(box.current, css), []);

  const loadQuestions = () => {
    setQuestionsFailed(false);
    clients.loadQuestions().then(setQuestions, () => setQuestionsFailed(true));
  };
  useEffect(loadQuestions, []);

  // The council area question offers the areas the postcode touches, from the area lookup.
  const postcode = typeof answers.postcode === 'string' ? answers.postcode : '';
  const open = new Set((plan?.unknowns ?? []).map((u) => u.question));
  const withAreas = (questions ?? []).map((q) =>
    q.kind === 'area' && areas?.postcode === postcode ? { ...q, options: areas.options } : q,
  );
  const shown = shownQuestions(withAreas, answers, open);
  const sent = answersFor(shown, answers);
  const sentKey = JSON.stringify(sent);
  const areaShown = shown.some((q) => q.kind === 'area');

  useEffect(() => {
    if (!areaShown || !postcode || areas?.postcode === postcode) return;
    clients.findAreas(postcode).then(
      (found) => setAreas({ postcode, options: found.candidates.map((c) => ({ value: c.code, label: c.name })) }),
      () => setAreas({ postcode, options: [], failed: true }),
    );
  }, [areaShown, postcode]);

  // The plan follows the answers: asked for a moment after the last change; an answer that arrives after a
  // newer request was made is ignored.
  useEffect(() => {
    if (!questions) return;
    const request = ++latest.current;
    setPlanState((state) => (state === 'loading' ? state : 'updating'));
    const timer = setTimeout(async () => {
      inFlight.current?.abort();
      const controller = (inFlight.current = new AbortController());
      try {
        const next = await clients.fetchPlan({ answers: sent, context: sendProvider.current ? { provider } : undefined }, controller.signal);
        if (request !== latest.current) return;
        setPlan(next);
        setPlanState('ready');
        setApiProblem(undefined);
        setAnnouncement('Plan updated.');
        if (copyWhenReady.current) {
          copyWhenReady.current = false;
          writeSummary(caseSummary(shown, answers, next));
        }
      } catch (error) {
        if (request !== latest.current || controller.signal.aborted) return;
        if (copyWhenReady.current) {
          copyWhenReady.current = false;
          setCopy({ message: 'The plan could not be updated, so nothing was copied. Try again.' });
        }
        const failure = error instanceof ApiError ? error : new ApiError(0, 'network', String(error));
        if (failure.status === 400 && failure.question) {
          setApiProblem({ question: failure.question, text: problemText(failure) });
          setPlanState('ready');
        } else if (failure.status === 400 && sendProvider.current) {
          sendProvider.current = false;
          setRetries((n) => n + 1);
        } else {
          setPlanState('failed');
        }
      }
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [questions, sentKey, retries]);

  /** The service's objection to an answer, with the answers it would take instead. */
  function problemText(failure: ApiError): string {
    const question = withAreas.find((q) => q.id === failure.question);
    const allowed = failure.allowed?.map((value) => question?.options.find((o) => o.value === value)?.label ?? value);
    return allowed?.length && question
      ? `that answer to "${question.text}" does not fit the other answers. Choose ${allowed.join(', or ')}.`
      : failure.message;
  }

  // Say when questions appear, so someone using a screen reader knows there is more to ask.
  const shownIds = shown.map((q) => q.id).join(' ');
  const previousIds = useRef<string>();
  useEffect(() => {
    const before = previousIds.current;
    previousIds.current = shownIds;
    if (!before) return;
    const added = shown.filter((q) => !before.split(' ').includes(q.id));
    if (added.length) setAnnouncement(`New question: ${added.map((q) => q.text).join(' ')}`);
  }, [shownIds]);

  /** Sets an answer, or works it out from the one before (two number keys in one moment see each other). */
  const setAnswer = (id: string, answer: Answer | undefined | ((before: Answer | undefined) => Answer | undefined)) => {
    setAnswers((before) => {
      const next = { ...before };
      const value = typeof answer === 'function' ? answer(before[id]) : answer;
      if (value === undefined) delete next[id];
      else next[id] = value;
      // A council area chosen for one postcode means nothing for another.
      if (id === 'postcode' && before.postcode !== value) delete next.area;
      return next;
    });
    setApiProblem((problem) => (problem?.question === id ? undefined : problem));
    setCopy(undefined);
  };

  const onType = (question: Question, value: Typed) => {
    setTyped((before) => ({ ...before, [question.id]: value }));
    const { answer, problem } = readTyped(question, value);
    setAnswer(question.id, answer);
    typing.current[question.id] = problem;
    if (!problem) setProblems((before) => ({ ...before, [question.id]: undefined }));
  };

  const onLeave = (question: Question) => {
    lastQuestion.current = question.id;
    setProblems((before) => ({ ...before, [question.id]: typing.current[question.id] }));
  };

  // Focus, by keyboard shortcut or from a hint.
  const fieldset = (id: string) => box.current?.querySelector<HTMLFieldSetElement>(`fieldset[data-question="${id}"]`);
  const focusQuestion = (id: string) => {
    const group = fieldset(id);
    const target = group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector<HTMLInputElement>('input');
    target?.focus();
    lastQuestion.current = id;
  };

  const choose = (id: string, index: number) => {
    const question = shown.find((q) => q.id === id);
    const option = question?.options[index];
    if (!question || !option) return setAnnouncement(`There is no option ${index + 1}.`);
    if (question.kind === 'multiple') {
      setAnswer(id, (before) => {
        const chosen = answerValues(before);
        const next = chosen.includes(option.value) ? chosen.filter((v) => v !== option.value) : [...chosen, option.value];
        const ordered = question.options.map((o) => o.value).filter((v) => next.includes(v));
        return ordered.length ? ordered : undefined;
      });
    } else {
      setAnswer(id, option.value);
    }
    box.current?.querySelector<HTMLInputElement>(`#${optionId(question, index)}`)?.focus();
  };
  // The newest `choose`, for a number typed a moment ago.
  const chooseNow = useRef(choose);
  chooseNow.current = choose;

  /** Number keys: the nth option. With 10 or more options, a second number typed quickly makes two digits. */
  const pickByNumber = (question: Question, digit: string) => {
    const count = question.options.length;
    const waiting = digits.current;
    if (waiting) {
      clearTimeout(waiting.timer);
      digits.current = undefined;
      const both = Number(waiting.typed + digit);
      if (waiting.question === question.id && both <= count) return choose(question.id, both - 1);
      // Not a number on the list: the first key was an option of its own, and this one starts afresh.
      chooseNow.current(waiting.question, Number(waiting.typed) - 1);
    }
    if (digit === '0') return;
    if (count < 10 || Number(digit) * 10 > count) return choose(question.id, Number(digit) - 1);
    digits.current = {
      question: question.id,
      typed: digit,
      timer: setTimeout(() => {
        digits.current = undefined;
        chooseNow.current(question.id, Number(digit) - 1);
      }, SECOND_DIGIT_MS),
    };
  };

  const writeSummary = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy({ message: 'Summary copied. It holds no name or contact details of the caller.' });
    } catch {
      setCopy({
        message: 'Copying did not work here. The summary is selected below: press Ctrl+C (Cmd+C on a Mac) to copy it.',
        fallback: text,
      });
    }
  };
  /** Copies the summary of the plan on screen, or of the next one when an update is on its way. */
  const copyLatest = () => {
    if (planState === 'updating' || (planState === 'loading' && !plan)) {
      copyWhenReady.current = true;
      return setCopy({ message: 'Copying when the plan has updated…' });
    }
    if (!plan) return setCopy({ message: 'There is no plan to copy yet.' });
    return writeSummary(caseSummary(shown, answers, plan));
  };

  const newCall = () => {
    setAnswers(presets);
    setTyped({});
    typing.current = {};
    setProblems({});
    setApiProblem(undefined);
    setCopy(undefined);
    previousIds.current = undefined;
    setAnnouncement('Answers cleared for a new call.');
    const first = shown[0];
    if (first) focusQuestion(first.id);
  };

  const act = (action: Action, current: Question | undefined, event: KeyboardEvent) => {
    const at = current ? shown.indexOf(current) : -1;
    switch (action) {
      case 'next':
      case 'previous': {
        if (!current) return focusQuestion(lastQuestion.current ?? shown[0]?.id ?? '');
        const target = shown[at + (action === 'next' ? 1 : -1)];
        if (target) return focusQuestion(target.id);
        return setAnnouncement(action === 'next' ? 'This is the last question.' : 'This is the first question.');
      }
      case 'unanswered': {
        const after = [...shown.slice(at + 1), ...shown.slice(0, at + 1)];
        const target = after.find((q) => !isAnswered(answers[q.id]));
        return target ? focusQuestion(target.id) : setAnnouncement('Every question has an answer.');
      }
      case 'plan':
        return planHeading.current?.focus();
      case 'unknowns':
        if (unknownsHeading.current) return unknownsHeading.current.focus();
        return setAnnouncement('There is nothing more that would change the plan.');
      case 'copy':
        return copyLatest();
      case 'help':
        return setHelpOpen((isOpen) => !isOpen);
      case 'option':
        return current && isChoice(current) ? pickByNumber(current, event.key) : undefined;
      case 'clear':
        if (!current || !isChoice(current) || !isAnswered(answers[current.id])) return;
        setAnswer(current.id, undefined);
        return setAnnouncement(`Answer cleared: ${current.text}`);
    }
  };

  // One listener on the page for as long as the screen is open; it always sees the newest state.
  const onKey = useRef<(event: KeyboardEvent) => void>();
  onKey.current = (event) => {
    if (event.defaultPrevented) return;
    const path = event.composedPath();
    const action = shortcutFor(event, path[0]);
    if (!action) return;
    const inside = path.find((node): node is HTMLElement => node instanceof HTMLElement && !!node.dataset?.question);
    const current = inside && box.current?.contains(inside) ? shown.find((q) => q.id === inside.dataset.question) : undefined;
    // Numbers and Delete belong to a question; elsewhere on the page they keep their usual meaning.
    if ((action === 'option' || action === 'clear') && !current) return;
    event.preventDefault();
    act(action, current, event);
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey.current?.(event);
    document.addEventListener('keydown', listener);
    return () => {
      document.removeEventListener('keydown', listener);
      clearTimeout(digits.current?.timer);
      inFlight.current?.abort();
    };
  }, []);

  return (
    <div class="cs-handler" ref={box}>
      <SafetyLine nation={answers.nation} />
      <div class="cs-handler-intro">
        <p>Ask the questions in order. The plan updates as you go. Nothing about the caller is kept.</p>
        <button
          type="button"
          class="cs-button cs-button-secondary"
          aria-expanded={helpOpen ? 'true' : 'false'}
          aria-controls="cs-h-shortcuts"
          onClick={() => setHelpOpen(!helpOpen)}
        >
          {helpOpen ? 'Hide keyboard shortcuts' : 'Show keyboard shortcuts'} <kbd aria-hidden="true">?</kbd>
        </button>
      </div>
      <section id="cs-h-shortcuts" class="cs-shortcuts" aria-labelledby="cs-h-shortcuts-title" hidden={!helpOpen}>
        <h2 id="cs-h-shortcuts-title">Keyboard shortcuts</h2>
        <dl>
          {SHORTCUTS.map((shortcut) => (
            <div key={shortcut.keys}>
              <dt>
                <kbd>{shortcut.keys}</kbd>
              </dt>
              <dd>{shortcut.does}</dd>
            </div>
          ))}
        </dl>
        <p class="cs-hint">Alt is the Option key on a Mac. Shortcuts without Alt do nothing while you are typing in a box.</p>
      </section>

      {questionsFailed ? (
        <TryAgainAlert message="We could not load the questions. Check the connection, then try again." onRetry={loadQuestions} />
      ) : !questions ? (
        <p role="status">Loading the questions…</p>
      ) : (
        <div class="cs-handler-columns">
          <form
            class="cs-handler-questions"
            aria-labelledby="cs-h-questions-title"
            noValidate
            onSubmit={(event) => event.preventDefault()}
          >
            <h2 id="cs-h-questions-title">Questions</h2>
            {shown.map((question, index) => (
              <HandlerQuestion
                key={question.id}
                question={question}
                number={index + 1}
                answer={answers[question.id]}
                typed={typed[question.id]}
                problem={problems[question.id]}
                onAnswer={(answer) => {
                  lastQuestion.current = question.id;
                  setAnswer(question.id, answer);
                }}
                onType={(value) => onType(question, value)}
                onLeave={() => onLeave(question)}
                findProviders={clients.findProviders}
                nation={typeof answers.nation === 'string' ? answers.nation : undefined}
                noOptions={
                  areas?.failed
                    ? 'We could not look up the council areas for this postcode. The plan uses the council that covers most of it.'
                    : 'Looking up the council areas for this postcode…'
                }
              />
            ))}
            <button type="button" class="cs-button cs-button-secondary" onClick={newCall}>
              Clear all answers for a new call
            </button>
          </form>
          <HandlerPlan
            plan={plan}
            state={planState}
            shown={shown}
            answers={answers}
            problem={apiProblem}
            copy={copy}
            planHeading={planHeading}
            unknownsHeading={unknownsHeading}
            onGoTo={focusQuestion}
            onCopy={copyLatest}
            onAddAbuse={() => setAnswer('concern', (before) => [...answerValues(before), 'abuse-or-neglect'])}
            onRetry={() => setRetries((n) => n + 1)}
          />
        </div>
      )}
      <p class="cs-visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
