// Welsh and Easy Read in real Chromium against the real app: a journey in Welsh, switching language part way and on
// the plan without losing an answer, the Welsh words loaded only when asked, Easy Read with a picture beside each
// step. axe runs on every screen; the first plan screen in each is saved under test-results/screenshots.
import { describe, expect, it } from 'vitest';
import { endToEnd, expectAccessible, pressUntil, screenshot } from './harness.js';

const e2e = endToEnd('languages.test.ts', { context: { viewport: { width: 390, height: 844 } } });
const widget = () => e2e.page.locator('complaints-signpost');
/** A whole journey with axe on every screen takes a while on a busy machine. */
const SLOW = 360_000;
const answers: Record<string, string> = { nation: 'wales', service: 'gp', concern: 'care-or-treatment', stage: 'not-yet' };

/** The question on screen, or "plan". */
async function onScreen(planHeading: string): Promise<string> {
  await widget().locator(`form[data-question] .cs-screen-heading, .cs-screen-heading:text-is("${planHeading}")`).first().waitFor();
  const form = widget().locator('form[data-question]');
  return (await form.count()) ? (await form.getAttribute('data-question'))! : 'plan';
}

/** Answers each question until the plan, in whatever language is on screen; axe on every screen. */
async function toPlan(planHeading: string, label: string, stopAt?: string, audit = true) {
  for (let id = await onScreen(planHeading); id !== 'plan'; id = await onScreen(planHeading)) {
    if (audit) await expectAccessible(e2e.page, `${label}: ${id}`);
    if (id === stopAt) return;
    const form = widget().locator('form[data-question]');
    const heading = await form.locator('.cs-screen-heading').textContent();
    if (id === 'when') {
      await form.locator('#cs-when-month').fill('9');
      await form.locator('#cs-when-year').fill('2026');
    } else if (answers[id]) {
      await form.locator(`input[name="${id}"][value="${answers[id]}"]`).check();
    }
    await form.locator('button[type="submit"]').click();
    await e2e.page.waitForFunction(
      (before) => document.querySelector('complaints-signpost')?.shadowRoot?.querySelector('.cs-screen-heading')?.textContent !== before,
      heading,
    );
  }
}

describe('Cymraeg', () => {
  it('does the journey in Welsh, switches to English and back without losing an answer, and loads Welsh only when asked', async () => {
    const scripts: string[] = [];
    e2e.page.on('request', (request) => scripts.push(request.url()));
    await e2e.page.goto(`${e2e.service.origin}/start?lang=cy`);
    await expect(e2e.page.locator('html').getAttribute('lang')).resolves.toBe('cy');
    await toPlan('Eich cynllun', 'cy', 'concern');
    expect(scripts.some((url) => url.endsWith('/complaints-signpost-cy.js'))).toBe(true);
    await expect(widget().locator('.cs').getAttribute('lang')).resolves.toBe('cy');
    await expect(widget().locator('.cs-screen-heading').textContent()).resolves.toBe('Am beth mae eich cwyn?');

    // Switch to English with the keyboard, on the third question: the same question, now in English.
    await pressUntil(e2e.page, (f) => f.tag === 'button' && f.text.startsWith('English'));
    await e2e.page.keyboard.press('Enter');
    await widget().locator('.cs-screen-heading:text-is("What is your complaint about?")').waitFor();
    await expect(widget().locator('.cs').getAttribute('lang')).resolves.toBe('en-GB');
    await expectAccessible(e2e.page, 'switched to English');
    // Back: the answer given in Welsh is still chosen, and the question is in English.
    await widget().getByRole('button', { name: 'Back' }).click();
    await widget().locator('.cs-screen-heading:text-is("What kind of care or service is your complaint about?")').waitFor();
    await expect(widget().locator('input[value="gp"]').isChecked()).resolves.toBe(true);
    await widget().getByRole('button', { name: /^Cymraeg/ }).click();
    await widget().locator('.cs-screen-heading:text-is("Am ba fath o ofal neu wasanaeth mae eich cwyn?")').waitFor();
    await expect(widget().locator('input[value="gp"]').isChecked()).resolves.toBe(true);

    await toPlan('Eich cynllun', 'cy');
    await expectAccessible(e2e.page, 'cy: plan');
    await screenshot(e2e.page, 'languages-plan-cy');
    const welsh = (await widget().locator('.cs').textContent()) ?? '';
    expect(welsh).toContain('Codwch eich pryder gyda’r gwasanaeth neu’r bwrdd iechyd, erbyn 1 Medi 2027.');
    expect(welsh).toContain('Gallwch godi eich pryder yn Gymraeg');
    expect(welsh).toContain('Ombwdsmon Gwasanaethau Cyhoeddus Cymru');

    // On the plan: English, the same plan, every answer kept.
    await widget().getByRole('button', { name: /^English/ }).click();
    await widget().locator('.cs-screen-heading:text-is("Your plan")').waitFor();
    await widget().getByText('Raise your concern with the service or the health board, by 1 September 2027.').waitFor();
    await expectAccessible(e2e.page, 'en: plan after switching');
    await screenshot(e2e.page, 'languages-plan-en');
    await widget().getByRole('button', { name: 'Check or change your answers' }).click();
    await widget().locator('.cs-screen-heading:text-is("Check your answers")').waitFor();
    const english = (await widget().locator('.cs').textContent()) ?? '';
    for (const answer of ['Wales', 'GP practice', 'Care or treatment', 'No, not yet', 'September 2026']) expect(english).toContain(answer);
  }, SLOW);

  it('loads no Welsh for an English journey', async () => {
    const scripts: string[] = [];
    e2e.page.on('request', (request) => scripts.push(request.url()));
    await e2e.page.goto(`${e2e.service.origin}/start`);
    await toPlan('Your plan', 'en', undefined, false);
    expect(scripts.filter((url) => /complaints-signpost-(cy|easy)\.js$/.test(url))).toEqual([]);
  }, SLOW);
});

describe('Easy Read', () => {
  for (const [lang, heading, title] of [['en', 'Your plan', 'Tell the service or the health board'], ['cy', 'Eich cynllun', 'Dweud wrth y gwasanaeth neu’r bwrdd iechyd']] as const) {
    it(`shows every step with a picture and its words (${lang})`, async () => {
      await e2e.page.goto(`${e2e.service.origin}/start?reading=easy${lang === 'cy' ? '&lang=cy' : ''}`);
      await toPlan(heading, `easy ${lang}`);
      const steps = widget().locator('.cs-easy-step');
      await steps.first().waitFor();
      const count = await steps.count();
      expect(count).toBeGreaterThanOrEqual(3);
      expect(await widget().locator('.cs-easy-step svg[role="img"][aria-label]').count()).toBe(count);
      await expect(steps.first().locator('h3').textContent()).resolves.toBe(title);
      // Larger type than the standard reading.
      const size = await widget().locator('.cs').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(20);
      await expectAccessible(e2e.page, `easy ${lang}: plan`);
      await screenshot(e2e.page, `languages-plan-easy-${lang}`);
    }, SLOW);
  }
});
