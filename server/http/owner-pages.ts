// The pages for website owners and the people they send: /start (the widget on a whole page, for a link or a QR
// code), /frame (the same for an iframe), /for-websites (the builder) and /poster (a printed A4 poster).
// Each is a template in widget/demo; this file fills in what depends on the request. Every value from the query
// is checked against the API's own schemas and dropped when it does not fit, and everything written is escaped.
import QRCode from 'qrcode';
import { ProviderSchema, type Body, type ProviderResult } from '../graph/api-schemas.js';
import { CHOICE_VALUES, type Nation } from '../graph/contract.js';
import { todayInLondon } from '../graph/dates.js';
import type { Language, Reading } from '../graph/contract.js';
import type { Graph } from '../graph/graph.js';
import { PAGE_TEXTS, POSTER_TEXTS } from './page-texts.js';
import { toBody } from '../graph/plan.js';
import { providerBody } from '../graph/providers.js';

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The widget's attributes that a page can set from its query string, in the order snippets list them. */
const PRESET_CHECKS = {
  service: (v: string) => (CHOICE_VALUES.service as readonly string[]).includes(v),
  nation: (v: string) => (CHOICE_VALUES.nation as readonly string[]).includes(v),
  funding: (v: string) => (CHOICE_VALUES.funding as readonly string[]).includes(v),
  'provider-name': (v: string) => ProviderSchema.shape.name.safeParse(v).success,
  'provider-phone': (v: string) => ProviderSchema.shape.phone.safeParse(v).success,
  'provider-email': (v: string) => ProviderSchema.shape.email.safeParse(v).success,
  'provider-website': (v: string) => ProviderSchema.shape.website.safeParse(v).success,
} as const;
export type PresetName = keyof typeof PRESET_CHECKS;
export type Presets = Partial<Record<PresetName, string>>;
export type Query = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim();

/** The query's widget attributes that the API would accept. Anything else is left out, so its question is asked. */
export function readPresets(query: Query): Presets {
  const presets: Presets = {};
  for (const [name, fits] of Object.entries(PRESET_CHECKS) as [PresetName, (v: string) => boolean][]) {
    const typed = first(query[name]);
    // "riverside-surgery.example" is how people type a website: it means https://.
    const value = name === 'provider-website' && typed && !/^[a-z][a-z\d+.-]*:/i.test(typed) ? `https://${typed}` : typed;
    if (value && fits(value)) presets[name] = value;
  }
  return presets;
}

const attributes = (presets: Presets, separator = ' ') =>
  Object.entries(presets).map(([name, value]) => `${separator}${name}="${escapeHtml(value)}"`).join('');

