// Whole journeys in real Chromium, by keyboard only, against the real app. axe runs on every screen.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  answerByKeyboard,
  currentScreen,
  endToEnd,
  expectAccessible,
  expectNoHorizontalScroll,
  focused,
  isButton,
  pressUntil,
  refineByKeyboard,
  runJourney,
  screenshot,
  type Screen,
} from './harness.js';

const e2e = endToEnd('journeys.test.ts');
const requests: string[] = [];

beforeEach(() => {
  e2e.page.on('request', (request) => requests.push(request.url()));
});

/** Every screen is checked with axe; the first visit to each question also gets a screenshot. */
const audit = (journey: string) => async (screen: Screen) => {
  await expectAccessible(e2e.page, `${journey}: ${screen.id}`);
  await screenshot(e2e.page, `${journey}-${screen.id}`);
};

/** Keyboard users start at the top of the page and Tab into the widget. */
async function openDemo() {
  await e2e.page.goto(`${e2e.service.origin}/`);
  await e2e.page.locator('complaints-signpost h2').first().waitFor();
}

async function openPlainHost() {
  await e2e.page.goto(`${e2e.host.origin}/plain`);
  await e2e.page.locator('complaints-signpost h2').first().waitFor();
}

const widget = () => e2e.page.locator('complaints-signpost');
/** The widget's text (textContent on the element itself would miss its shadow root). */
const widgetText = async () => (await widget().locator('.cs').textContent()) ?? '';

