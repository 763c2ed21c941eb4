// The pages for website owners, as a practice manager with no developer uses them: /start from a link, /frame
// in an iframe on a site with a strict CSP, the builder's code pasted into fresh pages, and the poster printed
// on A4 with its QR code scanned (decoded from a screenshot) to open the practice's /start page.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import jsQRModule from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import type { Frame, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endToEnd, expectAccessible, expectNoHorizontalScroll, runJourney, screenshot } from './harness.js';

const e2e = endToEnd('owners.test.ts');
// jsqr is CommonJS: Node hands over module.exports, whose `default` is the decoder its types describe.
const jsQR = jsQRModule.default;

const RIVERSIDE = { service: 'gp', nation: 'england', 'provider-name': 'Riverside Surgery', 'provider-phone': '0113 496 0000' };
const riversideQuery = () => new URLSearchParams(RIVERSIDE).toString();

/** Fresh host pages on another origin ("localhost" rather than 127.0.0.1), each with its own CSP, added per test. */
const hostPages = new Map<string, { html: string; csp: string }>();
let host: { origin: string; close: () => Promise<void> };

beforeAll(async () => {
  const server = createServer((request, response) => {
    const page = hostPages.get(request.url ?? '');
    if (!page) return response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': page.csp }).end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = { origin: `http://localhost:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
});
afterAll(() => host?.close());

/** A page that holds only what the owner pasted, under the CSP the builder told them to add. */
function hostPage(path: string, pasted: string, csp: string) {
  hostPages.set(path, {
    csp,
    html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Riverside Surgery: complaints</title></head>
<body><main><h1>Comments and complaints</h1>${pasted}</main></body></html>`,
  });
  return `${host.origin}${path}`;
}

/** The harness's keyboard helpers work inside a frame when they read the frame's document and type on the page. */
const insideFrame = (page: Page, frame: Frame) => ({
  keyboard: page.keyboard,
  evaluate: frame.evaluate.bind(frame),
  waitForFunction: frame.waitForFunction.bind(frame),
  locator: frame.locator.bind(frame),
}) as unknown as Page;

const widgetText = (page: Page | Frame) => page.locator('complaints-signpost .cs').first().textContent();

describe('/start, for a link or a QR code', { timeout: 180_000 }, () => {
  it('sets the widget up from the query, ignores what is not valid, and passes axe', async () => {
    const { page } = e2e;
    await page.goto(`${e2e.service.origin}/start?${riversideQuery()}&funding=bogus&provider-email=not-an-email`);
    await page.locator('complaints-signpost .cs-screen-heading').first().waitFor();
    const attributes = await page.locator('complaints-signpost').evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
    expect(attributes).toEqual({ heading: 'h1', ...RIVERSIDE });
    await expectAccessible(page, '/start with presets');
    await screenshot(page, 'owners-start');
    // The visitor keeps the site's answers ("Yes" where the widget asks to confirm them): they are not asked again.
    const asked = await runJourney(page, { presets: 'yes', concern: ['care-or-treatment'], stage: 'not-yet', postcode: 'LS1 4AP' });
    expect(asked).not.toContain('service');
    expect(asked).not.toContain('nation');
    expect(await widgetText(page)).toContain('Riverside Surgery');
    await expectAccessible(page, '/start plan');
    expect(e2e.problems).toEqual([]);
  });

  // Relies on the widget's confirmation of presets ("Is your complaint about Riverside Surgery?"), built on
  // another branch at the same time: it passes once that is merged.
  it("lets the visitor say it's about something else, and then asks the questions the presets answered", async () => {
    const { page } = e2e;
    await page.goto(`${e2e.service.origin}/start?${riversideQuery()}`);
    const asked = await runJourney(page, { presets: 'no', nation: 'england', service: 'dentist', funding: 'nhs', concern: ['care-or-treatment'], stage: 'not-yet' });
    expect(asked.slice(0, 3)).toEqual(['presets', 'nation', 'service']);
    expect(await widgetText(page)).not.toContain('Riverside Surgery');
  });

  it('asks every question when the query has nothing valid, and reflows at 320 px', async () => {
    const { page } = e2e;
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`${e2e.service.origin}/start?service=%3Cb%3E&nation=narnia`);
    await page.locator('complaints-signpost form[data-question="nation"]').waitFor();
    await expectNoHorizontalScroll(page, 320, '/start at 320 px');
    await expectAccessible(page, '/start without presets at 320 px');
    await screenshot(page, 'owners-start-320');
  });
});

describe('/frame in an iframe on another site whose CSP allows the service only in frame-src', () => {
  it('works by keyboard, sends its height, opens links in a new tab, with no CSP violation', async () => {
    const { page } = e2e;
    // Collects the frame's resize messages; set up before the page's own (CSP-bound) scripts, of which there are none.
    await page.addInitScript(() => {
      (window as unknown as { heights: number[] }).heights = [];
      addEventListener('message', (event: MessageEvent<{ type?: string; height?: number }>) => {
        if (event.data?.type === 'complaints-signpost:resize') (window as unknown as { heights: number[] }).heights.push(event.data.height!);
      });
    });
    const url = hostPage('/framed', `<iframe src="${e2e.service.origin}/frame?${riversideQuery().replaceAll('&', '&amp;')}" title="How to complain about Riverside Surgery" width="100%" height="700"></iframe>`,
      `default-src 'none'; frame-src ${e2e.service.origin}`);
    await page.goto(url);
    const frame = page.frames().find((f) => f.url().startsWith(`${e2e.service.origin}/frame`))!;
    await frame.locator('complaints-signpost .cs-screen-heading').first().waitFor();
    await expectAccessible(page, '/frame in a host page');
    await screenshot(page, 'owners-frame-in-host');

    const asked = await runJourney(insideFrame(page, frame), { presets: 'yes', concern: ['care-or-treatment'], stage: 'not-yet', postcode: 'LS1 4AP' });
    expect(asked).not.toContain('service');
    expect(await widgetText(frame)).toContain('Riverside Surgery');
    await screenshot(page, 'owners-frame-plan');

    // Every web link in the frame, the widget's included, opens a new tab rather than inside the frame.
    const links = await frame.evaluate(() => {
      const all = [...document.querySelectorAll('a'), ...document.querySelector('complaints-signpost')!.shadowRoot!.querySelectorAll('a')];
      return all.filter((a) => a.href.startsWith('http')).map((a) => ({ href: a.href, target: a.target }));
    });
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((l) => l.target !== '_blank')).toEqual([]);

    const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.max(...heights)).toBeGreaterThan(700);
    expect(e2e.problems).toEqual([]);
  });

  it('is refused in a frame anywhere but /frame', async () => {
    const { page } = e2e;
    // goto waits for the load event, which waits for the frame to load (or be refused).
    await page.goto(hostPage('/framed-start', `<iframe src="${e2e.service.origin}/start" title="Start"></iframe>`, `default-src 'none'; frame-src ${e2e.service.origin}`));
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    expect(await frame.locator('complaints-signpost').count()).toBe(0);
  });
});

describe('the API documentation', () => {
  it('"Try it out" on the plan and on a postcode lookup succeeds first time, with the examples as given', async () => {
    const { page } = e2e;
    await page.goto(`${e2e.service.origin}/api/docs`);
    for (const id of ['#operations-default-post_api_v1_plan', '#operations-default-get_api_v1_areas_lookup']) {
      const operation = page.locator(id);
      await operation.locator('.opblock-summary-control').click();
      await operation.getByRole('button', { name: 'Try it out' }).click();
      await operation.getByRole('button', { name: 'Execute' }).click();
      await expect.poll(() => operation.locator('.live-responses-table tbody .response-col_status').first().textContent(), { timeout: 10_000 }).toBe('200');
    }
    await screenshot(page, 'owners-api-docs-try-it-out');
  });
});

describe('the builder and the poster, as a practice manager uses them', { timeout: 180_000 }, () => {
  let poster: string;

  it('fills in the details, sees the preview follow them, and copies code that works pasted into fresh pages', async () => {
    const { page, context } = e2e;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.service.origin });
    const started = Date.now();
    await page.goto(`${e2e.service.origin}/for-websites`);
    await expectAccessible(page, '/for-websites empty');
    await page.getByLabel('Name of your organisation').fill('Riverside Surgery');
    await page.getByLabel('What kind of service are you?').selectOption('gp');
    await page.getByLabel('Which country is your service in?').selectOption('england');
    await page.getByLabel('Phone number for complaints (optional)').fill('0113 496 0000');
    await page.getByLabel('Your postcode (optional)').fill('LS1 4AP');
    // The code and the preview follow what is typed, without the button.
    await expect.poll(() => page.locator('#script-code').textContent()).toContain('provider-phone="0113 496 0000"');
    await expect.poll(() => page.locator('#preview').getAttribute('provider-name')).toBe('Riverside Surgery');
    await page.locator('#preview h2').first().waitFor();
    await expectAccessible(page, '/for-websites filled in');
    await screenshot(page, 'owners-builder');

    const copied: Record<string, string> = {};
    for (const [kind, button] of [['script', 'Copy the script code'], ['iframe', 'Copy the iframe code'], ['link', 'Copy the link']] as const) {
      await page.getByRole('button', { name: button }).click();
      await expect.poll(() => page.locator('.copy-status').textContent()).toContain('Copied');
      copied[kind] = await page.evaluate(() => navigator.clipboard.readText());
      await page.locator('.copy-status').evaluate((el) => { el.textContent = ''; });
    }
    poster = new URL((await page.locator('#poster-link').getAttribute('href'))!, e2e.service.origin).href;
    console.log(`builder: details typed and three pieces of code copied in ${Date.now() - started} ms (automated)`);

    const fresh = await context.newPage();
    // The fresh pages must work with no console error and no CSP violation.
    const freshProblems: string[] = [];
    fresh.on('console', (message) => { if (message.type() === 'error') freshProblems.push(message.text()); });
    fresh.on('pageerror', (error) => freshProblems.push(error.message));
    await fresh.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    // The script tag, under exactly the CSP lines the builder gives.
    await fresh.goto(hostPage('/pasted-script', copied.script!, `default-src 'none'; script-src ${e2e.service.origin}; connect-src ${e2e.service.origin}`));
    await fresh.locator('complaints-signpost .cs-screen-heading').first().waitFor();
    expect(await fresh.locator('complaints-signpost').getAttribute('provider-name')).toBe('Riverside Surgery');
    await screenshot(fresh, 'owners-pasted-script');
    // The iframe, under frame-src (and script-src for the script that sizes it) only.
    await fresh.goto(hostPage('/pasted-iframe', copied.iframe!, `default-src 'none'; frame-src ${e2e.service.origin}; script-src ${e2e.service.origin}`));
    const frame = fresh.frames().find((f) => f.url().startsWith(`${e2e.service.origin}/frame`))!;
    await frame.locator('complaints-signpost .cs-screen-heading').first().waitFor();
    // It takes the height of its content, from the message the frame sends: no scrolling inside it.
    await fresh.waitForFunction(() => Number(document.querySelector('iframe')!.height) !== 600);
    const fits = await fresh.evaluate(() => {
      const frame = document.querySelector('iframe')!;
      return Math.abs(frame.getBoundingClientRect().height - frame.contentDocument!.documentElement.scrollHeight) <= 2;
    }).catch(() => undefined);
    // (Another origin's document cannot be read; then the height itself is checked.)
    if (fits !== undefined) expect(fits).toBe(true);
    expect(Number(await fresh.locator('iframe').getAttribute('height'))).toBeGreaterThan(300);
    expect(await frame.locator('complaints-signpost').getAttribute('provider-name')).toBe('Riverside Surgery');
    await screenshot(fresh, 'owners-pasted-iframe');
    // The link.
    expect(copied.link).toBe(`${e2e.service.origin}/start?service=gp&nation=england&provider-name=Riverside+Surgery&provider-phone=0113+496+0000`);
    await fresh.goto(copied.link!);
    await fresh.locator('complaints-signpost .cs-screen-heading').first().waitFor();
    expect(await fresh.locator('complaints-signpost').getAttribute('provider-name')).toBe('Riverside Surgery');
    await fresh.close();
    expect(freshProblems).toEqual([]);
    expect(e2e.problems).toEqual([]);
  });

  it('prints the poster on exactly one A4 page, and its QR code opens the practice\'s /start page', async () => {
    const { page } = e2e;
    expect(poster).toContain('/poster?');
    await page.goto(poster);
    await expectAccessible(page, '/poster');
    await screenshot(page, 'owners-poster');
    expect(await page.locator('main').textContent()).toMatch(/Healthwatch Leeds[\s\S]*Advocacy/);

    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'owners-poster-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    // Scanned as a phone camera would: decoded from pixels, not read from the page's markup.
    const png = PNG.sync.read(await page.locator('.poster-qr svg').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(`${e2e.service.origin}/start?service=gp&nation=england&provider-name=Riverside+Surgery&provider-phone=0113+496+0000`);

    await page.goto(code!.data);
    await page.locator('complaints-signpost .cs-screen-heading').first().waitFor();
    expect(await page.locator('complaints-signpost').getAttribute('provider-name')).toBe('Riverside Surgery');
    expect(await page.locator('complaints-signpost').getAttribute('service')).toBe('gp');
    expect(await page.locator('complaints-signpost').getAttribute('nation')).toBe('england');
    const asked = await runJourney(page, { presets: 'yes', concern: ['care-or-treatment'], stage: 'not-yet', postcode: 'LS1 4AP' });
    expect(asked).not.toContain('service');
    expect(asked).not.toContain('nation');
    expect(await widgetText(page)).toContain('Riverside Surgery');
    expect(e2e.problems).toEqual([]);
  });

  it('still prints on one page, with a QR code that decodes, when every detail is long', async () => {
    const { page } = e2e;
    const long = {
      service: 'care-home', nation: 'england', funding: 'self',
      'provider-name': 'The Riverside and Meadowbank Residential and Nursing Care Home',
      'provider-phone': '0113 496 0000 ext 1234',
      'provider-email': 'complaints.and.feedback@riverside-meadowbank-care.example',
      'provider-website': 'https://www.riverside-meadowbank-care.example/about-us/comments-compliments-and-complaints',
    };
    await page.goto(`${e2e.service.origin}/poster?${new URLSearchParams({ ...long, postcode: 'LS1 4AP' })}`);
    await screenshot(page, 'owners-poster-long');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    const png = PNG.sync.read(await page.locator('.poster-qr svg').screenshot());
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(`${e2e.service.origin}/start?${new URLSearchParams(long)}`);
  });

  it('fits the poster and the builder into 320 px on a phone', async () => {
    const { page } = e2e;
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`${e2e.service.origin}/poster?${riversideQuery()}&postcode=LS1%204AP`);
    await expectNoHorizontalScroll(page, 320, '/poster at 320 px');
    await page.goto(`${e2e.service.origin}/for-websites?${riversideQuery()}`);
    await page.locator('#preview h2').first().waitFor();
    await expectNoHorizontalScroll(page, 320, '/for-websites at 320 px');
    await expectAccessible(page, '/for-websites at 320 px');
    await screenshot(page, 'owners-builder-320');
  });
});
