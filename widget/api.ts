// A tiny client for POST /api/v1/journey. Types mirror the public contract (shared/docs/api-contract.md);
// the widget holds no routing knowledge of its own, it renders what the API says.

export type Answer = string | string[];
/** Answers keyed by question id, so changing an earlier answer keeps the later ones. */
export type Answers = Record<string, Answer>;

export interface Option {
  value: string;
  label: string;
  hint?: string;
  /** A heading the option is listed under, with its neighbours that share it. */
  group?: string;
}

export type QuestionKind = 'single' | 'multiple' | 'date' | 'postcode' | 'area' | 'provider';

export interface Question {
  id: string;
  kind: QuestionKind;
  text: string;
  hint?: string;
  optional: boolean;
  options: Option[];
  /** Short wording a call handler can read aloud (GET /api/v1/questions). */
  prompt?: string;
  /** Why the answer matters, while it is still unknown. */
  whyItMatters?: string;
  /** A short label for records, where the API gives one. */
  short?: string;
  /** Asked only when, for every key, the answer is among the values (GET /api/v1/questions). */
  askWhen?: Record<string, string[]>;
}

export interface Progress {
  answered: number;
  remainingAtMost: number;
}

export interface Source {
  title: string;
  url: string;
  /** legislation and government sources are national; official ones are a body's own site. */
  kind?: 'legislation' | 'government' | 'official';
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
  /** The link's words when the website is a finder rather than the body's own site. */
  websiteLabel?: string;
  complaintPage?: string;
  address?: string;
  /** The details are the last ones published by the board this one replaced in a merger (`until`: the merger date). */
  contactFrom?: { name: string; until: string };
  checked?: string;
  /** A placeholder such as "Your GP practice", used where the actual organisation is not known. */
  generic?: boolean;
  /** false when a detail could not be confirmed from a published source (or the embedding site supplied it) */
  verified?: boolean;
  sources?: Source[];
}

export type StepKind = 'urgent' | 'resolve' | 'complain' | 'escalate' | 'also' | 'help';

export interface Step {
  kind: StepKind;
  /** The rule that produced the step. */
  rule?: string;
  title: string;
  text: string;
  body?: Body;
  alternatives?: Body[];
  /** `passed`: the usual time limit is already over (a warning then says what can still be done). */
  deadline?: { by?: string; text: string; passed?: boolean };
  expect?: string[];
  why?: string;
  sources?: Source[];
  /** The step in one sentence, and the one contact most likely to help. */
  short?: { text: string; contact?: ShortContact };
  /** In the plan because of who the complaint is for (a death): shown with the first steps. */
  forWho?: boolean;
}

export interface ShortContact {
  body: string;
  kind: 'phone' | 'online' | 'email' | 'website';
  value: string;
  label: string;
  verified: boolean;
}

export interface Plan {
  summary: string;
  /** The one thing to do first. */
  headline?: { text: string; rule: string };
  steps: Step[];
  warnings: { code: string; text: string }[];
  /** Questions not answered yet that could change the plan, and what was assumed meanwhile. */
  unknowns?: { question: string; text: string; assumed?: string }[];
  area?: { code: string; name: string } | null;
  dataVersion?: string;
  today?: string;
}

export type JourneyResponse =
  | { status: 'question'; question: Question; progress: Progress }
  | { status: 'plan'; plan: Plan; refinements?: Question[] };

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
    /** The answers it would accept instead, when it says. */
    readonly allowed?: string[],
  ) {
    super(message);
  }
}

const TIMEOUT_MS = 20_000;

const base = (apiBase: string) => apiBase.replace(/\/+$/, '');

/** The language and reading the API should answer in; read at each request, so switching needs no new client. */
export interface Words {
  lang: 'en' | 'cy';
  reading: 'standard' | 'easy';
}
export type WordsNow = () => Words;

/** `?lang=cy&reading=easy`, or nothing for English in the standard reading. */
export const wordsQuery = (words?: Words, joiner = '?') => {
  const query = new URLSearchParams();
  if (words && words.lang !== 'en') query.set('lang', words.lang);
  if (words && words.reading !== 'standard') query.set('reading', words.reading);
  const text = query.toString();
  return text ? `${joiner}${text}` : '';
};

/** One request to the API. Answers live in memory only: no cookies, nothing cached. */
async function send<T>(url: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  // A time limit, and the caller's own signal when a newer request makes this one stale.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  signal?.addEventListener('abort', () => controller.abort());
  let response: Response;
  try {
    response = await fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      signal: controller.signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network', 'The service could not be reached.');
  } finally {
    clearTimeout(timer);
  }
  const json = await response.json().catch(() => null);
  if (!response.ok || !json) {
    const error = json?.error ?? {};
    throw new ApiError(response.status, error.code ?? 'unexpected', error.message ?? response.statusText, error.question, error.allowed);
  }
  return json as T;
}

export function createJourneyClient(apiBase: string, words?: WordsNow): FetchJourney {
  return (request) => send<JourneyResponse>(`${base(apiBase)}/api/v1/journey${wordsQuery(words?.())}`, request);
}

export type FetchPlan = (request: JourneyRequest, signal?: AbortSignal) => Promise<Plan>;

/** POST /api/v1/plan: the plan for the answers so far; anything unanswered is assumed and listed in unknowns. */
export function createPlanClient(apiBase: string, words?: WordsNow): FetchPlan {
  return async (request, signal) => (await send<{ plan: Plan }>(`${base(apiBase)}/api/v1/plan${wordsQuery(words?.())}`, request, signal)).plan;
}

/** GET /api/v1/questions: every question, with its prompt to read aloud and when it is asked. */
export async function fetchQuestions(apiBase: string, words?: Words): Promise<Question[]> {
  return (await send<{ questions: Question[] }>(`${base(apiBase)}/api/v1/questions${wordsQuery(words)}`)).questions;
}

export interface AreaLookup {
  candidates: { code: string; name: string; share: number }[];
}

/** GET /api/v1/areas/lookup: the council areas a postcode touches. */
export function lookupArea(apiBase: string, postcode: string): Promise<AreaLookup> {
  return send<AreaLookup>(`${base(apiBase)}/api/v1/areas/lookup?postcode=${encodeURIComponent(postcode)}`);
}

/** A hospital or NHS organisation from GET /api/v1/providers. */
export interface ProviderResult {
  id: string;
  name: string;
  kind: string;
  nation: string;
  organisation: { id: string; name: string };
  welshName?: string;
  town?: string;
  /** The other name that matched ("Jimmy's"), when it is not `name`. */
  matched?: string;
}

export type FindProviders = (query: string, nation: string | undefined, signal?: AbortSignal) => Promise<ProviderResult[]>;

/** GET /api/v1/providers: hospitals and NHS organisations by the names people use, best match first. */
export function createProviderFinder(apiBase: string): FindProviders {
  return async (query, nation, signal) => {
    const params = new URLSearchParams({ q: query, limit: '8', ...(nation && { nation }) });
    return (await send<{ results: ProviderResult[] }>(`${base(apiBase)}/api/v1/providers?${params}`, undefined, signal)).results;
  };
}