describe('journeys by keyboard', { timeout: 240_000 }, () => {
  it('a GP patient in England on the demo page gets a plan naming the practice and local help', async () => {
    await openDemo();
    const asked = await runJourney(
      e2e.page,
      { concern: ['care-or-treatment', 'communication'], stage: 'not-yet', when: '2026-09' },
      audit('gp-demo'),
    );
    // The site's presets are confirmed first; then only what changes the plan is asked (who it is for: a death).
    expect(asked).toEqual(['presets', 'concern', 'stage', 'when', 'who']);
    const plan = widget();
    await expect(plan.getByRole('heading', { name: 'Start here' }).isVisible()).resolves.toBe(true);
    await refineByKeyboard(e2e.page, 'postcode', 'LS1 4AP', {}, audit('gp-demo'));
    await widget().locator('.cs-screen-heading:text-is("Your plan")').waitFor();
    await audit('gp-demo')({ id: 'plan-refined', kind: 'plan', optional: false, heading: 'Your plan' });
    const text = await widgetText();
    expect(text).toContain('Riverside Surgery');
    expect(text).toContain('Leeds');
    expect(text).toMatch(/Deadline: \d{1,2} [A-Z][a-z]+ \d{4}\./);
    await expect(plan.locator('a[href="tel:01134960000"]').count()).resolves.toBeGreaterThan(0);
    const newTab = plan.locator('a[target="_blank"]').first();
    await expect(newTab.getAttribute('rel')).resolves.toBe('noopener');
    await expect(newTab.textContent()).resolves.toContain('(opens in a new tab)');

    // The full step, then its reasons, open from the keyboard.
    await pressUntil(e2e.page, (f) => f.tag === 'summary' && f.text.startsWith('Complain to the practice'));
    await e2e.page.keyboard.press('Enter');
    await pressUntil(e2e.page, (f) => f.tag === 'summary' && f.text === 'Why am I seeing this?');
    await e2e.page.keyboard.press('Enter');
    await expect(plan.locator('details[open]').count()).resolves.toBe(2);
    await expectAccessible(e2e.page, 'gp-demo: plan with reasons open');
    await screenshot(e2e.page, 'gp-demo-plan-why-open');
  });

  it('someone in Wales is told about the Welsh route after only the questions that matter', async () => {
    await openPlainHost();
    const asked = await runJourney(e2e.page, { nation: 'wales', service: 'hospital', concern: 'care-or-treatment', stage: 'not-yet' }, audit('wales'));
    expect(asked.slice(0, 2)).toEqual(['nation', 'service']);
    expect(asked).not.toContain('postcode');
    const text = await widgetText();
    expect(text).toContain('Public Services Ombudsman for Wales');
  });

  it('a GP patient in Cardiff gives a postcode beside the plan and is told of the health board and the Llais region', async () => {
    await openPlainHost();
    await runJourney(e2e.page, { nation: 'wales', service: 'gp', concern: 'care-or-treatment', stage: 'not-yet' });
    await refineByKeyboard(e2e.page, 'postcode', 'CF10 1EP', {}, audit('cardiff'));
    const text = await widgetText();
    expect(text).toContain('Cardiff and Vale University Health Board');
    expect(text).toContain('Llais: Cardiff and Vale region');
  });

  it('in Northern Ireland, the trust area beside the plan names that trust for the complaint', async () => {
    await openPlainHost();
    // A hospital: complaints about a GP go to the practice (or the SPPG), whatever the trust area.
    await runJourney(e2e.page, { nation: 'northern-ireland', service: 'hospital', funding: 'nhs', concern: 'care-or-treatment', stage: 'not-yet' });
    await refineByKeyboard(e2e.page, 'trust', 'south-eastern', {}, audit('trust-area'));
    const text = await widgetText();
    expect(text).toContain('South Eastern Health and Social Care Trust');
    expect(text).toContain('028 9056 1427');
    expect(text).toContain('Patient and Client Council');
  });

  it('a dental patient with an unsafe professional, near a council boundary, is sent to the regulator too', async () => {
    await openPlainHost();
    const asked = await runJourney(
      e2e.page,
      { nation: 'england', service: 'dentist', funding: 'nhs', concern: ['unsafe-professional'], professional: 'dental-professional', stage: 'final-response', responded: '2026-10-02' },
      audit('dentist'),
    );
    expect(asked).toEqual(expect.arrayContaining(['funding', 'professional', 'responded']));
    expect(await widgetText()).toContain('General Dental Council');
    // NG20 straddles two councils, so the area is offered next, with the councils the API offers.
    await refineByKeyboard(e2e.page, 'postcode', 'NG20', { area: 'E10000024' }, audit('dentist'));
    expect(await widgetText()).toContain('Nottinghamshire');
  });

  it('someone detained under the Mental Health Act is told about the Care Quality Commission', async () => {
    await openPlainHost();
    const asked = await runJourney(e2e.page, { nation: 'england', service: 'mental-health', detained: 'yes', concern: ['abuse-or-neglect'], stage: 'waiting' }, audit('mental-health'));
    expect(asked).toContain('detained');
    const text = await widgetText();
    expect(text).toContain('Care Quality Commission');
    expect(text).toContain('Do this first: keep people safe');
  });

  it('a private patient whose complaint the ombudsman has decided sees the new answers, and is not sent back to the NHS ombudsman', async () => {
    await openPlainHost();
    // The answers added for issue #9 come from the API: who paid for a hospital stay, and "the ombudsman has decided".
    const asked = await runJourney(e2e.page, { nation: 'northern-ireland', service: 'hospital', funding: 'self', concern: ['care-or-treatment'], stage: 'ombudsman-decided', responded: '2026-10-02' }, audit('private-patient-decided'));
    expect(asked).toEqual(expect.arrayContaining(['funding', 'stage', 'responded']));
    const text = await widgetText();
    expect(text).toContain('last stage');
    expect(text).not.toContain('Northern Ireland Public Services Ombudsman');
    expect(text).not.toMatch(/NHS 111/);
  });
});

