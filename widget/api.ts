// A tiny client for POST /api/v1/journey. Types mirror the public contract (shared/docs/api-contract.md);
// the widget holds no routing knowledge of its own, it renders what the API says.

export type Answer = string | string[];
/** Answers keyed by question id, so changing an earlier answer keeps the later ones. */
export type Answers = Record<string, Answer>;

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export type QuestionKind = 'single' | 'multiple' | 'date' | 'postcode' | 'area';

export interface Question {
  id: string;
  kind: QuestionKind;
  text: string;
  hint?: string;
  optional: boolean;
  options: Option[];
}

export interface Progress {
  answered: number;
  remainingAtMost: number;
}

export interface Source {
  title: string;
  url: string;
}

export interface Body {
  id: string;
  name: string;
  role: string;
  description?: string;
  phone?: string;
  phoneNote?: string;
  textphone?: string;
  email?: string;
  website?: string;
  complaintPage?: string;
  address?: string;
  checked?: string;
  /** false when a detail could not be confirmed from a published source (or the embedding site supplied it) */
  verified?: boolean;
  sources?: Source[];
}

export type StepKind = 'urgent' | 'resolve' | 'complain' | 'escalate' | 'also' | 'help';

export interface Step {
  kind: StepKind;
  title: string;
  text: string;
  body?: Body;
  alternatives?: Body[];
  /** `passed`: the usual time limit is already over (a warning then says what can still be done). */
  deadline?: { by?: string; text: string; passed?: boolean };
  expect?: string[];
  why?: string;
  sources?: Source[];
}

export interface Plan {
  summary: string;
  steps: Step[];
  warnings: { code: string; text: string }[];
  dataVersion?: string;
  today?: string;
}

export type JourneyResponse =
  | { status: 'question'; question: Question; progress: Progress }
  | { status: 'plan'; plan: Plan };

/** The embedding organisation, named as the provider to complain to. */
export interface Provider {
  name?: string;
  phone?: string;
  email?: string;
  website?: string;
  service?: string;
}

export interface JourneyRequest {
  answers: Answers;
  context?: { provider?: Provider };
}

export type FetchJourney = (request: JourneyRequest) => Promise<JourneyResponse>;

/** A failed request. `status` is 0 when the service could not be reached at all. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The question whose answer the API rejected, when it says. */
    readonly question?: string,
  ) {
    super(message);
  }
}

const TIMEOUT_MS = 20_000;

export function createJourneyClient(apiBase: string): FetchJourney {
  const url = `${apiBase.replace(/\/+$/, '')}/api/v1/journey`;
  return async (request) => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(request),
        // Answers live in memory only: no cookies, nothing cached.
        credentials: 'omit',
        cache: 'no-store',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new ApiError(0, 'network', 'The service could not be reached.');
    }
    const body = await response.json().catch(() => null);
    if (!response.ok || !body) {
      const error = body?.error ?? {};
      throw new ApiError(response.status, error.code ?? 'unexpected', error.message ?? response.statusText, error.question);
    }
    return body as JourneyResponse;
  };
}