const queryString = (presets: Presets) => {
  const text = new URLSearchParams(Object.entries(presets).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return text ? `?${text}` : '';
};

/** The /start address for these presets: the link to share, and what the poster's QR code opens. */
export const startUrl = (origin: string, presets: Presets, words?: Words) =>
  `${origin}/start${queryString({ ...presets, ...(words?.language === 'cy' && { lang: 'cy' }), ...(words?.reading === 'easy' && { reading: 'easy' }) })}`;

/** The language and reading a page was asked for (?lang=, Accept-Language, ?reading=). */
export interface Words { language: Language; reading: Reading }

/** The widget's lang and reading attributes, when they are not the defaults. */
const wordAttributes = ({ language, reading }: Words) => `${language === 'cy' ? ' lang="cy"' : ''}${reading === 'easy' ? ' reading="easy"' : ''}`;

export interface PageRequest {
  /** This service's address as the visitor reached it, not yet escaped. */
  origin: string;
  query: Query;
  graph: Graph;
  words: Words;
}
/** Values for a template's {{placeholders}}: HTML, already escaped. */
export type Fill = (request: PageRequest) => Record<string, string> | Promise<Record<string, string>>;

/** For the heading line under the page title: who sent the visitor here. */
const sentBy = (presets: Presets) => presets['provider-name']
  ? `<p>${escapeHtml(presets['provider-name'])} gives you this page so that you can find out how to complain and who can help.</p>`
  : '';

export const fillStart: Fill = ({ query, graph, words }) => {
  const presets = readPresets(query);
  return {
    ...PAGE_TEXTS[words.language],
    attributes: attributes(presets) + wordAttributes(words),
    'sent-by': words.language === 'en' ? sentBy(presets) : sentByCy(presets),
    'find-hospital': findHospital(graph, presets, first(query.hospital), words.language),
  };
};

/** The no-JavaScript hospital finder's words. */
const FIND_TEXT = {
  en: {
    tooShort: 'Type at least 2 letters of its name.',
    none: (q: string) => `We found no hospital or NHS service called “${q}”. Check the spelling, or try another name for it.`,
    results: (q: string) => `Results for “${q}”`,
    heading: "Find a hospital's complaints team",
    intro: 'The questions need JavaScript, which is off in your browser. You can still find how to reach an NHS hospital or service about a complaint.',
    label: 'Which hospital or NHS service?',
    hint: "Type its name, such as St James's or the LGI.",
    search: 'Search',
    runBy: (name: string) => `(run by ${name})`,
    phone: 'Phone', email: 'Email', online: 'Complain online', website: 'Their website',
    unconfirmed: 'We have not confirmed these details yet: check them on their website.',
    noContact: 'We do not have its contact details yet. Search for its name and "complaints".',
  },
  cy: {
    tooShort: 'Teipiwch o leiaf 2 lythyren o’i enw.',
    none: (q: string) => `Ni chawsom hyd i ysbyty na gwasanaeth GIG o’r enw “${q}”. Gwiriwch y sillafu, neu rhowch gynnig ar enw arall.`,
    results: (q: string) => `Canlyniadau ar gyfer “${q}”`,
    heading: 'Dod o hyd i dîm cwynion ysbyty',
    intro: 'Mae angen JavaScript ar y cwestiynau, ac mae wedi’i ddiffodd yn eich porwr. Gallwch chi ddal i gael gwybod sut i gysylltu ag ysbyty neu wasanaeth GIG am gŵyn.',
    label: 'Pa ysbyty neu wasanaeth GIG?',
    hint: 'Teipiwch ei enw, fel Ysbyty Athrofaol Cymru.',
    search: 'Chwilio',
    runBy: (name: string) => `(yn cael ei redeg gan ${name})`,
    phone: 'Ffôn', email: 'E-bost', online: 'Cwyno ar-lein', website: 'Eu gwefan',
    unconfirmed: 'Nid ydym wedi cadarnhau’r manylion hyn eto: gwiriwch nhw ar eu gwefan.',
    noContact: 'Nid oes gennym ei fanylion cyswllt eto. Chwiliwch am ei enw a “cwynion”.',
  },
} as const;

/** Without JavaScript the widget cannot run, so /start offers the one thing a plain form can do well: find a hospital
 *  or NHS organisation by name and show its own PALS or complaints contact. What is typed is searched, not kept. */
function findHospital(graph: Graph, presets: Presets, typed: string | undefined, language: Language): string {
  const say = FIND_TEXT[language];
  const query = typed?.slice(0, 100) ?? '';
  const kept = Object.entries(presets).map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`).join('');
  const results = query.length >= 2 ? graph.providers.search(query, { nation: presets.nation as Nation | undefined, limit: 10 }) : [];
  const found = query.length < 2 ? (query ? `<p class="error-message">${say.tooShort}</p>` : '')
    : results.length === 0 ? `<p>${say.none(escapeHtml(query))}</p>`
      : `<h3>${say.results(escapeHtml(query))}</h3><ul class="hospital-results">${results.map((r) => hospitalResult(graph, r, language)).join('')}</ul>`;
  return `<noscript><section class="find-hospital" aria-labelledby="find-hospital-heading">
<h2 id="find-hospital-heading">${say.heading}</h2>
<p>${say.intro}</p>
<form method="get" action="/start">${kept}
<label for="hospital">${say.label}</label>
<p class="hint" id="hospital-hint">${say.hint}</p>
<input id="hospital" name="hospital" type="text" value="${escapeHtml(query)}" aria-describedby="hospital-hint" autocomplete="off" spellcheck="false">
<button type="submit">${say.search}</button>
</form>
${found}
</section></noscript>`;
}

function hospitalResult(graph: Graph, r: ProviderResult, language: Language): string {
  const say = FIND_TEXT[language];
  const org = graph.providers.organisations.get(r.organisation.id);
  if (!org) return '';
  const body = providerBody(org, org.nation === 'england' ? 'pals' : 'complaints', language);
  const runBy = r.kind === 'hospital' ? ` <span class="hint">${say.runBy(escapeHtml(body.name))}</span>` : '';
  const lines = [
    body.phone && `${say.phone}: <a href="tel:${escapeHtml(body.phone.replace(/\s/g, ''))}">${escapeHtml(body.phone)}</a>${body.phoneNote ? ` (${escapeHtml(body.phoneNote)})` : ''}`,
    body.email && `${say.email}: <a href="mailto:${escapeHtml(body.email)}">${escapeHtml(body.email)}</a>`,
    body.complaintPage && `<a href="${escapeHtml(body.complaintPage)}">${say.online}</a>`,
    body.website && `<a href="${escapeHtml(body.website)}">${say.website}</a>`,
  ].filter(Boolean);
  const check = body.verified ? '' : `<li>${say.unconfirmed}</li>`;
  const contact = lines.length ? lines.map((l) => `<li>${l}</li>`).join('') : `<li>${say.noContact}</li>`;
  return `<li><p><strong>${escapeHtml(r.name)}</strong>${runBy}</p><ul>${contact}${check}</ul></li>`;
}

export const fillFrame: Fill = ({ origin, query, words }) => {
  const presets = readPresets(query);
  return { ...PAGE_TEXTS[words.language], attributes: attributes(presets) + wordAttributes(words), 'start-url': escapeHtml(startUrl(origin, presets, words)) };
};

const sentByCy = (presets: Presets) => presets['provider-name']
  ? `<p>Mae’r sefydliad hwn yn rhoi’r dudalen hon i chi er mwyn i chi gael gwybod sut i gwyno a phwy all helpu: ${escapeHtml(presets['provider-name'])}.</p>`
  : '';

/** The three ways to add the widget, each ready to paste. */
export function snippets(origin: string, presets: Presets) {
  const frameUrl = `${origin}/frame${queryString(presets)}`;
  const title = presets['provider-name'] ? `How to complain about ${presets['provider-name']}` : 'How to complain about health or social care';
  return {
    script: `<script src="${origin}/widget/complaints-signpost.js" async></script>\n<complaints-signpost${attributes(presets, '\n  ')}></complaints-signpost>`,
    // No style attribute: a host whose CSP limits styles would refuse it (and log a violation). The height is only
    // where it starts: the script beside it sizes the frame to its content from the height the frame posts.
    iframe: `<iframe src="${escapeHtml(frameUrl)}" title="${escapeHtml(title)}" width="100%" height="600"></iframe>\n<script src="${origin}/frame-host.js" async></script>`,
    link: startUrl(origin, presets),
  };
}

/** A question's options, worded as the question words them, with the chosen one selected. */
function selectOptions(graph: Graph, question: 'service' | 'nation', chosen: string | undefined, none: string) {
  const options = graph.questionById.get(question)?.options ?? [];
  return [`<option value=""${chosen ? '' : ' selected'}>${none}</option>`,
    ...options.map((o) => `<option value="${escapeHtml(o.value)}"${o.value === chosen ? ' selected' : ''}>${escapeHtml(o.label)}</option>`)].join('\n');
}

export const fillBuilder: Fill = ({ origin, query, graph }) => {
  const presets = readPresets(query);
  const postcode = readPostcode(graph, query);
  const code = snippets(origin, presets);
  const field = (name: PresetName) => escapeHtml(presets[name] ?? '');
  return {
    attributes: attributes(presets),
    'name-value': field('provider-name'),
    'phone-value': field('provider-phone'),
    'email-value': field('provider-email'),
    'website-value': field('provider-website'),
    'postcode-value': escapeHtml(postcode ?? ''),
    'service-options': selectOptions(graph, 'service', presets.service, 'Choose a service'),
    'nation-options': selectOptions(graph, 'nation', presets.nation, 'Choose a country'),
    'script-snippet': escapeHtml(code.script),
    'iframe-snippet': escapeHtml(code.iframe),
    'link-snippet': escapeHtml(code.link),
    'poster-url': escapeHtml(`/poster${queryString({ ...presets, ...(postcode && { postcode }) } as Presets)}`),
    'ignored': ignoredMessage(query, presets),
  };
};

/** Says which typed details were left out, so the owner can correct them. */
function ignoredMessage(query: Query, presets: Presets) {
  const labels: Partial<Record<PresetName, string>> = {
    'provider-name': 'name', 'provider-phone': 'phone number', 'provider-email': 'email address', 'provider-website': 'website address',
  };
  const left = (Object.keys(labels) as PresetName[]).filter((name) => first(query[name]) && !presets[name]).map((name) => labels[name]!);
  if (!left.length) return '';
  return `<p class="notice">We left out the ${left.join(' and the ')}, because it does not look right. Check it and try again.</p>`;
}

/** A postcode only for the poster's local numbers; one that is not a known UK postcode is left out. */
function readPostcode(graph: Graph, query: Query): string | undefined {
  const postcode = first(query.postcode);
  if (!postcode || postcode.length > 10) return undefined;
  const found = graph.areas.lookup(postcode);
  return found.kind === 'found' ? found.query : undefined;
}

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** Printed beside a number no primary source confirms, as the widget says it on screen. */
const NOT_CONFIRMED = ' (not confirmed: check it on their website)';

/** One line of the poster's free-help list: the body's name and the best way to reach it. */
function helpLine(body: Body) {
  const reach = body.phone
    ? `call <span class="poster-phone">${escapeHtml(body.phone)}</span>${body.verified ? '' : NOT_CONFIRMED}`
    : body.website ? escapeHtml(body.website.replace(/^https?:\/\//, '').replace(/\/$/, '')) : '';
  return reach ? `<li><strong>${escapeHtml(body.name)}</strong>: ${reach}</li>` : '';
}

/** Local Healthwatch and NHS complaints advocacy for the poster's postcode (England), with the national
 *  Healthwatch line where the local one has no phone number we could confirm. */
function freeHelp(graph: Graph, postcode: string | undefined) {
  if (!postcode) return '';
  const found = graph.areas.lookup(postcode);
  if (found.kind !== 'found' || found.nation !== 'england' || !found.area) return '';
  const local = graph.areas.bodiesFor(found.area.code, todayInLondon());
  const national = graph.bodies.get('healthwatch-england');
  const lines = [local.healthwatch, local.advocacy].filter((b): b is Body => Boolean(b) && !b!.generic);
  if (national && !local.healthwatch?.phone) lines.push(toBody(national));
  const items = lines.map(helpLine).filter(Boolean);
  if (!items.length) return '';
  return `<section class="poster-help" aria-labelledby="help-title">
      <h2 id="help-title">Free, independent help</h2>
      <ul>${items.join('')}</ul>
    </section>`;
}

/** The organisation's own phone and email, as links. */
const contactLinks = (presets: Presets) => ({
  phone: presets['provider-phone'] && `<a href="${escapeHtml(telHref(presets['provider-phone']))}">${escapeHtml(presets['provider-phone'])}</a>`,
  email: presets['provider-email'] && `<a href="mailto:${escapeHtml(presets['provider-email'])}">${escapeHtml(presets['provider-email'])}</a>`,
});

/** Who to tell first: the organisation itself, with the details it gave. */
function tellUsFirst(presets: Presets) {
  const name = presets['provider-name'];
  if (!name) return '<p>Speak to a member of staff, or ask for the complaints manager. Most problems can be put right quickly.</p>';
  const { phone, email } = contactLinks(presets);
  const ways = [phone && `phone ${phone}`, email && `email ${email}`].filter(Boolean);
  return `<p>Speak to any of our staff, or ask for the complaints manager${ways.length ? `. You can also ${ways.join(' or ')}` : ''}.</p>`;
}

/** The same on a bilingual poster: the words in both languages, then the phone and email, which need none. */
function tellUsFirstInBoth(presets: Presets, line: (text: (t: typeof POSTER_TEXTS.en) => string) => string) {
  const { phone, email } = contactLinks(presets);
  const ways = [phone && `☎ ${phone}`, email && `✉ ${email}`].filter(Boolean);
  return `<p>${line((t) => (presets['provider-name'] ? t.speakToOurs : t.speakTo))}</p>${ways.length ? `<p>${ways.join(' &nbsp; ')}</p>` : ''}`;
}

/** A poster's line in its languages: Welsh first on a bilingual poster, each marked with its language. The words
 *  are our own; only the organisation's name, escaped where it is read, comes from the request. */
const posterLine = (bilingual: boolean, text: (t: typeof POSTER_TEXTS.en) => string) => (bilingual
  ? `<span lang="cy">${text(POSTER_TEXTS.cy)}</span> <span lang="en-GB" class="poster-second">${text(POSTER_TEXTS.en)}</span>`
  : text(POSTER_TEXTS.en));

export const fillPoster: Fill = async ({ origin, query, graph, words }) => {
  const presets = readPresets(query);
  // In Wales, or when Welsh is asked for, the poster is in Welsh and English, Welsh first; its QR code opens Welsh.
  const bilingual = presets.nation === 'wales' || words.language === 'cy';
  const target = startUrl(origin, presets, bilingual ? { language: 'cy', reading: words.reading } : undefined);
  const line = (text: (t: typeof POSTER_TEXTS.en) => string) => posterLine(bilingual, text);
  const name = (t: typeof POSTER_TEXTS.en) => escapeHtml(presets['provider-name'] ?? t.ourService);
  // Medium error correction copes with a creased or smudged print; the margin is the quiet zone scanners need.
  const qr = await QRCode.toString(target, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  return {
    name: escapeHtml(presets['provider-name'] ?? 'our service'),
    'html-lang': bilingual ? 'cy' : 'en-GB',
    heading: line((t) => t.heading),
    'tell-first': line((t) => t.tellFirst(name(t))),
    'tell-us': bilingual ? tellUsFirstInBoth(presets, line) : tellUsFirst(presets),
    'not-affected': line((t) => t.notAffected),
    'scan-title': line((t) => t.scanTitle),
    scan: line((t) => t.scan),
    'type-address': line((t) => t.typeAddress),
    'in-welsh': bilingual ? `<p>${line((t) => t.inWelsh)}</p>` : '',
    safety: line((t) => t.safety),
    qr: qr.replace('<svg ', '<svg role="img" aria-label="QR code that opens the web address below" focusable="false" '),
    // Short enough to type from across a room: the routing answers only. The QR code carries the organisation too.
    address: escapeHtml(startUrl(origin, { service: presets.service, nation: presets.nation }).replace(/^https?:\/\//, '')),
    'free-help': freeHelp(graph, readPostcode(graph, query)),
    'builder-url': escapeHtml(`/for-websites${queryString(presets)}`),
  };
};