describe('back and change', { timeout: 180_000 }, () => {
  it('keeps every answer when going back, and keeps later answers when an earlier one changes', async () => {
    await openPlainHost();
    await runJourneyUntil('stage', { nation: 'england', service: 'gp', concern: ['staff-attitude', 'communication'] });

    // Back is just before the heading in the tab order.
    await pressUntil(e2e.page, isButton('Back'), 'Shift+Tab');
    await e2e.page.keyboard.press('Enter');
    expect((await currentScreen(e2e.page)).id).toBe('concern');
    expect(await checkedValues('concern')).toEqual(['staff-attitude', 'communication']);

    await pressUntil(e2e.page, isButton('Back'), 'Shift+Tab');
    await e2e.page.keyboard.press('Enter');
    await widget().locator('form[data-question="service"]').waitFor();
    expect(await widget().locator('.cs-problem').count()).toBe(0);
    expect(await checkedValues('service')).toEqual(['gp']);

    // Change the service with the arrow keys; the concerns chosen later are still ticked.
    await pressUntil(e2e.page, (f) => f.type === 'radio' && f.name === 'service');
    // (NHS 111: a hospital would now ask who paid, and an ambulance service which one, before the concerns.)
    await pressUntil(e2e.page, (f) => f.value === 'nhs-111', 'ArrowDown');
    await pressUntil(e2e.page, isButton('Continue'));
    await e2e.page.keyboard.press('Enter');
    await e2e.page.locator('complaints-signpost form[data-question="concern"]').waitFor();
    expect(await checkedValues('concern')).toEqual(['staff-attitude', 'communication']);
    await expectAccessible(e2e.page, 'back-and-change: concern kept');

    const asked = await runJourney(e2e.page, { concern: ['staff-attitude', 'communication'], stage: 'not-yet' });
    expect(asked[0]).toBe('concern');

    // Check your answers: every answer with its own Change link.
    await pressUntil(e2e.page, isButton('Check or change your answers'));
    await e2e.page.keyboard.press('Enter');
    await widget().locator('.cs-screen-heading:text-is("Check your answers")').waitFor();
    await expectAccessible(e2e.page, 'back-and-change: check your answers');
    const answers = widget().locator('dl');
    await expect(answers.textContent()).resolves.toContain('NHS 111');
    await expect(answers.textContent()).resolves.toContain('How staff treated you');
    await expect(widget().getByRole('button', { name: /^Change/ }).count()).resolves.toBe(asked.length + 2);

    // Changing the service to a GP practice asks nothing again: straight back to the summary.
    await pressUntil(e2e.page, (f) => f.tag === 'button' && f.text === `Change your answer to: What kind of care or service is your complaint about?`);
    await e2e.page.keyboard.press('Enter');
    await widget().locator('form[data-question="service"]').waitFor();
    await pressUntil(e2e.page, (f) => f.type === 'radio' && f.name === 'service');
    await pressUntil(e2e.page, (f) => f.value === 'gp', 'ArrowUp');
    await pressUntil(e2e.page, isButton('Continue'));
    await e2e.page.keyboard.press('Enter');
    await widget().locator('.cs-screen-heading:text-is("Check your answers")').waitFor();
    await expect(answers.textContent()).resolves.toContain('GP practice');
    await expect(answers.textContent()).resolves.toContain('How staff treated you');
  });

  it('on /start, every question is a step in the browser history: Back, Forward and reload keep every answer, in sessionStorage only', async () => {
    await e2e.page.goto(`${e2e.service.origin}/start`);
    const answers = { nation: 'england', service: 'dentist', funding: 'nhs', concern: ['costs-or-charges'], stage: 'not-yet', when: '2026-09' };
    const asked = await runJourney(e2e.page, answers);
    const start = await e2e.page.evaluate(() => location.href);
    // The browser's Back at every point, all the way to the first question, each answer still there.
    for (const id of [...asked].reverse()) {
      await e2e.page.goBack();
      await widget().locator(`form[data-question="${id}"]`).waitFor();
      expect(await e2e.page.evaluate(() => location.href)).toBe(start);
      const value = (answers as Record<string, unknown>)[id];
      if (value && id !== 'when') expect(await checkedValues(id)).toEqual([value].flat());
    }
    // Forward again to the plan.
    for (const id of asked.slice(1)) {
      await e2e.page.goForward();
      await widget().locator(`form[data-question="${id}"]`).waitFor();
    }
    await e2e.page.goForward();
    await widget().locator('.cs-screen-heading:text-is("Your plan")').waitFor();
    // A reload comes back to the plan, and Back still leads to the last question.
    await e2e.page.reload();
    await widget().locator('.cs-screen-heading:text-is("Your plan")').waitFor();
    await expectAccessible(e2e.page, 'start: plan after a reload');
    await pressUntil(e2e.page, isButton('Back'));
    await e2e.page.keyboard.press('Enter');
    await widget().locator(`form[data-question="${asked.at(-1)}"]`).waitFor();
    const stored = await e2e.page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    expect(stored).toEqual({ local: 0, session: 1, cookie: '' });
    expect(await e2e.context.cookies()).toEqual([]);
  });

  it('on /start, the question is the page heading and title, "Error: " first on an error, and the introduction shows on the first screen only', async () => {
    await e2e.page.goto(`${e2e.service.origin}/start`);
    await widget().locator('form[data-question="nation"] h1').waitFor();
    await e2e.page.waitForFunction(() => document.title.startsWith('Which country'));
    expect(await e2e.page.title()).toBe('Which country was the care or service in? – Complaints signpost');
    await expect(e2e.page.locator('#introduction').isVisible()).resolves.toBe(true);
    await expect(e2e.page.locator('#page-heading').isVisible()).resolves.toBe(false);
    await expectAccessible(e2e.page, 'start: first question');
    // Continue with nothing chosen: the title says there is an error.
    await pressUntil(e2e.page, isButton('Continue'));
    await e2e.page.keyboard.press('Enter');
    await e2e.page.waitForFunction(() => document.title.startsWith('Error: '));
    expect(await e2e.page.title()).toBe('Error: Which country was the care or service in? – Complaints signpost');
    await answerByKeyboard(e2e.page, await currentScreen(e2e.page), 'england');
    await e2e.page.waitForFunction(() => document.title.startsWith('What kind of care'));
    await expect(e2e.page.locator('#introduction').isVisible()).resolves.toBe(false);
    await expect(widget().locator('h1').count()).resolves.toBe(1);
    await expectAccessible(e2e.page, 'start: second question');
  });

  it('on a preset widget, Back after "No, it\'s about something else" returns to the site\'s question', async () => {
    await openDemo();
    await runJourneyUntil('service', { presets: 'no', nation: 'england' });
    await e2e.page.goBack();
    await widget().locator('form[data-question="nation"]').waitFor();
    await pressUntil(e2e.page, isButton('Back'), 'Shift+Tab');
    await e2e.page.keyboard.press('Enter');
    await widget().locator('form[data-question="presets"]').waitFor();
    await expectAccessible(e2e.page, 'back to the site question');
  });

  it('a host with history="off" and remember="off" keeps its own history, and nothing is stored', async () => {
    await e2e.page.goto(`${e2e.host.origin}/history-off`);
    const before = await e2e.page.evaluate(() => history.length);
    await runJourneyUntil('concern', { nation: 'england', service: 'gp' });
    expect(await e2e.page.evaluate(() => history.length)).toBe(before);
    // The widget's own Back still works.
    await pressUntil(e2e.page, isButton('Back'), 'Shift+Tab');
    await e2e.page.keyboard.press('Enter');
    await widget().locator('form[data-question="service"]').waitFor();
    expect(await e2e.page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }))).toEqual({ local: 0, session: 0 });
    await e2e.page.reload();
    await widget().locator('form[data-question="nation"]').waitFor();
  });
});

