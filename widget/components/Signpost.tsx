import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError, type Answer, type Answers, type FetchJourney, type FindProviders, type Plan, type Progress, type Provider, type Question } from '../api.js';
import { shownQuestions } from '../handler/visibility.js';
import { screenHistory } from '../history.js';
import type { LoadPart } from '../parts.js';
import { letterStep } from '../plan-steps.js';
import { BackLink } from './BackLink.js';
import { CheckAnswers } from './CheckAnswers.js';
import { LazyPart } from './LazyPart.js';
import { PlanView } from './PlanView.js';
import { ProblemMessage } from './ProblemMessage.js';
import { QuestionStep } from './QuestionStep.js';
import { SafetyLine } from './SafetyLine.js';
import { useTexts } from '../texts/context.js';
import type { Texts } from '../texts/en.js';

export interface SignpostProps {
  fetchJourney: FetchJourney;
  /** Answers the embedding site already knows (nation, service, funding): confirmed first, then not asked. */
  presets: Answers;
  provider?: Provider;
  /** Every question with its options (GET /api/v1/questions): names the presets in words and checks them. */
  fetchQuestions?: () => Promise<Question[]>;
  /** Loads the parts of the widget not every visitor needs (the letter writer). */
  loadPart?: LoadPart;
  /** Finds hospitals and NHS organisations for "Which hospital or NHS service?". */
  findProviders?: FindProviders;
  /** "easy": the plan in Easy Read, with a picture beside each step. */
  reading?: 'standard' | 'easy';
  /** Shows the other language ("Cymraeg" or "English"); the answers are kept and the screen is asked for again. */
  onSwitchLanguage?: () => void;
  /** false: screens are not steps in the browser's history (the host's `history="off"`). */
  history?: boolean;
  /** false: nothing is kept in the tab's sessionStorage, so a reload starts again (the host's `remember="off"`). */
  remember?: boolean;
}

interface Screen {
  question: Question;
  /** Not given for a refinement chosen from the plan. */
  progress?: Progress;
}

interface Journey {
  /** Every answer given, kept even when the person goes back, so nothing has to be typed twice. */
  answers: Answers;
  /** The questions asked so far, in order. */
  screens: Screen[];
  /** The screen on show; screens.length means the plan. */
  at: number;
  plan?: Plan;
  refinements?: Question[];
}

/** One step in the browser's history: everything needed to show that screen again (and, in the tab's
 *  sessionStorage, after a reload). What is typed into the letter is not in it: that stays in memory. */
interface View {
  journey: Journey;
  /** The site's answers still in use: "No, it's about something else" and Change set them aside. */
  presets: Answers;
  /** "Is your complaint about Riverside Surgery?" is on show (asked in the words of the language on show). */
  confirm?: boolean;
  /** "Check your answers": every answer with a way to change it. */
  checking?: boolean;
  /** A question reached from "Check your answers": answering it goes back there unless a new question applies. */
  changing?: boolean;
  writing?: boolean;
  /** false once the API refused the site's provider details, so a typo in an attribute cannot stop the journey. */
  sendProvider: boolean;
  /** The language its questions are worded in: a step back to it after a switch is worded again. */
  language?: string;
}

const START: Journey = { answers: {}, screens: [], at: 0 };

/** "Is your complaint about Riverside Surgery?": the site's presets, confirmed before they are used. */
function confirmQuestion(presets: Answers, provider: Provider | undefined, questions: Question[], t: Texts): Question {
  const labels = Object.entries(presets).map(([id, value]) => {
    const question = questions.find((q) => q.id === id);
    return question?.options.find((o) => o.value === value)?.label;
  }).filter(Boolean);
  const about = provider?.name ?? (labels.length ? labels.join(', ') : t.confirmDefault);
  return {
    id: 'presets', kind: 'single', optional: false,
    text: t.confirmAbout(about),
    hint: provider?.name && labels.length ? t.confirmHint(labels.join(', ')) : undefined,
    options: [{ value: 'yes', label: t.yes }, { value: 'no', label: t.somethingElse }],
  };
}

/** A question asked before, in the words of the language now on show; its options stay the ones it offered. */
function inOtherWords(asked: Question, fresh: Question[]): Question {
  const now = fresh.find((q) => q.id === asked.id);
  if (!now || asked.kind === 'area') return asked;
  return {
    ...asked,
    text: now.text,
    hint: now.hint,
    options: asked.options.map((option) => now.options.find((o) => o.value === option.value) ?? option),
  };
}

