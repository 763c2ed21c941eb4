// "Help me write my complaint" and calendar reminders in real Chromium, by keyboard: the letter for me, for
// someone else and for someone who has died, downloaded and printed, with proof that nothing typed into the
// letter leaves the browser; and the .ics reminders for the complaint and for the ombudsman.
import { readFile } from 'node:fs/promises';
import type { Download } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { endToEnd, expectAccessible, focused, isButton, pressUntil, refineByKeyboard, runJourney, screenshot, type Answer, type Focused } from './harness.js';

const e2e = endToEnd('letter.test.ts', { context: { acceptDownloads: true } });
/** Everything the page sent: address, headers and body of every request. */
const sent: string[] = [];

beforeEach(() => {
  sent.length = 0;
  e2e.page.on('request', (request) => {
    const url = request.url();
    sent.push([url, safeDecode(url), JSON.stringify(request.headers()), request.postData() ?? ''].join('\n'));
  });
});

function safeDecode(url: string) {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

const widget = () => e2e.page.locator('complaints-signpost');
const letterText = async () => (await widget().locator('.cs-letter').textContent()) ?? '';

/** The demo page (a GP practice, England), keyboard all the way to the plan. */
async function planOnDemo(answers: Record<string, Answer>) {
  await e2e.page.goto(`${e2e.service.origin}/`);
  await e2e.page.locator('complaints-signpost h2').first().waitFor();
  const all = { concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-09', outcome: ['explanation', 'apology'], postcode: 'LS1 4AP', ...answers };
  await runJourney(e2e.page, all);
  await refineAll(all);
}

/** Answers the plan's refinements (what I want, who it is for, the postcode) from the plan, by keyboard. */
async function refineAll(answers: Record<string, Answer>) {
  for (const id of ['outcome', 'who', 'postcode']) {
    // Who it is for is asked before the plan when a death would change it; then it is not offered again.
    if (answers[id] !== undefined && (await widget().locator(`#cs-refine-${id}`).count())) await refineByKeyboard(e2e.page, id, answers[id]!);
  }
}

async function openLetterForm() {
  await pressUntil(e2e.page, isButton('Help me write my complaint'));
  await e2e.page.keyboard.press('Enter');
  await widget().locator('h2:text-is("Write your complaint")').waitFor();
  expect((await focused(e2e.page))?.text).toBe('Write your complaint');
}

/** Tabs to a box of the letter form, empties it and types. */
async function fill(name: string, text: string) {
  await pressUntil(e2e.page, (f) => f.id === `cs-l-${name}`);
  await e2e.page.keyboard.press('ControlOrMeta+A');
  await e2e.page.keyboard.press('Delete');
  await e2e.page.keyboard.type(text);
}

async function createLetter() {
  await pressUntil(e2e.page, isButton('Create my letter'));
  await e2e.page.keyboard.press('Enter');
  await widget().locator('.cs-letter').waitFor();
  expect((await focused(e2e.page))?.text).toBe('Your complaint letter');
}

async function downloadBy(button: (f: Focused) => boolean): Promise<{ download: Download; text: string }> {
  await pressUntil(e2e.page, button);
  const [download] = await Promise.all([e2e.page.waitForEvent('download'), e2e.page.keyboard.press('Enter')]);
  return { download, text: await readFile((await download.path())!, 'utf8') };
}

/** Nothing the person typed into the letter is in any request the page made. */
function expectNotSent(typed: string[]) {
  expect(sent.length).toBeGreaterThan(3);
  for (const text of typed) {
    const carriers = sent.filter((request) => request.includes(text));
    expect(carriers, `requests carrying "${text}"`).toEqual([]);
  }
}

describe('help me write my complaint', { timeout: 180_000 }, () => {
  it('writes my own complaint to the practice, to download and print, and sends none of it anywhere', async () => {
    await planOnDemo({ who: 'me' });
    await openLetterForm();
    await expectAccessible(e2e.page, 'letter: form');
    await screenshot(e2e.page, 'letter-form');

    // Pre-filled from the answers: the practice, the date, and what I want.
    const form = widget().locator('form');
    await expect(form.locator('#cs-l-to').inputValue()).resolves.toBe('Riverside Surgery');
    await expect(form.locator('#cs-l-when').inputValue()).resolves.toBe('September 2026');
    await expect(form.locator('#cs-l-want').inputValue()).resolves.toBe('An explanation of what happened\nAn apology');

    // "What happened" is needed: the error summary says so and leads to it.
    await pressUntil(e2e.page, isButton('Create my letter'));
    await e2e.page.keyboard.press('Enter');
    await widget().locator('.cs-error-summary').waitFor();
    expect((await focused(e2e.page))?.role).toBe('alert');
    await expectAccessible(e2e.page, 'letter: form with an error');
    await e2e.page.keyboard.press('Tab');
    await e2e.page.keyboard.press('Enter');
    expect((await focused(e2e.page))?.id).toBe('cs-l-happened');

    const typed = {
      happened: 'Dr Quillonby gave me the wrong dose of Zorvatrel on 3 September.',
      effect: 'I was unwell for a fortnight and missed work at Brambleworth Mill.',
      yourName: 'Marigold Testerson',
      reply: '12 Plumtree Row, Leeds',
    };
    await e2e.page.keyboard.type(typed.happened);
    await fill('effect', typed.effect);
    await fill('yourName', typed.yourName);
    await fill('reply', typed.reply);
    await createLetter();
    await expectAccessible(e2e.page, 'letter: the letter');
    await screenshot(e2e.page, 'letter-me');

    const letter = await letterText();
    expect(letter.startsWith('Marigold Testerson\n12 Plumtree Row, Leeds\n')).toBe(true);
    expect(letter).toContain('The complaints manager\nRiverside Surgery');
    expect(letter).toContain('I am writing to make a formal complaint about the care or service I received.');
    expect(letter).toContain('This is a formal complaint under the NHS complaints regulations.');
    expect(letter).toContain(`What happened\n\n${typed.happened}\n\nWhen it happened: September 2026`);
    expect(letter).toContain(`How this has affected me\n\n${typed.effect}`);
    expect(letter).toContain('What I would like to happen\n\n- An explanation of what happened\n- An apology');
    expect(letter).toContain('How to reply to me');
    expect(letter).toContain('Please reply to me at: 12 Plumtree Row, Leeds.');
    expect(letter).toContain('Yours sincerely,\n\nMarigold Testerson');
    expect(letter).not.toContain('Consent');

    // Download: a .txt file, made in the browser, the same letter.
    const { download, text } = await downloadBy(isButton('Download the letter'));
    expect(download.suggestedFilename()).toMatch(/^complaint-letter-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(download.url()).toMatch(/^blob:/);
    expect(text.replace(/\r\n/g, '\n')).toBe(letter);
    await widget().getByRole('status').filter({ hasText: 'Your letter is downloading' }).waitFor();

    // Print: the letter alone, without the buttons or the safety line.
    await e2e.page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => (window as unknown as { printed: number }).printed++;
    });
    await pressUntil(e2e.page, isButton('Print the letter'));
    await e2e.page.keyboard.press('Enter');
    expect(await e2e.page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await e2e.page.emulateMedia({ media: 'print' });
    await expect(widget().getByRole('button', { name: 'Download the letter' }).isVisible()).resolves.toBe(false);
    await expect(widget().locator('.cs-safety').isVisible()).resolves.toBe(false);
    await expect(widget().locator('.cs-letter').isVisible()).resolves.toBe(true);
    await screenshot(e2e.page, 'letter-print');
    await e2e.page.emulateMedia({ media: 'screen' });

    // Back to the plan, and back again: nothing has to be typed twice.
    await pressUntil(e2e.page, isButton('Back to your plan'), 'Shift+Tab');
    await e2e.page.keyboard.press('Enter');
    expect((await focused(e2e.page))?.text).toBe('Help me write my complaint');
    await e2e.page.keyboard.press('Enter');
    await widget().locator('h2:text-is("Write your complaint")').waitFor();
    await expect(widget().locator('#cs-l-happened').inputValue()).resolves.toBe(typed.happened);

    expectNotSent(Object.values(typed));
    expect(e2e.problems).toEqual([]);
  });

  it('complaining for someone else: their name, and a consent note for them to sign', async () => {
    await planOnDemo({ who: 'someone-else' });
    await openLetterForm();
    const typed = { theirName: 'Ebenezer Kitteridge', happened: 'He waited nine hours at Quarrendon clinic.', yourName: 'Rosalind Testerson' };
    await fill('theirName', typed.theirName);
    await fill('happened', typed.happened);
    await fill('yourName', typed.yourName);
    await expectAccessible(e2e.page, 'letter: someone else');
    await createLetter();

    const letter = await letterText();
    expect(letter).toContain('I am writing to make a formal complaint on behalf of Ebenezer Kitteridge, about the care or service they received.');
    expect(letter).toContain('Ebenezer Kitteridge has agreed to me making this complaint for them');
    expect(letter).toContain('How this has affected them');
    expect(letter).toContain('Consent\n\nI, Ebenezer Kitteridge, agree to Rosalind Testerson making this complaint for me, and to Riverside Surgery sharing information about my care with them');
    expect(letter).toContain('Signed: ______');
    const { text } = await downloadBy(isButton('Download the letter'));
    expect(text).toContain('Consent\r\n');
    expectNotSent(Object.values(typed));
  });

  it('complaining for someone who has died, on another site with a strict CSP: representative wording', async () => {
    await e2e.page.goto(`${e2e.host.origin}/plain`);
    await e2e.page.locator('complaints-signpost h2').first().waitFor();
    const answers = { nation: 'england', service: 'hospital', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-06', outcome: ['explanation', 'change'], who: 'someone-who-died' };
    await runJourney(e2e.page, answers);
    await refineAll(answers);
    await openLetterForm();
    const typed = { theirName: 'Albertine Fenwright', relationship: 'mother', to: 'Thornbury General Hospital', happened: 'Her pain was not treated on Marlowe ward.' };
    await fill('theirName', typed.theirName);
    await fill('relationship', typed.relationship);
    // The plan names "Your hospital", not a real one: the person writes its name.
    await expect(widget().locator('#cs-l-to').inputValue()).resolves.toBe('');
    await fill('to', typed.to);
    await fill('happened', typed.happened);
    await createLetter();

    const letter = await letterText();
    expect(letter).toContain('The complaints manager\nThornbury General Hospital');
    expect(letter).toContain('I am writing to make a formal complaint about the care or service that my mother, Albertine Fenwright, received. Sadly, Albertine Fenwright has died.');
    expect(letter).toContain("I am making this complaint as Albertine Fenwright's representative.");
    expect(letter).toContain('death certificate');
    expect(letter).toContain('How this has affected us');
    expect(letter).toContain('- Make sure it does not happen to anyone else');
    expect(letter).not.toContain('Consent');
    await expectAccessible(e2e.page, 'letter: someone who died, on another site', 'complaints-signpost');

    // The letter part came from the widget's origin, pinned to its version.
    const part = sent.map((request) => request.split('\n')[0]!).find((url) => url.includes('complaints-signpost-letter.js'));
    expect(part).toMatch(new RegExp(`^${e2e.service.origin}/widget/[\\w-]{16}/complaints-signpost-letter\\.js$`));
    expectNotSent(Object.values(typed));
    expect(e2e.problems).toEqual([]);
  });
});

describe('calendar reminders', () => {
  it('saves the complain-by date as an all-day event with an alarm', async () => {
    await planOnDemo({ who: 'me' });
    const deadline = (await widget().locator('.cs-deadline strong').first().textContent())!;
    const words = /Deadline: (.+)\./.exec(deadline)![1]!;
    const { download, text } = await downloadBy((f) => f.tag === 'button' && f.text.startsWith('Add a reminder to your calendar'));
    expect(download.suggestedFilename()).toBe('complaint-deadline-2027-09-01.ics');
    expect(words).toBe('1 September 2027');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text).toContain('\r\nBEGIN:VEVENT\r\n');
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20270901\r\n');
    expect(text).toContain('\r\nDTEND;VALUE=DATE:20270902\r\n');
    expect(text).toContain('\r\nSUMMARY:Deadline to complain to Riverside Surgery\r\n');
    expect(text).toMatch(/\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:[^\r]+\r\nTRIGGER:-P13DT15H\r\nEND:VALARM\r\n/);
    expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    // RFC 5545: no line over 75 octets.
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it("after a final response, saves the ombudsman's window", async () => {
    await planOnDemo({ stage: 'final-response', responded: '2026-10', who: 'me' });
    const { download, text } = await downloadBy((f) => f.tag === 'button' && f.text.startsWith('Add a reminder to your calendar'));
    expect(download.suggestedFilename()).toMatch(/^ombudsman-deadline-\d{4}-\d{2}-\d{2}\.ics$/);
    // Long lines are folded (CRLF and a space); unfolded, the summary names the ombudsman.
    expect(text.replace(/\r\n /g, '')).toContain('SUMMARY:Deadline to ask Parliamentary and Health Service Ombudsman to look at your complaint\r\n');
    expect(text).toContain('BEGIN:VALARM');
    // The letter goes to the ombudsman too.
    await openLetterForm();
    await fill('complainedTo', 'Riverside Surgery');
    await fill('happened', 'The practice did not answer my questions.');
    await createLetter();
    const letter = await letterText();
    expect(letter).toContain('I am asking you to look at my complaint about Riverside Surgery.');
    expect(letter).toContain('I have had their final response, in October 2026.');
  });
});