describe('errors', () => {
  it('Continue with nothing chosen shows the error summary, focused, and its link leads to the field', async () => {
    await openPlainHost();
    await pressUntil(e2e.page, isButton('Continue'));
    await e2e.page.keyboard.press('Enter');
    const summary = widget().locator('.cs-error-summary');
    await summary.waitFor();
    expect((await focused(e2e.page))?.role).toBe('alert');
    await expect(summary.textContent()).resolves.toContain('There is a problem');
    await expect(widget().locator('.cs-error-message').textContent()).resolves.toContain('Choose an answer');
    await expectAccessible(e2e.page, 'errors: nothing chosen');
    await screenshot(e2e.page, 'error-nothing-chosen');

    await e2e.page.keyboard.press('Tab');
    expect((await focused(e2e.page))?.tag).toBe('a');
    await e2e.page.keyboard.press('Enter');
    const field = await focused(e2e.page);
    expect(field).toMatchObject({ type: 'radio', name: 'nation' });
    expect(e2e.page.url()).toBe(`${e2e.host.origin}/plain`);
  });

  it('a postcode in the wrong format is caught before it is sent', async () => {
    await openDemo();
    await runJourney(e2e.page, { concern: ['other'], stage: 'not-yet' });
    await pressUntil(e2e.page, (f) => f.tag === 'button' && f.id === 'cs-refine-postcode');
    await e2e.page.keyboard.press('Enter');
    await pressUntil(e2e.page, (f) => f.id === 'cs-postcode-0');
    await e2e.page.keyboard.type('not a postcode');
    await pressUntil(e2e.page, isButton('Continue'));
    await e2e.page.keyboard.press('Enter');
    await widget().locator('.cs-error-summary').waitFor();
    await expect(widget().locator('.cs-error-message').textContent()).resolves.toContain('like LS1 4AP');
    await expectAccessible(e2e.page, 'errors: postcode format');
  });

  it('a network failure gets a calm message and a retry that works', async () => {
    await openPlainHost();
    await e2e.page.route('**/api/v1/journey', (route) => route.abort('internetdisconnected'));
    await pressUntil(e2e.page, (f) => f.type === 'radio' && f.name === 'nation');
    await e2e.page.keyboard.press('Space');
    await pressUntil(e2e.page, isButton('Continue'));
    await e2e.page.keyboard.press('Enter');
    await widget().locator('.cs-problem').waitFor();
    expect((await focused(e2e.page))?.role).toBe('alert');
    await expect(widget().locator('.cs-problem').textContent()).resolves.toContain('We could not connect');
    await expectAccessible(e2e.page, 'errors: network failure');
    await screenshot(e2e.page, 'error-network');

    await e2e.page.unroute('**/api/v1/journey');
    await pressUntil(e2e.page, isButton('Try again'));
    await e2e.page.keyboard.press('Enter');
    await widget().locator('form[data-question="service"]').waitFor();
    expect(await widget().locator('.cs-problem').count()).toBe(0);
  });

  it('too many requests gets a message asking people to wait', async () => {
    await openPlainHost();
    await e2e.page.route('**/api/v1/journey', (route) =>
      route.fulfill({ status: 429, headers: { 'retry-after': '30', 'access-control-allow-origin': '*' }, contentType: 'application/json', body: '{"error":{"code":"rate_limited","message":"Too many requests"}}' }),
    );
    await pressUntil(e2e.page, (f) => f.type === 'radio' && f.name === 'nation');
    await e2e.page.keyboard.press('Space');
    await pressUntil(e2e.page, isButton('Continue'));
    await e2e.page.keyboard.press('Enter');
    await widget().locator('.cs-problem').waitFor();
    await expect(widget().locator('.cs-problem').textContent()).resolves.toContain('Wait a minute');
  });
});

