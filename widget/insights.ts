// Anonymous counts of plans shown (POST /api/v1/insights/events), and the link to say later how it went.
// Sent only when allowed: never when the host sets insights="off", nor when the browser sends Global Privacy
// Control or Do Not Track. The event holds the answers that made the plan and nothing else; the service turns
// a postcode into a council area and drops it.
import type { Answers, FetchJourney, FetchPlan, JourneyRequest, Plan } from './api.js';
import { registry } from './parts.js';

type PrivacyNavigator = Pick<Navigator, 'doNotTrack'> & { globalPrivacyControl?: boolean };

/** Whether this page may send counts. */
export function countingAllowed(setting: string | undefined, nav: PrivacyNavigator = navigator): boolean {
  if (setting === 'off') return false;
  return nav.globalPrivacyControl !== true && nav.doNotTrack !== '1';
}

export type SendPlanShown = (plan: Plan, answers: Answers) => void;

/** An ODS code as the service accepts it; anything else is left out (with a warning), never sent as free text. */
const ODS_CODE = /^(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,7}$/;

/** Fire and forget: counting must never get in the way of the plan, so every failure is ignored. */
export function planShownSender(apiBase: string, source: 'public' | 'handler', providerOds?: string): SendPlanShown {
  const provider = providerOds?.trim().toUpperCase();
  const valid = provider && ODS_CODE.test(provider) ? provider : undefined;
  if (provider && !valid) console.warn(`complaints-signpost: provider-ods "${providerOds}" is not an ODS code (such as B86001), so it is left out.`);
  return (plan, answers) => {
    if (!plan.dataVersion) return;
    fetch(`${apiBase.replace(/\/+$/, '')}/api/v1/insights/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ event: 'plan-shown', dataVersion: plan.dataVersion, source, answers, ...(valid && { provider: valid }) }),
      credentials: 'omit',
      keepalive: true,
    }).catch(() => {});
  };
}

/** A journey (or a call) starts with a request holding only the answers the host page gave in advance. */
const isStart = (request: JourneyRequest, presets: Answers) => Object.keys(request.answers).every((id) => id in presets);

/** The public journey: counts the first plan of each journey. Changing an answer on the way back to the same
 *  plan is a refinement and is not counted again; "Start again" begins a new journey. */
export function countFirstPlan(fetchJourney: FetchJourney, presets: Answers, send: SendPlanShown): FetchJourney {
  let counted = false;
  return async (request) => {
    if (isStart(request, presets)) counted = false;
    const response = await fetchJourney(request);
    if (response.status === 'plan' && !counted) {
      counted = true;
      send(response.plan, request.answers);
    }
    return response;
  };
}

/** The call handler's plan changes with every answer, so a call is counted once, as its plan stood at the end:
 *  when "New call" clears the answers, or when the page is left. */
export function countEachCall(fetchPlan: FetchPlan, presets: Answers, send: SendPlanShown, page: Pick<Window, 'addEventListener'> = window): FetchPlan {
  let last: { plan: Plan; answers: Answers } | undefined;
  const flush = () => {
    if (last) send(last.plan, last.answers);
    last = undefined;
  };
  page.addEventListener('pagehide', flush);
  return async (request, signal) => {
    if (isStart(request, presets)) flush();
    const plan = await fetchPlan(request, signal);
    last = isStart(request, presets) ? undefined : { plan, answers: request.answers };
    return plan;
  };
}

/** The service that served the widget script (shared with the lazily loaded parts through the registry). */
export const serviceOrigin = (): string | undefined => registry().service;

/** "How did it go?": the follow-up form, with the country, service and council area filled in. Never a postcode. */
export function followUpUrl(apiBase: string, plan: Pick<Plan, 'area'>, answers: Answers, language = 'en'): string {
  const query = new URLSearchParams();
  if (language !== 'en') query.set('lang', language);
  for (const id of ['nation', 'service'] as const) if (typeof answers[id] === 'string' && answers[id]) query.set(id, answers[id] as string);
  if (plan.area?.code) query.set('area', plan.area.code);
  return `${apiBase.replace(/\/+$/, '')}/follow-up?${query}`;
}
