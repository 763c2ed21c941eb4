import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type Answer, type Answers, type FetchJourney, type FindProviders, type Plan, type Progress, type Provider, type Question } from '../api.js';
import type { LoadPart } from '../parts.js';
import { letterStep } from '../plan-steps.js';
import { BackLink } from './BackLink.js';
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

/** The whole journey: asks the API for the next question until it answers with a plan. Answers live in memory only. */
export function Signpost({ fetchJourney, presets: sitePresets, provider, fetchQuestions, loadPart, findProviders, reading = 'standard', onSwitchLanguage }: SignpostProps) {
  const t = useTexts();
  // The site's answers in advance, until the person says they are not about that; then every question is asked.
  const [presets, setPresets] = useState(sitePresets);
  const hasPresets = Object.keys(sitePresets).length > 0 || !!provider?.name;
  const [confirming, setConfirming] = useState(false);
  const [siteQuestions, setSiteQuestions] = useState<Question[]>([]);
  const [journey, setJourney] = useState<Journey>({ ...START, answers: sitePresets });
  // Writing a complaint letter from the plan; what was typed is kept (in memory) when going back to the plan.
  const [writing, setWriting] = useState(false);
  const [cameBack, setCameBack] = useState(false);
  const letterDraft = useRef<object>({});
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ApiError>();
  const [fieldProblem, setFieldProblem] = useState<string>();
  const retry = useRef<() => void>();
  // Cleared if the API refuses the site's provider details, so a typo in an attribute cannot stop the journey.
  const sendProvider = useRef(!!provider);
  // Focus moves only after the person has done something, never while the host page loads.
  const acted = useRef(false);

  /** Sends the presets and the answers to `asked`, the screens up to and including the current one. */
  const ask = async (answers: Answers, asked: Screen[], given = presets) => {
    const ids = [...Object.keys(given), ...asked.map((screen) => screen.question.id)];
    const sent = Object.fromEntries(ids.filter((id) => id in answers).map((id) => [id, answers[id]!]));
    setPending(true);
    setProblem(undefined);
    setFieldProblem(undefined);
    try {
      const response = await fetchJourney({ answers: sent, context: sendProvider.current ? { provider } : undefined });
      setJourney(
        response.status === 'question'
          ? { answers, screens: [...asked, { question: response.question, progress: response.progress }], at: asked.length }
          : { answers, screens: asked, at: asked.length, plan: response.plan, refinements: response.refinements },
      );
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError(0, 'network', String(error));
      const current = asked[asked.length - 1]?.question.id;
      if (failure.code === 'postcode_not_found') return setFieldProblem(t.postcodeNotFound);
      if (failure.question && failure.question === current) return setFieldProblem(failure.message);
      if (failure.status === 400 && !failure.question && sendProvider.current) {
        sendProvider.current = false;
        console.warn(`complaints-signpost: the provider-* attributes were not accepted, so they are left out: ${failure.message}`);
        return ask(answers, asked);
      }
      if (failure.question && failure.question in answers) {
        // A preset or an earlier answer no longer fits: forget it, so the question is asked instead.
        const { [failure.question]: dropped, ...rest } = answers;
        const { [failure.question]: _preset, ...keptPresets } = given;
        if (failure.question in given) {
          warnPreset(failure.question, dropped, failure.allowed);
          setPresets(keptPresets);
        }
        return ask(rest, asked.filter((screen) => screen.question.id !== failure.question), keptPresets);
      }
      retry.current = () => ask(answers, asked, given);
      setProblem(failure);
    } finally {
      setPending(false);
    }
  };

  const begin = async () => {
    if (!hasPresets) return ask(sitePresets, []);
    // Without the questions (an older service, a failed request) the presets are confirmed without their labels.
    const questions = await fetchQuestions?.().catch(() => []) ?? [];
    setSiteQuestions(questions);
    const checked = checkPresets(sitePresets, questions);
    setPresets(checked);
    setJourney({ ...START, answers: checked });
    if (Object.keys(checked).length === 0 && !provider?.name) return ask(checked, []);
    setConfirming(true);
  };
  useEffect(() => {
    begin();
  }, []);

  // Another language: the questions asked so far and the screen on show are asked for again in its words. The
  // answers, the screens and the place in the journey do not change.
  const language = useRef(t.language);
  useEffect(() => {
    if (language.current === t.language) return;
    language.current = t.language;
    const relabel = async () => {
      const fresh = (await fetchQuestions?.().catch(() => undefined)) ?? [];
      if (fresh.length) setSiteQuestions((known) => (known.length ? fresh : known));
      const screens = journey.screens.map((screen) => ({ ...screen, question: inOtherWords(screen.question, fresh) }));
      if (journey.plan && journey.at === journey.screens.length) return ask(journey.answers, screens);
      setJourney({ ...journey, screens, refinements: journey.refinements?.map((q) => inOtherWords(q, fresh)) });
    };
    relabel();
  }, [t.language]);
  const confirm = confirming ? confirmQuestion(presets, provider, siteQuestions, t) : undefined;

  /** "No, it's about something else": the site's answers and its name are set aside, and every question is asked. */
  const confirmPresets = (answer: Answer) => {
    acted.current = true;
    setConfirming(false);
    if (answer === 'yes') return ask(presets, []);
    sendProvider.current = false;
    setPresets({});
    ask({}, [], {});
  };

  const { answers, screens, at, plan } = journey;
  const screen = screens[at];
  const goTo = (index: number) => {
    acted.current = true;
    setWriting(false);
    setProblem(undefined);
    setFieldProblem(undefined);
    setJourney({ ...journey, at: index });
  };
  const answer = (id: string, value: Answer) => {
    if (pending) return;
    acted.current = true;
    ask({ ...answers, [id]: value }, screens.slice(0, at + 1));
  };
  /** A refinement from the plan: asked on its own screen, and answering it brings the plan back, updated. */
  const refine = (question: Question) => {
    acted.current = true;
    setJourney({ ...journey, screens: [...screens, { question }], at: screens.length });
  };
  /** Changing a preset from "Your answers": the site's answer is set aside and the question asked. */
  const changePreset = (id: string) => {
    acted.current = true;
    const { [id]: _changed, ...rest } = presets;
    setPresets(rest);
    ask(answers, screens, rest);
  };
  const startAgain = () => {
    acted.current = true;
    letterDraft.current = {};
    setCameBack(false);
    setPresets(sitePresets);
    sendProvider.current = !!provider;
    setJourney({ ...START, answers: sitePresets });
    begin();
  };

  // Counted from what this person sees: answers the site gave in advance are not questions they answered.
  const presetQuestions = siteQuestions.filter((q) => q.id in presets);
  const progress = screen?.progress;
  // Back from a refinement goes to the plan it came from, not to the last question before the plan.
  const refining = !!screen && !progress && !!plan;
  const back = refining ? () => setJourney({ ...journey, screens: screens.slice(0, at), at }) : () => goTo(at - 1);
  return (
    <div class={['cs', writing && 'cs-writing', reading === 'easy' && 'cs-easy'].filter(Boolean).join(' ')} lang={t.language === 'cy' ? 'cy' : 'en-GB'} role="region" aria-label={t.region}>
      {onSwitchLanguage && (
        <p class="cs-language cs-no-print">
          <button type="button" class="cs-link" lang={t.switchToLang} onClick={onSwitchLanguage} disabled={pending}>
            {t.switchTo}
            <span class="cs-visually-hidden"> ({t.switchLabel})</span>
          </button>
        </p>
      )}
      <SafetyLine nation={answers.nation} />
      {(at > 0 || refining) && (screen || plan) && !writing && !confirm && (
        <BackLink label={screen ? t.back : t.changeAnswers} onClick={back} />
      )}
      <p class="cs-caption" aria-live="polite">
        {progress && !confirm && t.questionNumber(at + 1)}
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
      ) : plan && writing && loadPart ? (
        <LazyPart
          name="letter"
          loadPart={loadPart}
          props={{
            plan,
            answers,
            questions: screens.map((s) => s.question),
            draft: letterDraft.current,
            reading,
            onBack: () => {
              setCameBack(true);
              setWriting(false);
            },
          }}
        />
      ) : plan ? (
        <PlanView
          plan={plan}
          questions={screens.map((s) => s.question)}
          presetQuestions={presetQuestions}
          answers={answers}
          refinements={journey.refinements}
          onRefine={refine}
          onChangePreset={changePreset}
          moveFocus={acted.current}
          focusLetter={cameBack}
          onChange={goTo}
          onStartAgain={startAgain}
          reading={reading}
          loadPart={loadPart}
          onWriteLetter={
            loadPart && letterStep(plan, answers)
              ? () => {
                  acted.current = true;
                  setWriting(true);
                }
              : undefined
          }
        />
      ) : (
        !problem && <p role="status">{t.loading}</p>
      )}
    </div>
  );
}
