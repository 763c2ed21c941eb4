import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type Answer, type Answers, type FetchJourney, type Plan, type Progress, type Provider, type Question } from '../api.js';
import type { LoadPart } from '../parts.js';
import { letterStep } from '../plan-steps.js';
import { BackLink } from './BackLink.js';
import { LazyPart } from './LazyPart.js';
import { PlanView } from './PlanView.js';
import { ProblemMessage } from './ProblemMessage.js';
import { QuestionStep } from './QuestionStep.js';
import { SafetyLine } from './SafetyLine.js';

export interface SignpostProps {
  fetchJourney: FetchJourney;
  /** Answers the embedding site already knows (nation, service, funding): those questions are never asked. */
  presets: Answers;
  provider?: Provider;
  /** Loads the parts of the widget not every visitor needs (the letter writer). */
  loadPart?: LoadPart;
}

interface Screen {
  question: Question;
  progress: Progress;
}

interface Journey {
  /** Every answer given, kept even when the person goes back, so nothing has to be typed twice. */
  answers: Answers;
  /** The questions asked so far, in order. */
  screens: Screen[];
  /** The screen on show; screens.length means the plan. */
  at: number;
  plan?: Plan;
}

const START: Journey = { answers: {}, screens: [], at: 0 };

const NOT_FOUND = 'We could not find that postcode. Check it and try again, or skip this question.';

/** The whole journey: asks the API for the next question until it answers with a plan. Answers live in memory only. */
export function Signpost({ fetchJourney, presets, provider, loadPart }: SignpostProps) {
  const [journey, setJourney] = useState<Journey>({ ...START, answers: presets });
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
  const ask = async (answers: Answers, asked: Screen[]) => {
    const ids = [...Object.keys(presets), ...asked.map((screen) => screen.question.id)];
    const sent = Object.fromEntries(ids.filter((id) => id in answers).map((id) => [id, answers[id]!]));
    setPending(true);
    setProblem(undefined);
    setFieldProblem(undefined);
    try {
      const response = await fetchJourney({ answers: sent, context: sendProvider.current ? { provider } : undefined });
      setJourney(
        response.status === 'question'
          ? { answers, screens: [...asked, { question: response.question, progress: response.progress }], at: asked.length }
          : { answers, screens: asked, at: asked.length, plan: response.plan },
      );
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError(0, 'network', String(error));
      const current = asked[asked.length - 1]?.question.id;
      if (failure.code === 'postcode_not_found') return setFieldProblem(NOT_FOUND);
      if (failure.question && failure.question === current) return setFieldProblem(failure.message);
      if (failure.status === 400 && !failure.question && sendProvider.current) {
        sendProvider.current = false;
        console.warn(`complaints-signpost: the provider-* attributes were not accepted, so they are left out: ${failure.message}`);
        return ask(answers, asked);
      }
      if (failure.question && failure.question in answers) {
        // A preset or an earlier answer no longer fits: forget it, so the question is asked instead.
        const { [failure.question]: _dropped, ...rest } = answers;
        return ask(rest, asked.filter((screen) => screen.question.id !== failure.question));
      }
      retry.current = () => ask(answers, asked);
      setProblem(failure);
    } finally {
      setPending(false);
    }
  };

  useEffect(() => {
    ask(journey.answers, []);
  }, []);

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
  const startAgain = () => {
    acted.current = true;
    letterDraft.current = {};
    setCameBack(false);
    setJourney({ ...START, answers: presets });
    ask(presets, []);
  };

  // Counted from what this person sees: answers the site gave in advance are not questions they answered.
  const progress = screen?.progress;
  return (
    <div class={writing ? 'cs cs-writing' : 'cs'} lang="en-GB" role="region" aria-label="Help with a complaint about health or care">
      <SafetyLine nation={answers.nation} />
      {at > 0 && (screen || plan) && !writing && (
        <BackLink label={screen ? 'Back' : 'Change your answers'} onClick={() => goTo(at - 1)} />
      )}
      <p class="cs-caption" aria-live="polite">
        {progress && `Question ${at + 1} of up to ${at + progress.remainingAtMost}`}
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
      {screen ? (
        <QuestionStep
          key={`${at}-${screen.question.id}`}
          question={screen.question}
          answer={answers[screen.question.id]}
          apiProblem={fieldProblem}
          moveFocus={acted.current}
          onAnswer={(value) => answer(screen.question.id, value)}
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
          answers={answers}
          moveFocus={acted.current}
          focusLetter={cameBack}
          onChange={goTo}
          onStartAgain={startAgain}
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
        !problem && <p role="status">Loading…</p>
      )}
    </div>
  );
}
