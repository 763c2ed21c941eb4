// Shared set-up for the end-to-end tests: the real app, Debian's Chromium, host pages on another origin,
// and keyboard-only helpers that see inside the widget's shadow root.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { AppOptions } from '../../server/http/app.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

interface Running {
  origin: string;
  close: () => Promise<void>;
}

/** The test command builds first; this covers running the e2e tests on their own. */
function ensureWidgetBuilt() {
  if (!existsSync(join(ROOT, 'dist/widget/complaints-signpost.js'))) {
    execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
}

/** The real service: API, widget script and demo page, on a free port. */
async function startService(options: AppOptions = {}): Promise<Running> {
  ensureWidgetBuilt();
  const { buildApp } = await import('../../server/http/app.js');
  const { InsightsStore } = await import('../../server/store/counters.js');
  // The widget counts the plans it shows: a real store, in memory, opened only when the first count arrives.
  const store = options.insights?.store ?? new InsightsStore({ dailyCap: 100_000 });
  const app = await buildApp({ ...options, insights: { ...options.insights, store } });
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  return { origin, close: async () => { await app.close(); await store.close(); } };
}

function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing. Run: node scripts/ensure-chromium.mjs');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Styles a hostile host might have: they must not reach the widget. Only the theming custom property should. */
export const HOSTILE_CSS = `
* { color: red !important; font-size: 8px !important; display: inline !important; letter-spacing: 4px !important; }
html { font-size: 8px !important; }
complaints-signpost { color: red; font-size: 8px; line-height: 0.5; font-family: "Comic Sans MS", cursive; text-transform: uppercase; }
complaints-signpost { --cs-colour-primary: rgb(106, 27, 154); }
complaints-signpost h2, complaints-signpost input { display: none !important; }
`;

/**
 * Host pages on a second origin, each with a strict Content Security Policy that allows only the widget's origin.
 * /plain: the bare element; /hostile: the element under hostile CSS; /handler: the element in call-handler mode.
 */
async function startHostSite(widgetOrigin: string): Promise<Running> {
  const csp = `default-src 'none'; script-src ${widgetOrigin}; connect-src ${widgetOrigin}; style-src 'self'; img-src 'self'`;
  const page = (title: string, css: boolean, attributes = '') => `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>${css ? '<link rel="stylesheet" href="/hostile.css">' : ''}
<script src="${widgetOrigin}/widget/complaints-signpost.js" async></script></head>
<body><main><h1>${title}</h1><complaints-signpost${attributes}></complaints-signpost></main></body></html>`;
  const routes: Record<string, [string, string]> = {
    '/plain': ['text/html', page('A host site', false)],
    '/hostile': ['text/html', page('A hostile host site', true)],
    '/handler': ['text/html', page('A helpline', false, ' mode="call-handler"')],
    '/insights-off': ['text/html', page('A host site that turns counting off', false, ' insights="off"')],
    '/history-off': ['text/html', page('A host site that keeps its own history', false, ' history="off" remember="off"')],
    '/hostile.css': ['text/css', HOSTILE_CSS],
  };
  const server = createServer((request, response) => {
    // Browsers ask for a favicon; answer it so the console stays clean.
    if (request.url === '/favicon.ico') return response.writeHead(204).end();
    const route = routes[request.url ?? ''];
    if (!route) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': `${route[0]}; charset=utf-8`, 'content-security-policy': csp });
    response.end(route[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // "localhost" rather than 127.0.0.1: a different host as well as a different port.
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface EndToEnd {
  service: Running;
  host: Running;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations on the page since it opened. */
  problems: string[];
}

/** Collects the page's problems; CSP violations are logged as console errors so that they count too. */
async function recordProblems(page: Page, problems: string[]) {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
}

/**
 * The lifecycle of an end-to-end file: the service, the host site and Chromium start before its tests and close
 * after them, then the number of axe audits is logged. Each test gets a new context and page (a 1024 × 900
 * window unless `context` says otherwise); `pagePer: 'file'` opens one page for all the file's tests instead.
 */
export function endToEnd(file: string, options: { context?: BrowserContextOptions; pagePer?: 'test' | 'file'; app?: () => AppOptions } = {}): EndToEnd {
  const e2e = { problems: [] as string[] } as EndToEnd;
  const openPage = async () => {
    e2e.problems.length = 0;
    e2e.context = await e2e.browser.newContext({ viewport: { width: 1024, height: 900 }, ...options.context });
    e2e.page = await e2e.context.newPage();
    await recordProblems(e2e.page, e2e.problems);
  };
  beforeAll(async () => {
    e2e.service = await startService(options.app?.());
    e2e.host = await startHostSite(e2e.service.origin);
    e2e.browser = await launchBrowser();
    if (options.pagePer === 'file') await openPage();
  });
  afterAll(async () => {
    await e2e.browser?.close();
    await e2e.host?.close();
    await e2e.service?.close();
    console.log(`axe audited ${axeAudits.length} screens in ${file} with no violations`);
  });
  if (options.pagePer !== 'file') {
    beforeEach(openPage);
    afterEach(() => e2e.context.close());
  }
  return e2e;
}

export interface Focused {
  tag: string;
  type: string;
  name: string;
  value: string;
  text: string;
  id: string;
  checked: boolean;
  role: string | null;
}

/** The element with keyboard focus, looking through shadow roots. */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return null;
    const input = element as HTMLInputElement;
    return {
      tag: element.tagName.toLowerCase(),
      type: input.type ?? '',
      name: input.name ?? '',
      value: typeof input.value === 'string' ? input.value : '',
      text: (element.textContent ?? '').trim(),
      id: element.id,
      checked: !!input.checked,
      role: element.getAttribute('role'),
    };
  });
}

/** Presses Tab (or another key) until focus is where wanted; does nothing if it is there already. */
export async function pressUntil(page: Page, wanted: (f: Focused) => boolean, key = 'Tab', max = 60): Promise<Focused> {
  for (let i = 0; i <= max; i++) {
    const now = await focused(page);
    if (now && wanted(now)) return now;
    await page.keyboard.press(key);
  }
  throw new Error(`Pressed ${key} ${max} times without reaching the element wanted; focus is on ${JSON.stringify(await focused(page))}`);
}

export const isButton = (text: string) => (f: Focused) => f.tag === 'button' && f.text === text;

export interface Screen {
  /** The question id, or "plan". */
  id: string;
  kind: string;
  optional: boolean;
  heading: string;
}

/** Waits for a question screen or the plan, and says which. */
export async function currentScreen(page: Page): Promise<Screen> {
  const widget = page.locator('complaints-signpost');
  await widget.locator('form[data-question] .cs-screen-heading, .cs-screen-heading:text-is("Your plan")').first().waitFor();
  const form = widget.locator('form[data-question]');
  if (!(await form.count())) return { id: 'plan', kind: 'plan', optional: false, heading: 'Your plan' };
  return {
    id: (await form.getAttribute('data-question'))!,
    kind: (await form.getAttribute('data-kind'))!,
    optional: (await widget.getByRole('button', { name: SKIP }).count()) > 0,
    heading: (await form.locator('.cs-screen-heading').textContent())!,
  };
}

/** After Continue, focus moves to the next heading; wait for that rather than for time. */
async function nextHeadingFocused(page: Page, previous: string) {
  await page.waitForFunction((before) => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return !!element?.matches('.cs-screen-heading') && element.textContent !== before;
  }, previous);
}

export type Answer = string | string[] | 'skip';

/** The button that skips an optional question: "I don't know" where the question asks for a name. */
const SKIP = /^(Skip this question|I don't know)$/;

/** Answers the question on screen with the keyboard alone: Tab, arrow keys, Space, typing and Enter. */
export async function answerByKeyboard(page: Page, screen: Screen, answer: Answer | undefined) {
  const { id, kind } = screen;
  if (answer === 'skip' || (answer === undefined && screen.optional)) {
    await pressUntil(page, (f) => f.tag === 'button' && SKIP.test(f.text));
    await page.keyboard.press('Enter');
    return nextHeadingFocused(page, screen.heading);
  }
  if (kind === 'single' || kind === 'area') {
    await pressUntil(page, (f) => f.type === 'radio' && f.name === id);
    if (typeof answer === 'string') await pressUntil(page, (f) => f.value === answer, 'ArrowDown', 30);
    await page.keyboard.press('Space');
  } else if (kind === 'multiple') {
    const wanted = Array.isArray(answer) ? answer : answer ? [answer] : [];
    let box = await pressUntil(page, (f) => f.type === 'checkbox' && f.name === id);
    let ticked = 0;
    while (box.type === 'checkbox' && box.name === id) {
      const want = wanted.length ? wanted.includes(box.value) : ticked === 0;
      if (want !== box.checked) await page.keyboard.press('Space');
      if (want) ticked++;
      await page.keyboard.press('Tab');
      box = (await focused(page))!;
    }
  } else if (kind === 'date') {
    const [year = '', month = '', day = ''] = String(answer).split('-');
    await pressUntil(page, (f) => f.id === `cs-${id}-day`);
    await page.keyboard.type(day.replace(/^0/, ''));
    await page.keyboard.press('Tab');
    await page.keyboard.type(month.replace(/^0/, ''));
    await page.keyboard.press('Tab');
    await page.keyboard.type(year);
  } else if (kind === 'postcode') {
    await pressUntil(page, (f) => f.id === `cs-${id}-0`);
    await page.keyboard.type(String(answer));
  } else if (kind === 'provider') {
    // Types the name as people say it, then takes the first match with the arrow key and Enter.
    await pressUntil(page, (f) => f.id === `cs-${id}-0`);
    await page.keyboard.type(String(answer), { delay: 30 });
    await page.locator('complaints-signpost [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  }
  await pressUntil(page, isButton('Continue'));
  await page.keyboard.press('Enter');
  await nextHeadingFocused(page, screen.heading);
}

/**
 * Runs a whole journey by keyboard. Questions not in `answers` get "skip" when optional, else the first option.
 * `onScreen` runs on each screen before it is answered (for axe, screenshots, layout checks).
 */
export async function runJourney(page: Page, answers: Record<string, Answer>, onScreen?: (screen: Screen) => Promise<void>) {
  const seen: string[] = [];
  for (let step = 0; step < 20; step++) {
    const screen = await currentScreen(page);
    if (onScreen) await onScreen(screen);
    if (screen.id === 'plan') return seen;
    seen.push(screen.id);
    await answerByKeyboard(page, screen, answers[screen.id]);
  }
  throw new Error(`The journey did not reach a plan: ${seen.join(' → ')}`);
}

/**
 * From the plan, answers one of the refinements it offers ("What is your postcode?"), by keyboard, and waits for
 * the plan to come back. A refinement the answer opens (the council area) is answered too, from `more`.
 */
export async function refineByKeyboard(page: Page, id: string, answer: Answer, more: Record<string, Answer> = {}, onScreen?: (screen: Screen) => Promise<void>) {
  await pressUntil(page, (f) => f.tag === 'button' && f.id === `cs-refine-${id}`);
  await page.keyboard.press('Enter');
  let screen = await currentScreen(page);
  await page.waitForFunction(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return !!element?.matches('.cs-screen-heading') && element.textContent !== 'Your plan';
  });
  screen = await currentScreen(page);
  if (onScreen) await onScreen(screen);
  await answerByKeyboard(page, screen, answer);
  for (const [next, value] of Object.entries(more)) {
    if (await page.locator(`complaints-signpost #cs-refine-${next}`).count()) await refineByKeyboard(page, next, value, {}, onScreen);
  }
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeAudits: string[] = [];

/** Runs axe (which reaches into open shadow roots) and expects no violations at all. */
export async function expectAccessible(page: Page, label: string, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(WCAG);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  axeAudits.push(label);
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  expect(found, `axe on ${label}`).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** No horizontal scrolling: the page is no wider than the window. */
export async function expectNoHorizontalScroll(page: Page, width: number, label: string) {
  const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(scrollWidth, `page width on ${label}`).toBeLessThanOrEqual(width);
}
