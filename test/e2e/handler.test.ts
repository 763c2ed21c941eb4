// The call handler page in real Chromium: every question on one screen, the live plan, shortcuts, and the summary
// for case notes, all by keyboard alone. axe runs on the page as it fills in.
import { beforeEach, describe, expect, it } from 'vitest';
import { endToEnd, expectAccessible, expectNoHorizontalScroll, focused, pressUntil, screenshot } from './harness.js';

const e2e = endToEnd('handler.test.ts', { context: { viewport: { width: 1400, height: 1000 } } });
const planRequests: string[] = [];

beforeEach(async () => {
  planRequests.length = 0;
  await e2e.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.service.origin });
  e2e.page.on('request', (request) => {
    if (request.url().endsWith('/api/v1/plan')) planRequests.push(request.postData() ?? '');
  });
});

const widget = () => e2e.page.locator('complaints-signpost');
const planText = async () => (await widget().locator('.cs-handler-plan').textContent()) ?? '';
const questionIds = () => widget().locator('fieldset[data-question]').evaluateAll((sets) => sets.map((s) => (s as HTMLElement).dataset.question));
const chosen = (id: string) =>
  widget().locator(`input[name="h-${id}"]:checked`).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
/** The question that has focus, by its fieldset. */
const focusedQuestion = () =>
  e2e.page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return (element?.closest('fieldset[data-question]') as HTMLElement | null)?.dataset.question ?? null;
  });

async function openHandler(url = `${e2e.service.origin}/handler`) {
  await e2e.page.goto(url);
  await widget().locator('fieldset[data-question="nation"]').waitFor();
  await widget().locator('.cs-handler-plan .cs-step').first().waitFor();
}

/** Alt+J until the question wanted has focus. */
async function goToQuestion(id: string) {
  for (let i = 0; i < 15; i++) {
    if ((await focusedQuestion()) === id) return;
    await e2e.page.keyboard.press('Alt+J');
  }
  throw new Error(`Alt+J never reached ${id}; the questions are ${(await questionIds()).join(', ')}`);
}

