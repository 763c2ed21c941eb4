// The complaints page checker in real Chromium, by keyboard: one page fetched from a local web server, pasted text,
// and a batch of 20 pages from a CSV with progress, a sortable table, a summary and a CSV download. The service
// runs with CHECKER_ALLOW_PRIVATE_ADDRESSES (loopback only), so it may fetch the local test pages.
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/http/app.js';
import { serveFixtures, type FixtureServer } from '../checker/serve-fixtures.js';
import { endToEnd, expectAccessible, expectNoHorizontalScroll, focused, isButton, pressUntil, screenshot } from './harness.js';

const e2e = endToEnd('checker.test.ts');
let checker: FastifyInstance;
let origin: string;
let site: FixtureServer;

beforeAll(async () => {
  checker = await buildApp({ checker: { allowPrivateAddresses: true } });
  origin = await checker.listen({ host: '127.0.0.1', port: 0 });
  site = await serveFixtures();
});
afterAll(async () => {
  await checker?.close();
  await site?.close();
});

const page = () => e2e.page;

/** Tab to a field by its id and type into it (a select takes the first letters of its option). */
async function typeInto(id: string, text: string) {
  await pressUntil(page(), (f) => f.id === id);
  await page().keyboard.type(text);
}

async function chooseService(label: string) {
  await page().locator('#service option:nth-child(3)').waitFor({ state: 'attached' });
  await pressUntil(page(), (f) => f.id === 'service');
  await page().keyboard.type(label);
  expect(await page().locator('#service').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe(label);
}

describe('check one page', () => {
  it('explains a missing answer, then checks a stale GP page fetched by address and says what to fix', async () => {
    const response = await page().goto(`${origin}/check`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expectAccessible(page(), 'checker: empty');

    // Nothing given: the error summary takes focus and leads to the field.
    await pressUntil(page(), isButton('Check the page'));
    await page().keyboard.press('Enter');
    await page().locator('#error-summary:not([hidden])').waitFor();
    expect((await focused(page()))?.role).toBe('alert');
    expect(await page().locator('#error-list').textContent()).toContain('Enter the address of the page');
    await expectAccessible(page(), 'checker: errors');
    await page().keyboard.press('Tab');
    await page().keyboard.press('Enter');
    expect((await focused(page()))?.id).toBe('url');

    await page().keyboard.type(`${site.origin}/gp-stale.html`);
    await chooseService('GP practice');
    await typeInto('postcode', 'LS6 1AA');
    await pressUntil(page(), isButton('Check the page'));
    await page().keyboard.press('Enter');
    await page().locator('#result:not([hidden])').waitFor();
    expect((await focused(page()))?.id).toBe('result-title');

    const result = (await page().locator('#result').textContent()) ?? '';
    expect(result).toContain('The page has 1 of the 11 things it should have.');
    expect(result).toContain('Clinical commissioning group (CCG)');
    expect(result).toContain('A 6-month time limit');
    expect(result).toContain('The wrong ombudsman');
    // The local advocacy service, with its details from the directory to copy.
    expect(result).toContain('Details to copy: Advonet Health Complaints Advocacy (Leeds)');
    expect(result).toContain('Phone: 0113 244 0606');
    expect(result).toContain('Check them with the service before you use them.'); // the directory marks it unconfirmed
    const groups = await page().locator('#result h3').allTextContents();
    expect(groups).toEqual(['Missing', 'Out of date', 'Good']);
    await expectAccessible(page(), 'checker: result');
    await screenshot(page(), 'checker-result');
    expect(e2e.problems).toEqual([]);
  });

  it("shows the service's refusal of a private address beside the address field", async () => {
    await page().goto(`${origin}/check`);
    await typeInto('url', 'http://169.254.169.254/latest/meta-data/');
    await chooseService('Hospital');
    await pressUntil(page(), isButton('Check the page'));
    await page().keyboard.press('Enter');
    await page().locator('#url-error:not([hidden])').waitFor();
    expect(await page().locator('#url-error').textContent()).toBe('Error: That address is not on the public internet, so we cannot check it.');
    expect(await page().locator('#url').getAttribute('aria-invalid')).toBe('true');
    expect(await page().locator('#result').isHidden()).toBe(true);
    await expectAccessible(page(), 'checker: refused address');
    // The browser logs the 400 answer itself; nothing else may go wrong.
    expect(e2e.problems.filter((p) => !p.includes('400'))).toEqual([]);
  });

  it('checks pasted words, and reflows at 320 px', async () => {
    await page().setViewportSize({ width: 320, height: 800 });
    await page().goto(`${origin}/check`);
    await pressUntil(page(), (f) => f.tag === 'summary');
    await page().keyboard.press('Enter');
    await typeInto('text', 'How to complain\nSpeak to the practice manager, or email complaints@surgery.example.\nComplain within 12 months.');
    await chooseService('GP practice');
    await pressUntil(page(), isButton('Check the page'));
    await page().keyboard.press('Enter');
    await page().locator('#result:not([hidden])').waitFor();
    expect(await page().locator('#result .score').textContent()).toMatch(/^The page has \d+ of the 11 things/);
    await expectNoHorizontalScroll(page(), 320, 'checker result at 320 px');
    await expectAccessible(page(), 'checker: pasted result at 320 px');
    await screenshot(page(), 'checker-320');
    expect(e2e.problems).toEqual([]);
  });
});

describe('check many pages', () => {
  it('checks 20 pages from a CSV with progress, reports a bad row by its line, sorts, and downloads a spreadsheet', async () => {
    const fixtures = ['gp-current', 'gp-stale', 'pdf-only', 'nav-only', 'trust'];
    const lines = ['Name,Address'];
    for (let i = 1; i <= 20; i++) lines.push(`"Practice ${String(i).padStart(2, '0')}, Leeds",${site.origin}/${fixtures[i % fixtures.length]}.html`);
    lines.splice(5, 0, 'Broken row with no address');
    await page().goto(`${origin}/check/batch`);
    await expectAccessible(page(), 'batch: empty');
    await page().locator('#file').setInputFiles({ name: 'practices.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await chooseService('GP practice');
    await typeInto('postcode', 'LS1 4AP');
    await pressUntil(page(), isButton('Check the pages'));
    await page().keyboard.press('Enter');

    await page().locator('#progress-area:not([hidden])').waitFor();
    await page().locator('#check-status', { hasText: 'Checked all 20 pages.' }).waitFor();
    await page().locator('#result:not([hidden])').waitFor();
    expect(await page().locator('#problem-list').textContent()).toBe('Line 6: there is no web address.');
    expect(await page().locator('#progress').evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([20, 20]);

    const summary = await page().locator('#summary-list li').allTextContents();
    expect(summary).toContain('8 of 20 practices name the right ombudsman.');
    expect(summary).toContain('4 of 20 practices use out-of-date wording.');
    expect(await page().locator('#result-table tbody tr').count()).toBe(20);

    // Sort by the ombudsman column from the keyboard: missing first.
    await pressUntil(page(), isButton('Ombudsman'));
    await page().keyboard.press('Enter');
    expect(await page().locator('th[aria-sort]').textContent()).toBe('Ombudsman');
    expect(await page().locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    expect((await focused(page()))?.text).toBe('Ombudsman');
    const column = await page().locator('#result-table tbody tr td:nth-child(9)').allTextContents();
    // The stale and menu-only pages miss it; the current pages have it; the PDF-only pages could not be read.
    expect(column).toEqual([...Array(8).fill('Missing'), ...Array(8).fill('Good'), ...Array(4).fill('Could not read')]);
    await expectAccessible(page(), 'batch: results');
    await screenshot(page(), 'checker-batch');

    await pressUntil(page(), isButton('Download the results (CSV)'), 'Shift+Tab');
    const [download] = await Promise.all([page().waitForEvent('download'), page().keyboard.press('Enter')]);
    const csv = await readFile((await download.path())!, 'utf8');
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(21);
    expect(rows[0]).toMatch(/^Line,Name,ODS code,Postcode,Address,Checked,Checked on,Data version,Passed,Applicable,How to complain,How to complain: words found,/);
    expect(rows[1]).toContain('"Practice 01, Leeds"');
    expect(download.suggestedFilename()).toBe('complaints-page-check.csv');

    await page().setViewportSize({ width: 320, height: 800 });
    await expectNoHorizontalScroll(page(), 320, 'batch results at 320 px');
    expect(e2e.problems).toEqual([]);
  });
});
