// The widget embedded on another site: a different origin, a strict Content Security Policy and hostile CSS.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { endToEnd, expectAccessible, runJourney, screenshot } from './harness.js';

const e2e = endToEnd('cross-origin.test.ts', { pagePer: 'file' });

beforeAll(async () => {
  await e2e.page.goto(`${e2e.host.origin}/hostile`);
  await e2e.page.locator('complaints-signpost h2').first().waitFor();
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
    const script = await e2e.page.evaluate(() => document.querySelector('script')!.src);
    expect(new URL(script).origin).toBe(e2e.service.origin);
    expect(new URL(e2e.page.url()).origin).toBe(e2e.host.origin);
    expect(e2e.host.origin).not.toBe(e2e.service.origin);
    expect(e2e.problems).toEqual([]);
  });

  it("keeps the host's styles out: readable size, normal colour, block layout", async () => {
    const host = await e2e.page.locator('complaints-signpost').evaluate((element) => getComputedStyle(element).display);
    expect(host).toBe('block');
    const root = await styleOf(e2e.page, '.cs');
    expect(root.fontSize).toBeGreaterThanOrEqual(16);
    expect(root.color).toBe('rgb(33, 43, 50)');
    expect(root.textTransform).toBe('none');
    expect(root.letterSpacing).toBe('normal');
    expect(root.fontFamily).toContain('Arial');
    const heading = await styleOf(e2e.page, 'h2');
    expect(heading.display).toBe('block');
    expect(heading.fontSize).toBeGreaterThan(root.fontSize);
    expect((await styleOf(e2e.page, 'input')).display).not.toBe('none');
  });

  it('styles itself with one adopted stylesheet: no <style> element and no style attribute anywhere', async () => {
    const styling = await e2e.page.evaluate(() => {
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
    expect((await styleOf(e2e.page, '.cs-button')).background).toBe('rgb(106, 27, 154)');
  });

  it('works by keyboard and passes axe on every screen', async () => {
    const asked = await runJourney(e2e.page, { nation: 'england', service: 'care-home', funding: 'council', concern: ['abuse-or-neglect'], stage: 'not-yet', postcode: 'LS1 4AP' }, async (screen) => {
      await expectAccessible(e2e.page, `hostile host: ${screen.id}`, 'complaints-signpost');
      await screenshot(e2e.page, `hostile-${screen.id}`);
    });
    expect(asked).toContain('funding');
    const text = await e2e.page.locator('complaints-signpost .cs').textContent();
    expect(text).toContain('Do this first: keep people safe');
    expect(e2e.problems).toEqual([]);
  });
});
