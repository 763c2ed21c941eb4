// "Which hospital or NHS service?" in real Chromium, by keyboard only, against the real app, with axe on every screen:
// the Leeds journey with the hospital named and not, and /start without JavaScript.
import { describe, expect, it } from 'vitest';
import { currentScreen, endToEnd, expectAccessible, focused, runJourney, screenshot, type Screen } from './harness.js';

const e2e = endToEnd('providers.test.ts');

const audit = (journey: string) => async (screen: Screen) => {
  await expectAccessible(e2e.page, `${journey}: ${screen.id}`);
  if (screen.id === 'provider' || screen.id === 'plan') await screenshot(e2e.page, `${journey}-${screen.id}`);
};

const widgetText = async () => (await e2e.page.locator('complaints-signpost .cs').textContent()) ?? '';

/** A daughter whose father died after care at St James's, in Leeds. */
const LEEDS = {
  nation: 'england', service: 'hospital', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-09-14',
};

describe('naming the hospital', { timeout: 240_000 }, () => {
  it('Leeds: "jimmys" finds St James\'s, and the first screen gives the trust\'s own PALS phone and complaints email', async () => {
    await e2e.page.goto(`${e2e.service.origin}/start`);
    await e2e.page.locator('complaints-signpost .cs-screen-heading').first().waitFor();
    const asked = await runJourney(e2e.page, { ...LEEDS, provider: 'jimmys' }, audit('leeds-named'));
    expect(asked).toContain('provider');
    const text = await widgetText();
    expect(text).toContain('Leeds Teaching Hospitals NHS Trust');
    expect(text).toContain('Patientexperience.leedsth@nhs.net');
    expect(text).toContain('0113 206 6261');
    expect(text).not.toContain("Find your hospital's contact details on the CQC website");
    expect(e2e.problems).toEqual([]);
  });

  it('is a combobox a keyboard user can open, move through and close', async () => {
    await e2e.page.goto(`${e2e.service.origin}/start`);
    await e2e.page.locator('complaints-signpost .cs-screen-heading').first().waitFor();
    await runJourney(e2e.page, { nation: 'england', service: 'hospital', funding: 'nhs' }, async (screen) => {
      if (screen.id !== 'provider') return;
      const box = e2e.page.locator('complaints-signpost [role="combobox"]');
      await box.focus();
      await e2e.page.keyboard.type('lgi', { delay: 30 });
      await e2e.page.locator('complaints-signpost [role="option"]').first().waitFor();
      expect(await box.getAttribute('aria-expanded')).toBe('true');
      await expectAccessible(e2e.page, 'combobox open');
      await e2e.page.keyboard.press('ArrowDown');
      const active = await box.getAttribute('aria-activedescendant');
      expect(await e2e.page.locator(`complaints-signpost [id="${active}"]`).textContent()).toContain('Leeds General Infirmary');
      await e2e.page.keyboard.press('Escape');
      expect(await box.getAttribute('aria-expanded')).toBe('false');
      expect((await focused(e2e.page))?.id).toBe('cs-provider-0');
      // Leave it to "I don't know" for the rest of this journey.
      await box.fill('');
    });
    expect(await widgetText()).toContain("Find your hospital's contact details on the CQC website");
  });

  it('"I don\'t know" keeps today\'s route', async () => {
    await e2e.page.goto(`${e2e.service.origin}/start`);
    await e2e.page.locator('complaints-signpost .cs-screen-heading').first().waitFor();
    const asked = await runJourney(e2e.page, { ...LEEDS, provider: 'skip' }, audit('leeds-unnamed'));
    expect(asked).toContain('provider');
    expect((await currentScreen(e2e.page)).id).toBe('plan');
    expect(await widgetText()).toContain("Find your hospital's contact details on the CQC website");
  });
});

describe('/start without JavaScript', { timeout: 120_000 }, () => {
  it('finds the hospital by a plain form and lists its PALS contact', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    try {
      await page.goto(`${e2e.service.origin}/start`);
      await page.locator('#hospital').focus();
      await page.keyboard.type('Jimmys');
      await page.keyboard.press('Enter');
      await page.waitForURL(/hospital=Jimmys/);
      // Text inside <noscript> is not matched by text locators: read the page as served.
      const html = await page.content();
      expect(html).toContain('<strong>St James\'s University Hospital</strong>');
      expect(html).toContain('run by Leeds Teaching Hospitals NHS Trust');
      expect(html).toContain('<a href="tel:01132066261">0113 206 6261</a>');
      await screenshot(page, 'start-no-javascript');
    } finally {
      await context.close();
    }
  });

  it('has no accessibility problems in the fallback (audited with its content put in place)', async () => {
    await e2e.page.goto(`${e2e.service.origin}/start?hospital=LGI`);
    await e2e.page.evaluate(() => {
      const fallback = document.querySelector('noscript')!;
      const shown = document.createElement('div');
      shown.innerHTML = fallback.textContent ?? '';
      fallback.replaceWith(shown);
    });
    await expectAccessible(e2e.page, '/start without JavaScript, with results', '.find-hospital');
  });
});