describe('the result', () => {
  it('copies the plan, offers it by email, prints without the buttons, and starts again', async () => {
    await e2e.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.service.origin });
    await openDemo();
    await runJourney(e2e.page, { concern: ['access-or-waiting'], stage: 'waiting' });

    await pressUntil(e2e.page, isButton('Copy as text'));
    await e2e.page.keyboard.press('Enter');
    await widget().getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    const copied = await e2e.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Your plan');
    expect(copied).toContain('If someone is in danger now, call 999');

    // The email is the brief, short enough for any mail app: the first step and a link back to the whole plan.
    const mailto = (await widget().getByRole('link', { name: 'Email to myself' }).getAttribute('href'))!;
    expect(mailto.length).toBeLessThan(2000);
    const emailed = decodeURIComponent(mailto.split('&body=')[1]!).replace(/\r\n/g, '\n');
    expect(emailed).toContain(copied.split('\n').find((line) => line.startsWith('First: '))!);
    expect(emailed).toContain(`${e2e.service.origin}/start?nation=england&service=gp`);
    // Printing from the browser's own menu opens every section too.
    await e2e.page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(widget().locator('details:not([open])').count()).resolves.toBe(0);
    await e2e.page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect(widget().locator('details:not([open])').count()).resolves.toBeGreaterThan(0);

    await e2e.page.emulateMedia({ media: 'print' });
    await expect(widget().getByRole('button', { name: 'Print this plan' }).isVisible()).resolves.toBe(false);
    await expect(widget().getByText('If someone is in danger now').isVisible()).resolves.toBe(true);
    await screenshot(e2e.page, 'plan-print');
    await e2e.page.emulateMedia({ media: 'screen' });

    await pressUntil(e2e.page, isButton('Start again'));
    await e2e.page.keyboard.press('Enter');
    expect((await currentScreen(e2e.page)).id).toBe('presets');
    await answerByKeyboard(e2e.page, await currentScreen(e2e.page), 'yes');
    expect((await currentScreen(e2e.page)).id).toBe('concern');
    expect(await checkedValues('concern')).toEqual([]);
  });

  it("keeps everything in the tab: no cookies, nothing in localStorage, no requests to anyone else", async () => {
    requests.length = 0;
    await openPlainHost();
    await runJourney(e2e.page, { nation: 'scotland', service: 'gp', concern: ['other'], stage: 'not-yet' });
    expect(await e2e.context.cookies()).toEqual([]);
    // The journey is kept for a reload in this tab's sessionStorage only (the browser clears it with the tab).
    expect(await e2e.page.evaluate(() => ({ local: localStorage.length, session: Object.keys(sessionStorage) }))).toEqual({ local: 0, session: [expect.stringMatching(/^complaints-signpost:/)] });
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins].sort()).toEqual([e2e.host.origin, e2e.service.origin].sort());
  });
});

