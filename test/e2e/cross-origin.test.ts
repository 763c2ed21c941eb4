// The widget embedded on another site: a different origin, a strict Content Security Policy and hostile CSS.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeAudits, expectAccessible, launchBrowser, runJourney, screenshot, startHostSite, startService, type Running } from './harness.js';

let service: Running;
let host: Running;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  service = await startService();
  host = await startHostSite(service.origin);
  browser = await launchBrowser();
  // AxeBuilder needs a page that belongs to a context it can open more pages in.
  page = await (await browser.newContext({ viewport: { width: 1024, height: 900 } })).newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`${host.origin}/hostile`);
  await page.locator('complaints-signpost h2').first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await service?.close();
  console.log(`axe audited ${axeAudits.length} screens in cross-origin.test.ts with no violations`);
});

/** Computed styles inside the shadow root. */
function styleOf(page: Page, selector: string) {
  return page.locator('complaints-signpost').locator(selector).first().evaluate((element) => {
    const style = getComputedStyle(element);
    return { color: style.color, fontSize: parseFloat(style.fontSize), display: style.display, fontFamily: style.fontFamily, textTransform: style.textTransform, letterSpacing: style.letterSpacing, background: style.backgroundColor };
  });
}

describe('on another site with a strict CSP and hostile CSS', () => {
  it('loads from the service origin and talks only to it, with no CSP violations', async () => {
    const script = await page.evaluate(() => document.querySelector('script')!.src);
    expect(new URL(script).origin).toBe(service.origin);
    expect(new URL(page.url()).origin).toBe(host.origin);
    expect(host.origin).not.toBe(service.origin);
    expect(problems).toEqual([]);
  });

  it("keeps the host's styles out: readable size, normal colour, block layout", async () => {
    const host = await page.locator('complaints-signpost').evaluate((element) => getComputedStyle(element).display);
    expect(host).toBe('block');
    const root = await styleOf(page, '.cs');
    expect(root.fontSize).toBeGreaterThanOrEqual(16);
    expect(root.color).toBe('rgb(33, 43, 50)');
    expect(root.textTransform).toBe('none');
    expect(root.letterSpacing).toBe('normal');
    expect(root.fontFamily).toContain('Arial');
    const heading = await styleOf(page, 'h2');
    expect(heading.display).toBe('block');
    expect(heading.fontSize).toBeGreaterThan(root.fontSize);
    expect((await styleOf(page, 'input')).display).not.toBe('none');
  });

  it('styles itself with one adopted stylesheet: no <style> element and no style attribute anywhere', async () => {
    const styling = await page.evaluate(() => {
      const root = document.querySelector('complaints-signpost')!.shadowRoot!;
      return {
        mode: root.mode,
        adopted: root.adoptedStyleSheets.length,
        inline: document.querySelectorAll('style, [style]').length + root.querySelectorAll('style, [style]').length,
      };
    });
    expect(styling).toEqual({ mode: 'open', adopted: 1, inline: 0 });
  });

  it('still lets the host theme it through the documented custom properties', async () => {
    expect((await styleOf(page, '.cs-button')).background).toBe('rgb(106, 27, 154)');
  });

  it('works by keyboard and passes axe on every screen', async () => {
    const asked = await runJourney(page, { nation: 'england', service: 'care-home', funding: 'council', concern: ['abuse-or-neglect'], stage: 'not-yet', postcode: 'LS1 4AP' }, async (screen) => {
      await expectAccessible(page, `hostile host: ${screen.id}`, 'complaints-signpost');
      await screenshot(page, `hostile-${screen.id}`);
    });
    expect(asked).toContain('funding');
    const text = await page.locator('complaints-signpost .cs').textContent();
    expect(text).toContain('Do this first: keep people safe');
    expect(problems).toEqual([]);
  });
});
