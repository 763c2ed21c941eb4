// How long is the plan a person first sees on a phone? Runs held-out situations through the real widget in
// Chromium at 390 × 844 with every disclosure closed, and prints, for each, the question screens before the first
// plan, the words visible on that plan and how many screens tall it is. Run: npm run build && npx tsx scripts/plan-bench.ts
// The service listens on 127.0.0.1:4200 and the host page on 4201 (PLAN_BENCH_PORT moves both).
import { createServer } from 'node:http';
import { chromium, type Locator, type Page } from 'playwright-core';
import { buildApp } from '../server/http/app.js';

type Answer = string | string[];
interface Situation { name: string; answers: Record<string, Answer> }

// Held out: written from the examples, not from the test fixtures. Answers not asked are ignored.
const SITUATIONS: Situation[] = [
  { name: 'Bereaved daughter, Leeds hospital', answers: { nation: 'england', service: 'hospital', concern: ['care-or-treatment', 'communication'], stage: 'not-yet', when: '2026-08', outcome: ['explanation', 'change'], who: 'someone-who-died', postcode: 'LS1 4AP' } },
  { name: 'Self-funder, Bristol care home', answers: { nation: 'england', service: 'care-home', funding: 'self', concern: ['care-or-treatment', 'costs-or-charges'], stage: 'not-yet', when: '2026-09', outcome: ['put-right'], who: 'someone-else', postcode: 'BS1 5TR' } },
  { name: 'Cardiff GP patient', answers: { nation: 'wales', service: 'gp', concern: ['access-or-waiting'], stage: 'not-yet', when: '2026-10', outcome: ['explanation'], who: 'me' } },
  { name: 'Glasgow hospital, final answer', answers: { nation: 'scotland', service: 'hospital', concern: ['staff-attitude'], stage: 'final-response', responded: '2026-10', when: '2026-06', outcome: ['apology'], who: 'me' } },
  { name: 'NHS dentist charges, Sheffield', answers: { nation: 'england', service: 'dentist', funding: 'nhs', concern: ['costs-or-charges'], stage: 'not-yet', when: '2026-09', outcome: ['explanation'], who: 'me', postcode: 'S1 2HE' } },
  { name: 'Council-funded home care, missed visits', answers: { nation: 'england', service: 'home-care', funding: 'council', concern: ['care-or-treatment'], stage: 'waiting', when: '2026-07', outcome: ['put-right'], who: 'someone-else', postcode: 'M1 1AE' } },
  { name: 'GP patient after a final answer, London', answers: { nation: 'england', service: 'gp', concern: ['care-or-treatment'], stage: 'final-response', responded: '2026-09', when: '2026-03', outcome: ['explanation'], who: 'me', postcode: 'SW1A 1AA' } },
  { name: 'Welsh hospital, someone else', answers: { nation: 'wales', service: 'hospital', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-08', outcome: ['explanation'], who: 'someone-else' } },
  { name: 'Scottish care home', answers: { nation: 'scotland', service: 'care-home', funding: 'council', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-09', outcome: ['put-right'], who: 'someone-else' } },
  { name: 'Private clinic, self-paid, England', answers: { nation: 'england', service: 'private-healthcare', funding: 'self', concern: ['care-or-treatment'], stage: 'not-yet', when: '2026-05', outcome: ['compensation'], who: 'me', postcode: 'B1 1AA' } },
];

const WIDTH = 390;
const HEIGHT = 844;

async function answer(widget: Locator, id: string, kind: string, value: Answer | undefined) {
  const form = widget.locator('form[data-question]');
  if (value === undefined || value === '') {
    const skip = widget.getByRole('button', { name: 'Skip this question' });
    if (await skip.count()) return skip.click();
    value = kind === 'multiple' || kind === 'single' || kind === 'area' ? (await form.locator('input').first().getAttribute('value'))! : '';
  }
  if (kind === 'single' || kind === 'area') await form.locator(`input[value="${value as string}"]`).check();
  else if (kind === 'multiple') for (const v of [value].flat()) await form.locator(`input[value="${v}"]`).check();
  else if (kind === 'date') {
    const [year = '', month = '', day = ''] = String(value).split('-');
    if (day) await form.locator(`#cs-${id}-day`).fill(day);
    await form.locator(`#cs-${id}-month`).fill(month);
    await form.locator(`#cs-${id}-year`).fill(year);
  } else if (kind === 'postcode') await form.locator(`#cs-${id}-0`).fill(String(value));
  await widget.getByRole('button', { name: 'Continue' }).click();
}

/** Answers every question up to the first plan; presses any "Yes"/"No" confirmation as "No" (not the host's). */
async function firstPlan(page: Page, s: Situation) {
  const widget = page.locator('complaints-signpost');
  const asked: string[] = [];
  for (let i = 0; i < 25; i++) {
    await widget.locator('form[data-question] h2, h2:text-is("Your plan")').first().waitFor();
    const form = widget.locator('form[data-question]');
    if (!(await form.count())) return asked;
    const id = (await form.getAttribute('data-question'))!;
    const kind = (await form.getAttribute('data-kind'))!;
    const heading = await form.locator('h2').textContent();
    asked.push(id);
    await answer(widget, id, kind, s.answers[id]);
    await page.waitForFunction(
      (before) => {
        const root = document.querySelector('complaints-signpost')?.shadowRoot;
        const h2 = root?.querySelector('form[data-question] h2, h2');
        return !!h2 && h2.textContent !== before && !root?.querySelector('[role=status]:not(:empty)')?.textContent?.includes('Loading');
      },
      heading,
    );
  }
  throw new Error(`${s.name}: no plan after 25 screens (${asked.join(', ')})`);
}

async function measure(page: Page) {
  return page.evaluate(([height]) => {
    const root = document.querySelector('complaints-signpost')!.shadowRoot!;
    for (const d of root.querySelectorAll('details')) d.open = false;
    const box = root.querySelector('.cs') as HTMLElement;
    const words = box.innerText.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const top = box.getBoundingClientRect().top + window.scrollY;
    const tall = (document.scrollingElement!.scrollHeight - Math.min(top, 0)) / height!;
    return { words, screens: Math.round(tall * 10) / 10 };
  }, [HEIGHT]);
}

async function main() {
  const port = Number(process.env.PLAN_BENCH_PORT ?? 4200);
  const app = await buildApp();
  const origin = await app.listen({ host: '127.0.0.1', port });
  const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A host site</title><script src="${origin}/widget/complaints-signpost.js" async></script></head>
<body><main><complaints-signpost></complaints-signpost></main></body></html>`;
  const host = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page));
  await new Promise<void>((resolve) => host.listen(port + 1, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const rows: { name: string; questions: number; words: number; screens: number }[] = [];
  try {
    for (const s of SITUATIONS) {
      const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
      const tab = await context.newPage();
      await tab.goto(`http://127.0.0.1:${port + 1}/`);
      const asked = await firstPlan(tab, s);
      rows.push({ name: s.name, questions: asked.length, ...(await measure(tab)) });
      // PLAN_BENCH_SHOTS=folder keeps a screenshot of each first plan, to look at.
      if (process.env.PLAN_BENCH_SHOTS) await tab.screenshot({ path: `${process.env.PLAN_BENCH_SHOTS}/${s.name.replace(/\W+/g, '-')}.png`, fullPage: true });
      await context.close();
    }
  } finally {
    await browser.close();
    host.close();
    await app.close();
  }
  const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
  console.log('| situation | question screens | words visible | screens tall |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${r.questions} | ${r.words} | ${r.screens} |`);
  console.log(`| median | ${median(rows.map((r) => r.questions))} | ${median(rows.map((r) => r.words))} | ${median(rows.map((r) => r.screens))} |`);
}

await main();