describe('on a phone', { timeout: 240_000 }, () => {
  it("on a GP practice's widget, a daughter whose father died in hospital says no, gets the hospital route, and reaches its first step without scrolling", async () => {
    await e2e.page.setViewportSize({ width: 390, height: 844 });
    await openDemo();
    const heading = await widget().locator('form[data-question="presets"] h2').textContent();
    expect(heading).toBe('Is your complaint about Riverside Surgery?');
    const asked = await runJourney(
      e2e.page,
      { presets: 'no', nation: 'england', service: 'hospital', funding: 'nhs', concern: ['care-or-treatment', 'communication'], stage: 'not-yet', when: '2026-08', who: 'someone-who-died' },
      audit('phone'),
    );
    // A hospital asks who paid: a private patient's route is different (no Health Service Ombudsman).
    // "Which hospital?" is skipped ("I don't know"), so the route is today's. Who it is for comes before the plan,
    // because a death changes it.
    expect(asked).toEqual(['presets', 'nation', 'service', 'funding', 'provider', 'concern', 'stage', 'when', 'who']);
    const first = widget().locator('.cs-first');
    await expect(first.textContent()).resolves.toContain('Your hospital');
    expect(await widgetText()).not.toContain('Riverside Surgery');
    const link = first.locator('a').first();
    await expect(link.textContent()).resolves.toContain("Find your hospital's contact details");
    const box = (await link.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);

    // On the first screen, kindly: the condolence, the medical examiner and the coroner, outside any disclosure.
    await expect(widget().locator('.cs-screen-heading:text-is("Your plan") + p').textContent()).resolves.toBe('We are sorry for your loss.');
    const firstScreen = await widget().locator('.cs > div > section:not(:has(details))').allTextContents();
    expect(firstScreen.join(' ')).toContain('medical examiner');
    expect(firstScreen.join(' ')).toContain('coroner');
    // One bold date: the ombudsman comes after their final answer, its date kept with the full step.
    expect(firstScreen.join(' ')).toContain('If you are still unhappy after their final answer');
    const leads = await widget().locator('.cs-lead').allTextContents();
    expect(leads.filter((text) => / by \d{1,2} [A-Z][a-z]+ \d{4}/.test(text))).toHaveLength(1);
    await expect(widget().locator('.cs-warning').count()).resolves.toBe(0);
    await expectAccessible(e2e.page, 'phone: bereaved plan');
  });
});

describe('small screens', () => {
  it('never scrolls sideways at 320 pixels wide, on any screen', async () => {
    await e2e.page.setViewportSize({ width: 320, height: 640 });
    await openDemo();
    const narrow = async (screen: Screen) => {
      await expectNoHorizontalScroll(e2e.page, 320, screen.id);
      await screenshot(e2e.page, `narrow-${screen.id}`);
    };
    await runJourney(e2e.page, { concern: ['records-or-data', 'unsafe-professional'], professional: 'doctor', stage: 'final-response', responded: '2026-08' }, narrow);
    await refineByKeyboard(e2e.page, 'postcode', 'LS1 4AP', {}, narrow);
    await expectNoHorizontalScroll(e2e.page, 320, 'plan with a postcode');
  });
});

/** Answers by keyboard until the given question is on screen. */
async function runJourneyUntil(id: string, answers: Record<string, string | string[]>) {
  for (let step = 0; step < 20; step++) {
    const screen = await currentScreen(e2e.page);
    if (screen.id === id) return;
    if (screen.id === 'plan') throw new Error(`Reached the plan before ${id}`);
    await answerByKeyboard(e2e.page, screen, answers[screen.id]);
  }
}

/** The values ticked or chosen on screen for a question. */
function checkedValues(id: string): Promise<string[]> {
  return widget().locator(`input[name="${id}"]:checked`).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}
