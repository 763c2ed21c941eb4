// The <complaints-signpost> custom element: a thin wrapper that turns attributes into props and renders
// the journey into an open shadow root, so the host page's CSS cannot reach in and ours cannot leak out.
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createJourneyClient, createPlanClient, createProviderFinder, fetchQuestions, type Answers, type Provider, type Words } from './api.js';
import { LazyPart } from './components/LazyPart.js';
import { ScreenHeadingLevel } from './components/ScreenHeading.js';
import { Signpost } from './components/Signpost.js';
import { countEachCall, countFirstPlan, countingAllowed, planShownSender } from './insights.js';
import { partsBase, registry, scriptLoader } from './parts.js';
import { runtime } from './runtime.js';
import css from './styles.css?inline';
import { TextsContext } from './texts/context.js';
import { en, type Texts } from './texts/en.js';

// The service that served this script is the default API. currentScript is only set while the script first runs.
const scriptSrc = (document.currentScript as HTMLScriptElement | null)?.src;
const defaultApi = scriptSrc ? new URL(scriptSrc).origin : location.origin;

// Parts loaded only when used (the call handler screen, the letter writer) come from beside this script.
registry().runtime ??= runtime;
registry().service ??= defaultApi;
const loadPart = scriptLoader(
  partsBase(scriptSrc || new URL('/widget/', location.origin).href),
  typeof __CS_PARTS__ === 'undefined' ? {} : __CS_PARTS__,
);

const ATTRIBUTES = [
  'api', 'mode', 'insights', 'lang', 'reading', 'history', 'remember', 'heading', 'provider-name', 'provider-phone', 'provider-email', 'provider-website',
  'provider-ods', 'nation', 'service', 'funding',
];

interface ElementProps {
  api?: string;
  /** "call-handler": every question on one screen, with the plan beside it, for helpline staff. */
  mode?: string;
  /** "off": send no anonymous counts of plans shown. */
  insights?: string;
  /** "cy": Welsh. The person can switch at any time; their answers are kept. */
  lang?: string;
  /** "easy": Easy Read, short sentences with a picture beside each step. */
  reading?: string;
  /** "off": questions are not steps in the browser's history (for hosts that manage history themselves). */
  history?: string;
  /** "off": the journey is not kept in the tab's sessionStorage, so a reload starts again. */
  remember?: string;
  /** "h1": each screen's heading is the page's main heading (a page of its own, such as /start). */
  heading?: string;
  providerName?: string;
  providerPhone?: string;
  providerEmail?: string;
  providerWebsite?: string;
  /** The organisation's ODS code (B86001): counted with the plan, so a service can see its own counts. */
  providerOds?: string;
  nation?: string;
  service?: string;
  funding?: string;
}

/** Drops unset attributes, so they are not sent as empty answers. */
const defined = <T extends object>(record: T): Partial<T> =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value)) as Partial<T>;

const wanted = (lang?: string): 'en' | 'cy' => (lang?.toLowerCase().startsWith('cy') ? 'cy' : 'en');

/** The catalogue of the widget's words for a language: English is built in, Welsh is loaded when first asked for. */
async function textsFor(language: 'en' | 'cy'): Promise<Texts> {
  return language === 'en' ? en : ((await loadPart('cy')).default as Texts);
}

function ComplaintsSignpost(props: ElementProps) {
  const api = props.api || defaultApi;
  const presets = defined({ nation: props.nation, service: props.service, funding: props.funding }) as Answers;
  const counting = countingAllowed(props.insights);
  // The words on show: they change only once the catalogue for the new language has arrived, and the API is asked
  // in the same language, so a screen is never half in one language and half in the other.
  const [texts, setTexts] = useState<Texts | undefined>(wanted(props.lang) === 'en' ? en : undefined);
  const [asked, setAsked] = useState(wanted(props.lang));
  useEffect(() => setAsked(wanted(props.lang)), [props.lang]);
  useEffect(() => {
    textsFor(asked).then(setTexts, () => setTexts((shown) => shown ?? en));
  }, [asked]);
  const reading = props.reading === 'easy' ? 'easy' : 'standard';
  const words = useRef<Words>({ lang: 'en', reading });
  words.current = { lang: (texts?.language ?? 'en') as Words['lang'], reading };
  const wordsNow = () => words.current;
  const fetchJourney = useMemo(() => {
    const client = createJourneyClient(api, wordsNow);
    return counting ? countFirstPlan(client, presets, planShownSender(api, 'public', props.providerOds)) : client;
  }, [api, counting, props.providerOds]);
  // The call handler part asks for plans itself; when counting, it gets a plan client that counts each call.
  const fetchPlan = useMemo(
    () => (counting && props.mode === 'call-handler' ? countEachCall(createPlanClient(api, wordsNow), presets, planShownSender(api, 'handler', props.providerOds)) : undefined),
    [api, counting, props.mode, props.providerOds],
  );
  if (!texts) return <p role="status">{asked === 'cy' ? 'Yn llwytho…' : en.loading}</p>;
  // The API names a provider only with its name; contact details alone are not enough.
  const provider: Provider | undefined = props.providerName
    ? defined({
        name: props.providerName,
        phone: props.providerPhone,
        email: props.providerEmail,
        website: props.providerWebsite,
        service: props.service,
      })
    : undefined;
  const switchLanguage = () => setAsked(texts.switchToLang);
  if (props.mode === 'call-handler') {
    // The call handler's screen stays in English; what is read aloud and the case note follow the caller's language.
    return (
      <TextsContext.Provider value={texts}>
        <div class="cs cs-call-handler" lang="en-GB" role="region" aria-label="Complaints signposting for call handlers">
          <LazyPart name="handler" loadPart={loadPart} props={{ api, presets, provider, words: wordsNow, ...(fetchPlan && { fetchPlan }) }} />
        </div>
      </TextsContext.Provider>
    );
  }
  return (
    <TextsContext.Provider value={texts}>
      <ScreenHeadingLevel.Provider value={props.heading === 'h1' ? 1 : 2}>
        <Signpost
          fetchJourney={fetchJourney}
          fetchQuestions={() => fetchQuestions(api, words.current)}
          presets={presets}
          provider={provider}
          loadPart={loadPart}
          reading={reading}
          onSwitchLanguage={switchLanguage}
          findProviders={createProviderFinder(api)}
          history={props.history !== 'off'}
          remember={props.remember !== 'off'}
        />
      </ScreenHeadingLevel.Provider>
    </TextsContext.Provider>
  );
}

const sheet = new CSSStyleSheet();
sheet.replaceSync(css);

const camelCase = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

class ComplaintsSignpostElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  readonly #root = this.attachShadow({ mode: 'open' });

  constructor() {
    super();
    this.#root.adoptedStyleSheets = [sheet];
  }

  connectedCallback() {
    this.#render();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#render();
  }

  disconnectedCallback() {
    render(null, this.#root);
  }

  #render() {
    const props = Object.fromEntries(ATTRIBUTES.map((name) => [camelCase(name), this.getAttribute(name) ?? undefined]));
    render(<ComplaintsSignpost {...props} />, this.#root);
  }
}

// The script may be included twice on one page; defining the element twice would throw.
if (!customElements.get('complaints-signpost')) customElements.define('complaints-signpost', ComplaintsSignpostElement);