/** An attribute value the API does not know is left out, with a warning that names the values it allows. */
function checkPresets(presets: Answers, questions: Question[]): Answers {
  return Object.fromEntries(Object.entries(presets).filter(([id, value]) => {
    const allowed = questions.find((q) => q.id === id)?.options.map((o) => o.value);
    if (!allowed?.length || typeof value !== 'string' || allowed.includes(value)) return true;
    warnPreset(id, value, allowed);
    return false;
  }));
}

const warnPreset = (id: string, value: unknown, allowed?: string[]) =>
  console.warn(`complaints-signpost: the ${id} attribute "${String(value)}" is not one we know, so that question is asked instead.${allowed ? ` Allowed values: ${allowed.join(', ')}.` : ''}`);

/** The whole journey: asks the API for the next question until it answers with a plan. Each screen is a step in
 *  the browser's history and, unless the site turns it off, kept in the tab's sessionStorage for a reload. */
export function Signpost(props: SignpostProps) {
  const { fetchJourney, presets: sitePresets, provider, fetchQuestions, loadPart, findProviders, reading = 'standard', onSwitchLanguage, history = true, remember = true } = props;
  const t = useTexts();
  const hasPresets = Object.keys(sitePresets).length > 0 || !!provider?.name;
  const first: View = { journey: { ...START, answers: sitePresets }, presets: sitePresets, sendProvider: !!provider };
  const [view, setView] = useState<View>(first);
  const [siteQuestions, setSiteQuestions] = useState<Question[]>([]);
  // Back from the letter: focus returns to the button that opened it.
  const [cameBack, setCameBack] = useState(false);
  const letterDraft = useRef<object>({});
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ApiError>();
  const [fieldProblem, setFieldProblem] = useState<string>();
  const retry = useRef<() => void>();
  // Focus moves only after the person has done something, never while the host page loads.
  const acted = useRef(false);
  const shown = useRef(view);
  const language = useRef(t.language);
  // Every question with its askWhen rule, fetched once when needed: which answers still apply after a change.
  const allQuestions = useRef<Promise<Question[]>>();
  const questionsOnce = () =>
    (allQuestions.current ??= (fetchQuestions?.() ?? Promise.resolve([])).then((questions) => (Array.isArray(questions) ? questions : []), () => []));

  const steps = useMemo(
    () =>
      screenHistory<View>({
        key: JSON.stringify([sitePresets, provider?.name ?? '']),
        history,
        remember,
        onRestore: (restored) => {
          acted.current = true;
          setCameBack(!!shown.current.writing && !restored.writing);
          // Answers given on later screens are kept: going back never loses one.
          const next = { ...restored, journey: { ...restored.journey, answers: { ...restored.journey.answers, ...shown.current.journey.answers } } };
          if ((restored.language ?? language.current) === language.current) return show(next);
          reword(next);
        },
      }),
    [],
  );
  useEffect(() => () => steps.stop(), []);

  const show = (view: View, step?: 'push' | 'replace') => {
    const next = { ...view, language: language.current };
    shown.current = next;
    setView(next);
    setProblem(undefined);
    setFieldProblem(undefined);
    if (step === 'push') steps.push(next);
    if (step === 'replace') steps.replace(next);
  };
  const { journey, presets, checking, changing, writing } = view;

  /**
   * Sends the presets and the answers to `asked`, the screens up to and including the current one, and shows what
   * comes back. After a change from "Check your answers", a plan goes straight back there.
   */
  const ask = async (answers: Answers, asked: Screen[], from: View = shown.current, step: 'push' | 'replace' = 'push') => {
    const given = from.presets;
    const ids = [...Object.keys(given), ...asked.map((screen) => screen.question.id)];
    const sent = Object.fromEntries(ids.filter((id) => id in answers).map((id) => [id, answers[id]!]));
    setPending(true);
    setProblem(undefined);
    setFieldProblem(undefined);
    try {
      const response = await fetchJourney({ answers: sent, context: from.sendProvider ? { provider } : undefined });
      const base: View = { ...from, confirm: undefined, checking: false, writing: false };
      if (response.status === 'question') {
        return show({ ...base, journey: { answers, screens: [...asked, { question: response.question, progress: response.progress }], at: asked.length } }, step);
      }
      const screens = from.changing ? await stillAsked(asked, answers) : asked;
      show({ ...base, changing: false, checking: from.changing, journey: { answers, screens, at: screens.length, plan: response.plan, refinements: response.refinements } }, step);
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError(0, 'network', String(error));
      const current = asked[asked.length - 1]?.question.id;
      if (failure.code === 'postcode_not_found') return setFieldProblem(t.postcodeNotFound);
      if (failure.question && failure.question === current) return setFieldProblem(failure.message);
      if (failure.status === 400 && !failure.question && from.sendProvider) {
        console.warn(`complaints-signpost: the provider-* attributes were not accepted, so they are left out: ${failure.message}`);
        return ask(answers, asked, { ...from, sendProvider: false }, step);
      }
      if (failure.question && failure.question in answers) {
        // A preset or an earlier answer no longer fits: forget it, so the question is asked instead.
        const { [failure.question]: dropped, ...rest } = answers;
        const { [failure.question]: _preset, ...keptPresets } = given;
        if (failure.question in given) warnPreset(failure.question, dropped, failure.allowed);
        return ask(rest, asked.filter((screen) => screen.question.id !== failure.question), { ...from, presets: keptPresets });
      }
      retry.current = () => ask(answers, asked, from);
      setProblem(failure);
    } finally {
      setPending(false);
    }
  };

  /** The screens whose questions still apply to the answers (a changed service may make "who paid?" moot). */
  const stillAsked = async (asked: Screen[], answers: Answers) => {
    const questions = await questionsOnce();
    if (!questions.length) return asked;
    const ids = new Set(asked.map((screen) => screen.question.id));
    const applies = new Set(shownQuestions(questions, answers, ids).map((q) => q.id));
    return asked.filter((screen) => applies.has(screen.question.id) || !questions.some((q) => q.id === screen.question.id));
  };

  const begin = async (restart = false) => {
    const saved = restart ? undefined : steps.saved();
    if (saved) return show(saved);
    const fresh: View = { ...first, journey: { ...START, answers: sitePresets } };
    if (!hasPresets) return ask(sitePresets, [], fresh);
    // Without the questions (an older service, a failed request) the presets are confirmed without their labels.
    const questions = await questionsOnce();
    setSiteQuestions(questions);
    const checked = checkPresets(sitePresets, questions);
    const confirmed: View = { ...fresh, presets: checked, journey: { ...START, answers: checked } };
    if (Object.keys(checked).length === 0 && !provider?.name) return ask(checked, [], confirmed);
    show({ ...confirmed, confirm: true }, 'push');
  };
  useEffect(() => {
    begin();
  }, []);
  useEffect(() => {
    if (hasPresets && !siteQuestions.length) questionsOnce().then(setSiteQuestions);
  }, []);

  /** The screens of `from` in the words of the language on show; a plan on show is asked for again. */
  const reword = async (from: View) => {
    const fresh = await questionsOnce();
    if (fresh.length) setSiteQuestions((known) => (known.length ? fresh : known));
    const { journey } = from;
    const screens = journey.screens.map((screen) => ({ ...screen, question: inOtherWords(screen.question, fresh) }));
    if (journey.plan && journey.at === journey.screens.length) return ask(journey.answers, screens, from, 'replace');
    show({ ...from, journey: { ...journey, screens, refinements: journey.refinements?.map((q) => inOtherWords(q, fresh)) } }, 'replace');
  };
  // Another language: the questions asked so far and the screen on show are asked for again in its words. The
  // answers, the screens and the place in the journey do not change, nor does the browser's history.
  useEffect(() => {
    if (language.current === t.language) return;
    language.current = t.language;
    allQuestions.current = undefined;
    reword(shown.current);
  }, [t.language]);

  /** "No, it's about something else": the site's answers and its name are set aside, and every question is asked. */
  const confirmPresets = (answer: Answer) => {
    acted.current = true;
    if (answer === 'yes') return ask(presets, [], { ...view, confirm: false });
    ask({}, [], { ...view, confirm: false, presets: {}, sendProvider: false, journey: { ...START } });
  };

  const confirm = view.confirm ? confirmQuestion(presets, provider, siteQuestions, t) : undefined;
  const { answers, screens, at, plan } = journey;
  const screen = checking || writing ? undefined : screens[at];
  const answer = (id: string, value: Answer) => {
    if (pending) return;
    acted.current = true;
    const given = { ...answers, [id]: value };
    // After a change, every answer so far is sent: the plan comes back unless a new question now applies.
    ask(given, changing ? screens : screens.slice(0, at + 1));
  };
  /** A refinement from the plan: asked on its own screen, and answering it brings the plan back, updated. */
  const refine = (question: Question) => {
    acted.current = true;
    show({ ...view, journey: { ...journey, screens: [...screens, { question }], at: screens.length } }, 'push');
  };
  const openCheck = () => {
    acted.current = true;
    show({ ...view, checking: true, writing: false }, 'push');
  };
  /** A Change link on "Check your answers": that question, and then back to the summary. */
  const change = (id: string) => {
    acted.current = true;
    const index = screens.findIndex((s) => s.question.id === id);
    if (index >= 0) return show({ ...view, checking: false, changing: true, journey: { ...journey, at: index } }, 'push');
    // A site's answer: set aside, so the API asks the question.
    const { [id]: _changed, ...rest } = presets;
    ask(answers, screens, { ...view, presets: rest, changing: true });
  };
  const startAgain = () => {
    acted.current = true;
    letterDraft.current = {};
    setCameBack(false);
    steps.clear();
    begin(true);
  };
  const write = () => {
    acted.current = true;
    show({ ...view, writing: true }, 'push');
  };

  // Counted from what this person sees: answers the site gave in advance are not questions they answered.
  const presetQuestions = siteQuestions.filter((q) => q.id in presets);
  const progress = screen?.progress;
  const asked = [...presetQuestions, ...screens.filter((s) => s.progress || s.question.id in answers).map((s) => s.question)];
  return (
    <div
      class={['cs', writing && 'cs-writing', reading === 'easy' && 'cs-easy'].filter(Boolean).join(' ')}
      lang={t.language === 'cy' ? 'cy' : 'en-GB'}
      role="region"
      aria-label={t.region}
      // The page around it (/start) shows its introduction only on the first screen.
      data-first-screen={steps.canGoBack() ? undefined : ''}
    >
      {onSwitchLanguage && (
        <p class="cs-language cs-no-print">
          <button type="button" class="cs-link" lang={t.switchToLang} onClick={onSwitchLanguage} disabled={pending}>
            {t.switchTo}
            <span class="cs-visually-hidden"> ({t.switchLabel})</span>
          </button>
        </p>
      )}
      <SafetyLine nation={answers.nation} />
      {steps.canGoBack() && !writing && <BackLink label={t.back} onClick={() => steps.back()} />}
      <p class="cs-caption" aria-live="polite">
        {progress && !confirm && !changing && t.questionNumber(at + 1)}
      </p>
      {problem && (
        <ProblemMessage
          error={problem}
          moveFocus={acted.current}
          onRetry={() => {
            acted.current = true;
            retry.current?.();
          }}
        />
      )}
      {confirm ? (
        <QuestionStep key="presets" question={confirm} moveFocus={acted.current} onAnswer={confirmPresets} />
      ) : screen ? (
        <QuestionStep
          key={`${at}-${screen.question.id}`}
          question={screen.question}
          answer={answers[screen.question.id]}
          apiProblem={fieldProblem}
          moveFocus={acted.current}
          onAnswer={(value) => answer(screen.question.id, value)}
          findProviders={findProviders}
          nation={typeof answers.nation === 'string' ? answers.nation : undefined}
        />
      ) : checking && plan ? (
        <CheckAnswers questions={asked} answers={answers} moveFocus={acted.current} onChange={change} onDone={() => show({ ...view, checking: false }, 'push')} />
      ) : plan && writing && loadPart ? (
        <LazyPart
          name="letter"
          loadPart={loadPart}
          props={{ plan, answers, questions: screens.map((s) => s.question), draft: letterDraft.current, reading, onBack: () => steps.back() }}
        />
      ) : plan ? (
        <PlanView
          plan={plan}
          answers={answers}
          refinements={journey.refinements}
          onRefine={refine}
          onCheckAnswers={asked.length ? openCheck : undefined}
          moveFocus={acted.current}
          focusLetter={cameBack}
          onStartAgain={startAgain}
          reading={reading}
          loadPart={loadPart}
          onWriteLetter={loadPart && letterStep(plan, answers) ? write : undefined}
        />
      ) : (
        !problem && <p role="status">{t.loading}</p>
      )}
    </div>
  );
}