describe('the call handler page', () => {
  it('is served by the service under its strict CSP, question 1 above the fold, one shortcut list, and passes axe', async () => {
    await e2e.page.setViewportSize({ width: 1280, height: 900 });
    const response = await e2e.page.goto(`${e2e.service.origin}/handler`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await widget().locator('.cs-handler-plan .cs-step').first().waitFor();
    const pageText = (await e2e.page.locator('main').textContent()) ?? '';
    expect(pageText).toContain('How to use this page');
    // The shortcuts are listed once, in the screen itself.
    expect(pageText).not.toContain('Previous question');
    expect(await widget().locator('#cs-h-shortcuts dd').allTextContents()).toEqual(expect.arrayContaining(['Next question', 'Previous question', 'Copy the summary for your case notes']));
    const first = (await widget().locator('fieldset[data-question="nation"]').boundingBox())!;
    expect(first.y + first.height).toBeLessThanOrEqual(900);
    const styling = await e2e.page.evaluate(() => {
      const root = document.querySelector('complaints-signpost')!.shadowRoot!;
      return { adopted: root.adoptedStyleSheets.length, inline: root.querySelectorAll('style, [style]').length };
    });
    expect(styling).toEqual({ adopted: 2, inline: 0 });
    await expectAccessible(e2e.page, 'handler: empty');
    await screenshot(e2e.page, 'handler-empty');
    expect(e2e.problems).toEqual([]);
  });

  it('goes from the first answer to a copied summary by keyboard alone, with the plan following every answer', async () => {
    await openHandler();
    // From the top of the page, Alt+J goes to the first question; number keys choose options.
    await e2e.page.keyboard.press('Alt+J');
    expect(await focusedQuestion()).toBe('nation');
    await e2e.page.keyboard.press('1');
    expect(await chosen('nation')).toEqual(['england']);
    // The postcode question applies in England only: it appears now.
    await widget().locator('fieldset[data-question="postcode"]').waitFor();

    await e2e.page.keyboard.press('Alt+J');
    expect(await focusedQuestion()).toBe('service');
    // 18 services: two numbers typed quickly choose option 10, a care home.
    await e2e.page.keyboard.press('1');
    await e2e.page.keyboard.press('0');
    await expect.poll(() => chosen('service')).toEqual(['care-home']);
    expect((await focused(e2e.page))?.value).toBe('care-home');

    // Who pays decides which ombudsman: it appears, and the plan says it is not known yet.
    await widget().locator('fieldset[data-question="funding"]').waitFor();
    await expect.poll(planText).toContain("What we don't know yet");
    await expect.poll(planText).toContain('Who paid for the care decides which ombudsman');
    await expectAccessible(e2e.page, 'handler: unknowns shown');

    // The hint takes focus to its question.
    await e2e.page.keyboard.press('Alt+U');
    expect((await focused(e2e.page))?.text).toBe("What we don't know yet");
    await pressUntil(e2e.page, (f) => f.tag === 'button' && f.text.includes('Who paid for the care?'));
    await e2e.page.keyboard.press('Enter');
    expect(await focusedQuestion()).toBe('funding');

    // The council arranged it: the Local Government and Social Care Ombudsman. Then the NHS paid: the plan changes.
    await e2e.page.keyboard.press('2');
    expect(await chosen('funding')).toEqual(['council']);
    await expect.poll(planText).toContain('Local Government and Social Care Ombudsman');
    await expect.poll(planText).not.toContain('Who paid for the care decides which ombudsman');

    await e2e.page.keyboard.press('Alt+J');
    expect(await focusedQuestion()).toBe('concern');
    await e2e.page.keyboard.press('1');
    await e2e.page.keyboard.press('4');
    expect(await chosen('concern')).toEqual(['care-or-treatment', 'abuse-or-neglect']);
    await expect.poll(planText).toContain('Do this first: keep people safe');
    // Number 4 again unticks it.
    await e2e.page.keyboard.press('4');
    expect(await chosen('concern')).toEqual(['care-or-treatment']);
    await expect.poll(planText).not.toContain('Do this first: keep people safe');

    await e2e.page.keyboard.press('Alt+J');
    await e2e.page.keyboard.press('1');
    expect(await chosen('stage')).toEqual(['not-yet']);

    // Numbers typed in a date box are just the date.
    await e2e.page.keyboard.press('Alt+J');
    expect(await focusedQuestion()).toBe('when');
    expect((await focused(e2e.page))?.id).toBe('cs-when-day');
    await e2e.page.keyboard.type('3');
    await e2e.page.keyboard.press('Tab');
    await e2e.page.keyboard.type('3');
    await e2e.page.keyboard.press('Tab');
    await e2e.page.keyboard.type('2026');
    expect(await chosen('stage')).toEqual(['not-yet']);
    await expect.poll(planText).toContain('Deadline: 3 March 2027.');
    await expect.poll(planText).toContain('by 3 March 2027.');

    // Alt+N goes to the next question with no answer yet.
    await e2e.page.keyboard.press('Alt+N');
    expect(await focusedQuestion()).toBe('outcome');
    await e2e.page.keyboard.press('1');
    await e2e.page.keyboard.press('2');
    await e2e.page.keyboard.press('Alt+J');
    await e2e.page.keyboard.press('2');
    expect(await chosen('who')).toEqual(['someone-else']);
    // Delete clears an answer; Alt+K goes back.
    await e2e.page.keyboard.press('Delete');
    expect(await chosen('who')).toEqual([]);
    await e2e.page.keyboard.press('Alt+K');
    expect(await focusedQuestion()).toBe('outcome');
    await e2e.page.keyboard.press('Alt+J');
    await e2e.page.keyboard.press('2');

    await e2e.page.keyboard.press('Alt+J');
    expect(await focusedQuestion()).toBe('postcode');
    await e2e.page.keyboard.type('ls1 4ap');
    await expect.poll(planText).toContain('Leeds');

    // The read-aloud wording, in the second person.
    const text = await planText();
    expect(text).toMatch(/Read aloud: You can complain to [^.]+, by 3 March 2027\./);
    expect(text).toContain('can help you for free.');

    // The shortcut panel opens with ?, outside text boxes.
    await e2e.page.keyboard.press('Alt+K');
    await e2e.page.keyboard.press('?');
    await widget().locator('#cs-h-shortcuts:not([hidden])').waitFor();
    await expectAccessible(e2e.page, 'handler: filled in, shortcuts open');
    await screenshot(e2e.page, 'handler-filled');

    // Alt+C copies the summary for case notes.
    await e2e.page.keyboard.press('Alt+C');
    await widget().getByRole('status').filter({ hasText: 'Summary copied' }).waitFor();
    const summary = await e2e.page.evaluate(() => navigator.clipboard.readText());
    expect(summary).toContain('Complaint signposting: case notes');
    expect(summary).toMatch(/Plan made on \d{1,2} [A-Z][a-z]+ \d{4}\. Data version \S+\./);
    expect(summary).toContain('Care home or nursing home');
    expect(summary).toContain('The council arranged it');
    expect(summary).toContain('3 March 2026');
    expect(summary).toContain('by 3 March 2027');
    // Short enough for a case system's note field, with no other area's pages.
    expect(summary.length).toBeLessThan(2000);
    expect(summary).toContain('LS1 (Leeds)');
    expect(summary).toContain('SOURCES');
    expect(summary).toMatch(/\n- https?:\/\//);
    // No caller details: the full postcode is not in it.
    expect(summary).not.toContain('4AP');
    expect(e2e.problems).toEqual([]);
  });

  it('asks for a new plan once the answers settle, and shows the latest one', async () => {
    // The first plan is slow to come; the answers change meanwhile. The slow answer must not win.
    let slow = true;
    await e2e.page.route('**/api/v1/plan', async (route) => {
      if (slow && route.request().postData()?.includes('"wales"')) {
        slow = false;
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }
      await route.continue().catch(() => {});
    });
    await openHandler();
    const before = planRequests.length;
    await e2e.page.keyboard.press('Alt+J');
    await e2e.page.keyboard.press('2');
    await e2e.page.waitForTimeout(450);
    await e2e.page.keyboard.press('3');
    await e2e.page.keyboard.press('1');
    await e2e.page.keyboard.press('4');
    await e2e.page.keyboard.press('1');
    await expect.poll(planText).toContain('Up to date');
    await expect.poll(planText, { timeout: 4000 }).toContain('Parliamentary and Health Service Ombudsman');
    await e2e.page.waitForTimeout(1600);
    expect(await planText()).not.toContain('Public Services Ombudsman for Wales');
    // Five key presses, two pauses: two requests, not five.
    expect(planRequests.length - before).toBe(2);
    expect(JSON.parse(planRequests.at(-1)!)).toEqual({ answers: { nation: 'england' } });
  });

  it('shows the summary selected for copying by hand when the clipboard cannot be used', async () => {
    await e2e.page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await openHandler();
    await e2e.page.keyboard.press('Alt+J');
    await e2e.page.keyboard.press('2');
    await expect.poll(planText).toContain('Public Services Ombudsman for Wales');
    await e2e.page.keyboard.press('Alt+C');
    const fallback = widget().locator('textarea#cs-h-summary');
    await fallback.waitFor();
    expect((await focused(e2e.page))?.id).toBe('cs-h-summary');
    const selected = await e2e.page.evaluate(() => {
      const box = document.querySelector('complaints-signpost')!.shadowRoot!.querySelector('textarea')!;
      return box.value.slice(box.selectionStart, box.selectionEnd);
    });
    expect(selected).toContain('Complaint signposting: case notes');
    expect(selected).toContain('Country: Wales');
    await expectAccessible(e2e.page, 'handler: copy fallback');
  });

  it('asks which council when a postcode is near a boundary, with the councils the service gives', async () => {
    await openHandler();
    await e2e.page.keyboard.press('Alt+J');
    await e2e.page.keyboard.press('1');
    await goToQuestion('postcode');
    await e2e.page.keyboard.type('NG20');
    const area = widget().locator('fieldset[data-question="area"]');
    await area.locator('input[type="radio"]').first().waitFor();
    await e2e.page.keyboard.press('Alt+J');
    expect(await focusedQuestion()).toBe('area');
    await e2e.page.keyboard.press('1');
    const council = await area.locator('input:checked + div label').textContent();
    await expect.poll(planText).toContain(council!.replace(/^\s*1\s*/, '').trim());
  });

  it('fits a narrow window without scrolling sideways', async () => {
    await e2e.page.setViewportSize({ width: 320, height: 640 });
    await openHandler();
    await expectNoHorizontalScroll(e2e.page, 320, 'handler at 320px');
    await screenshot(e2e.page, 'handler-narrow');
  });

  it('works embedded on another site with a strict CSP', async () => {
    await openHandler(`${e2e.host.origin}/handler`);
    await e2e.page.keyboard.press('Alt+J');
    await e2e.page.keyboard.press('3');
    await expect.poll(planText).toContain('Scottish Public Services Ombudsman');
    expect(e2e.problems).toEqual([]);
  });
});
