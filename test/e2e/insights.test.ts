// Counting plans shown, the follow-up form and the /insights page, in Chromium against the real app with a real
// (in-memory PGlite) store. axe runs on every page.
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { InsightsStore } from '../../server/store/counters.js';
import { endToEnd, expectAccessible, expectNoHorizontalScroll, focused, pressUntil, refineByKeyboard, runJourney, screenshot } from './harness.js';

const store = new InsightsStore({ dailyCap: 1000 });
const e2e = endToEnd('insights.test.ts', { app: () => ({ insights: { store } }) });
afterAll(() => store.close());

const LEEDS = 'E08000035';
/** The answers before the first plan; the postcode is a refinement offered beside it. */
const ANSWERS = { nation: 'england', service: 'gp', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-09' };

/** The events the page sent, as they were sent. */
function recordEvents() {
  const events: Record<string, unknown>[] = [];
  e2e.page.on('request', (request) => {
    if (request.url().endsWith('/api/v1/insights/events')) events.push(request.postDataJSON());
  });
  return events;
}

const plansCounted = async () => (await store.rows()).filter((r) => r.dimension === 'plans').reduce((n, r) => n + (r.count as number), 0);
const widget = () => e2e.page.locator('complaints-signpost');

describe('counting plans shown', () => {
  it('counts a journey once: not again when an answer is changed, and again after "Start again"', async () => {
    await store.open();
    await store.reset();
    const events = recordEvents();
    await e2e.page.goto(`${e2e.host.origin}/plain`);
    await runJourney(e2e.page, ANSWERS);
    await expect.poll(plansCounted).toBe(1);
    // "Who is it for?" is asked before the plan and was skipped: "" (not sure) is counted as given.
    expect(events).toEqual([{ event: 'plan-shown', dataVersion: expect.any(String), source: 'public', answers: { ...ANSWERS, who: '' } }]);

    // A refinement (the postcode, offered beside the plan) updates the same plan: it is not counted again.
    await refineByKeyboard(e2e.page, 'postcode', 'LS1 4AP');
    await e2e.page.waitForTimeout(500);
    expect(await plansCounted()).toBe(1);
    expect(events).toHaveLength(1);
    await widget().getByRole('button', { name: 'Start again' }).click();
    await runJourney(e2e.page, ANSWERS);
    await expect.poll(plansCounted).toBe(2);
    expect(events).toHaveLength(2);
  });

  it('sends nothing when the browser sends Global Privacy Control', async () => {
    const events = recordEvents();
    await e2e.page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await e2e.page.goto(`${e2e.host.origin}/plain`);
    await runJourney(e2e.page, ANSWERS);
    await e2e.page.waitForTimeout(500);
    expect(events).toEqual([]);
  });

  it('sends nothing when the host page sets insights="off"', async () => {
    const events = recordEvents();
    await e2e.page.goto(`${e2e.host.origin}/insights-off`);
    await runJourney(e2e.page, ANSWERS);
    await e2e.page.waitForTimeout(500);
    expect(events).toEqual([]);
  });
});

describe('"How did it go?" and the /insights page', () => {
  it('a person follows the link from the plan, answers by keyboard, and the answers are counted', async () => {
    await store.reset();
    await e2e.page.goto(`${e2e.host.origin}/plain`);
    await runJourney(e2e.page, ANSWERS);
    await refineByKeyboard(e2e.page, 'postcode', 'LS1 4AP');
    const href = await widget().getByRole('link', { name: /tell us how your complaint went/ }).getAttribute('href');
    expect(href).toBe(`${e2e.service.origin}/follow-up?nation=england&service=gp&area=${LEEDS}`);
    await e2e.page.goto(href!);
    await expectAccessible(e2e.page, 'follow-up form');
    // Sending with nothing chosen shows the error summary.
    await pressUntil(e2e.page, (f) => f.tag === 'button' && f.text === 'Send');
    await e2e.page.keyboard.press('Enter');
    await e2e.page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectAccessible(e2e.page, 'follow-up form with an error');
    await pressUntil(e2e.page, (f) => f.name === 'result');
    await pressUntil(e2e.page, (f) => f.value === 'partly', 'ArrowDown', 6);
    await e2e.page.keyboard.press('Space');
    await pressUntil(e2e.page, (f) => f.name === 'listened-to');
    await e2e.page.keyboard.press('Space');
    await pressUntil(e2e.page, (f) => f.tag === 'button' && f.text === 'Send');
    await e2e.page.keyboard.press('Enter');
    await e2e.page.getByRole('heading', { name: 'Thank you' }).waitFor();
    await expectAccessible(e2e.page, 'follow-up thanks');
    const followUps = (await store.rows()).filter((r) => r.kind === 'follow-up');
    expect(followUps.map((r) => `${r.area} ${r.dimension}=${r.value}`).sort()).toEqual([`${LEEDS} result=partly`, `${LEEDS} statement:listened-to=agree`]);
  });

  it('shows Leeds what people needed help with, suppressed where small, by keyboard and at 320 px', async () => {
    await store.reset();
    const day = new Date().toISOString().slice(0, 10);
    for (let i = 0; i < 12; i++) {
      const concern = i < 9 ? 'access-or-waiting' : 'care-or-treatment';
      await store.count({ kind: 'plan', day, source: 'public', nation: 'england', area: LEEDS, service: 'gp', items: [{ dimension: 'plans', value: '' }, { dimension: 'concern', value: concern }] });
    }
    await e2e.page.goto(`${e2e.service.origin}/insights`);
    await expectAccessible(e2e.page, 'insights, all areas');
    await pressUntil(e2e.page, (f) => f.id === 'area');
    await e2e.page.keyboard.type('Leeds');
    expect((await focused(e2e.page))?.value).toBe(LEEDS);
    await pressUntil(e2e.page, (f) => f.tag === 'button' && f.text === 'Show counts');
    await e2e.page.keyboard.press('Enter');
    await e2e.page.waitForURL(/area=E08000035/);
    const concern = e2e.page.getByRole('table', { name: 'What people needed help with' });
    await expect.poll(() => concern.textContent()).toContain('Getting care, or waiting times10');
    expect(await concern.textContent()).toContain('Care or treatmentNot shown (1 to 7)');
    await expectAccessible(e2e.page, 'insights, Leeds');
    await screenshot(e2e.page, 'insights-leeds');
    await e2e.page.setViewportSize({ width: 320, height: 800 });
    await expectNoHorizontalScroll(e2e.page, 320, 'insights at 320 px');
    await screenshot(e2e.page, 'insights-leeds-320');
  });
});

describe('the local scrutiny report', () => {
  it('brings together an area\'s counts by month and organisation, states the data version and rules, and prints to a dated PDF', async () => {
    await store.open();
    await store.reset();
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
    const plan = (provider: string, concern: string) => store.count({ kind: 'plan', day: today, source: 'public', nation: 'england', area: LEEDS, service: 'gp', items: [{ dimension: 'plans', value: '' }, { dimension: 'provider', value: provider }, { dimension: 'concern', value: concern }] });
    for (let i = 0; i < 12; i++) await plan('B86001', 'care-or-treatment');
    for (let i = 0; i < 9; i++) await plan('B86002', 'communication');
    for (let i = 0; i < 10; i++) await store.count({ kind: 'follow-up', day: today, source: 'public', nation: 'england', area: LEEDS, service: 'gp', items: [{ dimension: 'result', value: 'partly' }] });

    const page = e2e.page;
    await page.goto(`${e2e.service.origin}/scrutiny?area=${LEEDS}`);
    expect(await page.locator('h1').textContent()).toBe('Local scrutiny report: Leeds');
    const body = await page.locator('main').textContent();
    expect(body).toContain('Data version');
    expect(body).toContain('counts from 1 to 7 are not shown');
    expect(body).toContain('B86001');
    expect(body).toContain('of the plans shown in all areas');
    await expectAccessible(page, 'scrutiny report');
    await screenshot(page, 'scrutiny-report');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    const pdf = await PDFDocument.load(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    // The title (and so the file's name when saved) carries the area and the date.
    expect(pdf.getTitle()).toMatch(/^Local scrutiny report, Leeds, \d{1,2} \w+ \d{4}/);
    const a4 = pdf.getPage(0).getSize();
    expect(Math.round(a4.width)).toBe(595);
    await page.emulateMedia({ media: 'screen' });
  }, 180_000);
});
