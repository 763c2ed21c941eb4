// The script of the checker's pages, /check (one page) and /check/batch (a CSV of many). Plain DOM, no framework:
// the pages are ordinary HTML forms, and this script fills the choices from the API, checks the form, calls
// POST /api/v1/checks/complaints-page and shows the result. A CSV file is read here, in the browser.
import { readSites, toCsv, type Site } from './csv.js';
import { el, ITEM_LABELS, OUTDATED_LABELS, STATUS_WORDS, type CheckResult, type Item } from './view.js';

const API = '/api/v1';
const CONCURRENCY = 4;

interface Question { id: string; options: { value: string; label: string }[]; askWhen?: Record<string, string[]> }
interface ApiError { error: { code: string; message: string } }

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

/** The service, nation and funding choices come from the API, so the page never holds its own copy. */
async function fillChoices(): Promise<void> {
  const response = await fetch(`${API}/questions`);
  const { questions } = await response.json() as { questions: Question[] };
  const byId = new Map(questions.map((q) => [q.id, q]));
  const fill = (select: HTMLSelectElement, id: string) => {
    for (const o of byId.get(id)?.options ?? []) select.append(el('option', { value: o.value }, o.label));
  };
  const service = $<HTMLSelectElement>('service')!;
  const funding = $<HTMLSelectElement>('funding')!;
  fill(service, 'service');
  fill($<HTMLSelectElement>('nation')!, 'nation');
  fill(funding, 'funding');
  const fundingAsked = byId.get('funding')?.askWhen?.service ?? [];
  const showFunding = () => {
    $('funding-field')!.hidden = !fundingAsked.includes(service.value);
  };
  service.addEventListener('change', showFunding);
  showFunding();
}

/** The context every check sends: the service, and the country, funding and postcode when they apply. */
function readContext(): Record<string, string> {
  const value = (id: string) => ($<HTMLInputElement>(id)?.value ?? '').trim();
  const context: Record<string, string> = { service: value('service'), nation: value('nation') || 'england' };
  if (!$('funding-field')!.hidden && value('funding')) context.funding = value('funding');
  if (value('postcode')) context.postcode = value('postcode');
  return context;
}

type Problem = { field: string; message: string };

/** GOV.UK error pattern: a summary at the top linking to each field, and the message beside the field. */
function showProblems(problems: Problem[]) {
  const summary = $('error-summary')!;
  const list = $('error-list')!;
  list.replaceChildren();
  for (const field of document.querySelectorAll('.field')) {
    field.classList.remove('field-error');
    const message = field.querySelector('.error-message') as HTMLElement | null;
    if (message) message.hidden = true;
  }
  for (const input of document.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  summary.hidden = problems.length === 0;
  if (problems.length === 0) return;
  for (const { field, message } of problems) {
    list.append(el('li', {}, el('a', { href: `#${field}` }, message)));
    const input = $(field);
    const box = $(`${field}-field`);
    const error = $(`${field}-error`);
    if (box && error && input) {
      box.classList.add('field-error');
      error.hidden = false;
      error.replaceChildren(el('span', { class: 'visually-hidden' }, 'Error: '), message);
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', [`${field}-error`, input.getAttribute('aria-describedby')?.replace(`${field}-error`, '').trim()].filter(Boolean).join(' '));
      if (input.closest('details')) (input.closest('details') as HTMLDetailsElement).open = true;
    }
  }
  // A link in the summary moves focus to its field, not only the view.
  for (const link of list.querySelectorAll('a')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      $(link.getAttribute('href')!.slice(1))?.focus();
    });
  }
  summary.focus();
}

/** An API error on a field we know goes beside that field; anything else goes in the summary, at the form. */
const FIELD_OF_CODE: Record<string, string> = {
  not_http: 'url', address_not_allowed: 'url', fetch_failed: 'url', page_too_large: 'url', not_a_page: 'url',
  invalid_postcode: 'postcode', invalid_value: 'service', value_not_offered: 'funding',
};

async function postCheck(body: Record<string, string>): Promise<{ ok: true; result: CheckResult } | { ok: false; status: number; error: ApiError['error']; retryAfter?: number }> {
  const response = await fetch(`${API}/checks/complaints-page`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({ error: { code: 'unknown', message: 'The service did not answer. Please try again.' } }));
  if (response.ok) return { ok: true, result: json as CheckResult };
  const retryAfter = Number(response.headers.get('retry-after'));
  return { ok: false, status: response.status, error: (json as ApiError).error, ...(retryAfter > 0 && { retryAfter }) };
}

// ---- One page ----------------------------------------------------------------------------------------------

function setUpSinglePage(form: HTMLFormElement) {
  const button = $<HTMLButtonElement>('check-button')!;
  const status = $('check-status')!;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const url = $<HTMLInputElement>('url')!.value.trim();
    const text = $<HTMLTextAreaElement>('text')!.value.trim();
    const context = readContext();
    const problems: Problem[] = [];
    if (url && text) problems.push({ field: 'url', message: 'Give the address or paste the words, not both' });
    else if (!url && !text) problems.push({ field: 'url', message: 'Enter the address of the page, or paste the words on it' });
    else if (url && !/^https?:\/\//i.test(url)) problems.push({ field: 'url', message: 'Enter an address that starts with https://' });
    if (!context.service) problems.push({ field: 'service', message: 'Choose the kind of service the page is for' });
    showProblems(problems);
    if (problems.length > 0) return;

    button.disabled = true;
    status.textContent = 'Checking the page…';
    try {
      const answer = await postCheck({ ...(url ? { url } : { text }), ...context });
      if (!answer.ok) {
        status.textContent = '';
        showProblems([{ field: FIELD_OF_CODE[answer.error.code] ?? 'url', message: answer.error.message }]);
        return;
      }
      status.textContent = 'Done.';
      showResult(answer.result);
    } catch {
      status.textContent = '';
      showProblems([{ field: 'url', message: 'We could not reach the service. Check your connection and try again.' }]);
    } finally {
      button.disabled = false;
    }
  });
}

function showResult(result: CheckResult) {
  const section = $('result')!;
  const body = $('result-body')!;
  const missing = result.items.filter((i) => i.status === 'fail' || i.status === 'warn');
  const good = result.items.filter((i) => i.status === 'pass');
  const notNeeded = result.items.filter((i) => i.status === 'not-applicable');
  const notices = result.notices.map((n) => el('div', { class: 'notice', role: 'note' },
    el('p', {}, n.message),
    ...(n.link ? [el('p', {}, 'The PDF: ', el('a', { href: n.link }, n.quote ?? n.link))] : n.quote ? [el('blockquote', { class: 'quote' }, n.quote)] : [])));
  if (result.summary.read === 'could-not-read') {
    body.replaceChildren(el('p', { class: 'score' }, 'We could not read this page.'), ...notices);
    section.hidden = false;
    $('result-title')!.focus();
    return;
  }
  body.replaceChildren(
    ...notices,
    el('p', { class: 'score' }, `The page has ${result.summary.passed} of the ${result.summary.applicable} things it should have.`),
    group('Missing', missing.length === 0 ? el('p', {}, 'Nothing is missing.') : findings(missing)),
    group('Out of date', result.outdated.length === 0
      ? el('p', {}, 'We found no out-of-date wording.')
      : el('ul', { class: 'findings' }, ...result.outdated.map((o) => el('li', { class: 'finding finding-fail' },
        el('h4', {}, OUTDATED_LABELS[o.id].full),
        el('p', {}, o.advice),
        el('p', {}, 'We found:'), el('blockquote', { class: 'quote' }, o.quote))))),
    group('Good', good.length === 0 ? el('p', {}, 'None yet.') : findings(good)),
    ...(notNeeded.length > 0 ? [el('p', {}, `Not needed for this service: ${notNeeded.map((i) => i.title.toLowerCase()).join('; ')}.`)] : []),
  );
  section.hidden = false;
  $('result-title')!.focus();
}

const group = (title: string, content: HTMLElement) => el('section', { class: 'group' }, el('h3', {}, title), content);

function findings(items: Item[]) {
  return el('ul', { class: 'findings' }, ...items.map((item) => el('li', { class: `finding finding-${item.status}` },
    el('h4', {}, item.status === 'warn' ? `${item.title} (could be better)` : item.title),
    el('p', {}, item.advice),
    ...(item.evidence ? [el('p', {}, 'We found:'), el('blockquote', { class: 'quote' }, item.evidence)] : []),
    ...(item.bodies ?? []).map((b) => el('div', { class: 'copy-body' },
      el('p', {}, el('strong', {}, item.status === 'pass' ? 'Details from our directory: ' : 'Details to copy: '), b.name),
      ...(b.phone ? [el('p', {}, `Phone: ${b.phone}`)] : []),
      ...(b.email ? [el('p', {}, `Email: ${b.email}`)] : []),
      ...(b.website ? [el('p', {}, 'Website: ', el('a', { href: b.website }, b.website))] : []),
      ...(b.verified ? [] : [el('p', {}, 'We could not confirm these details from a recent source. Check them with the service before you use them.')]))),
    el('div', { class: 'basis' }, el('p', {}, 'Why this matters:'),
      el('ul', {}, ...item.basis.map((s) => el('li', {}, el('a', { href: s.url }, s.title))))))));
}

// ---- Many pages ---------------------------------------------------------------------------------------------

interface Row { site: Site; result?: CheckResult; error?: string }

function setUpBatchPage(form: HTMLFormElement) {
  const button = $<HTMLButtonElement>('check-button')!;
  let rows: Row[] = [];
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = $<HTMLInputElement>('file')!.files?.[0];
    const context = readContext();
    const problems: Problem[] = [];
    if (!file) problems.push({ field: 'file', message: 'Choose a CSV file to upload' });
    else if (file.size > 1024 * 1024) problems.push({ field: 'file', message: 'The file must be smaller than 1 MB' });
    if (!context.service) problems.push({ field: 'service', message: 'Choose the kind of service the pages are for' });
    showProblems(problems);
    if (problems.length > 0 || !file) return;

    const { sites, problems: rowProblems } = readSites(await file.text());
    if (sites.length === 0) {
      showProblems([{ field: 'file', message: rowProblems.length > 0 ? 'No row of the file has a name and a web address' : 'The file is empty' }]);
      return;
    }
    const problemList = $('problem-list')!;
    problemList.replaceChildren(...rowProblems.map((p) => el('li', {}, p)));
    $('problems')!.hidden = rowProblems.length === 0;

    button.disabled = true;
    rows = sites.map((site) => ({ site }));
    $('result')!.hidden = true;
    await checkAll(rows, context);
    button.disabled = false;
    showTable(rows, context);
  });
  $('download')!.addEventListener('click', () => download(rows));
}

/** Checks the pages a few at a time, showing progress; waits and tries again when asked to slow down. */
async function checkAll(rows: Row[], context: Record<string, string>) {
  const progress = $<HTMLProgressElement>('progress')!;
  const status = $('check-status')!;
  $('progress-area')!.hidden = false;
  progress.max = rows.length;
  progress.value = 0;
  let done = 0;
  let said = -1;
  const report = () => {
    progress.value = done;
    // Said aloud at each tenth, not after every page, so a screen reader is not flooded.
    const tenth = Math.floor((done * 10) / rows.length);
    if (tenth === said) return;
    said = tenth;
    status.textContent = done < rows.length ? `Checked ${done} of ${rows.length} pages.` : `Checked all ${rows.length} pages.`;
  };
  report();
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const row = rows[next++]!;
      for (let attempt = 0; ; attempt++) {
        try {
          const answer = await postCheck({ url: row.site.url, ...context, ...(row.site.postcode && { postcode: row.site.postcode }) });
          if (answer.ok) row.result = answer.result;
          else if (answer.status === 429 && attempt < 5) {
            await new Promise((resolve) => setTimeout(resolve, (answer.retryAfter ?? 10) * 1000));
            continue;
          } else row.error = answer.error.message;
        } catch {
          row.error = 'We could not reach the service.';
        }
        break;
      }
      done++;
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, rows.length) }, worker));
}

const ITEM_IDS = Object.keys(ITEM_LABELS) as Item['id'][];
const STATUS_ORDER = { fail: 0, warn: 1, pass: 2, 'not-applicable': 3, 'not-checked': 4 } as const;

function showTable(rows: Row[], context: Record<string, string>) {
  const checked = rows.filter((r) => r.result);
  const kind = context.service === 'gp' ? 'practices' : 'pages';
  const summary = $('summary-list')!;
  summary.replaceChildren(
    ...ITEM_IDS.flatMap((id) => {
      const applicable = checked.filter((r) => r.result!.items.find((i) => i.id === id)?.status !== 'not-applicable');
      if (applicable.length === 0) return [];
      const passed = applicable.filter((r) => r.result!.items.find((i) => i.id === id)?.status === 'pass').length;
      return [el('li', {}, `${passed} of ${applicable.length} ${kind} ${ITEM_LABELS[id].summary}.`)];
    }),
    el('li', {}, `${checked.filter((r) => r.result!.outdated.length > 0).length} of ${checked.length} ${kind} use out-of-date wording.`),
    ...(rows.length > checked.length ? [el('li', {}, `${rows.length - checked.length} of ${rows.length} ${kind} could not be checked.`)] : []),
  );

  const table = $<HTMLTableElement>('result-table')!;
  const columns: { label: string; key: (r: Row) => string | number }[] = [
    { label: 'Name', key: (r) => r.site.name.toLowerCase() },
    { label: 'Score', key: (r) => (r.result ? r.result.summary.passed / Math.max(1, r.result.summary.applicable) : -1) },
    ...ITEM_IDS.map((id) => ({ label: ITEM_LABELS[id].short, key: (r: Row) => (r.result ? STATUS_ORDER[r.result.items.find((i) => i.id === id)!.status] : -1) })),
    { label: 'Out of date', key: (r: Row) => r.result?.outdated.length ?? -1 },
  ];
  let sortBy = -1;
  let ascending = true;
  const render = () => {
    const sorted = sortBy < 0 ? rows : [...rows].sort((a, b) => {
      const x = columns[sortBy]!.key(a);
      const y = columns[sortBy]!.key(b);
      return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
    });
    table.replaceChildren(
      el('caption', { class: 'visually-hidden' }, 'Results for each page'),
      el('thead', {}, el('tr', {}, ...columns.map((c, index) => el('th', {
        scope: 'col', ...(index === sortBy && { 'aria-sort': ascending ? 'ascending' : 'descending' }),
      }, el('button', { type: 'button', 'data-column': String(index) }, c.label))))),
      el('tbody', {}, ...sorted.map((r) => el('tr', {},
        el('th', { scope: 'row' }, el('a', { href: r.site.url }, r.site.name)),
        ...(r.result
          ? [
            el('td', {}, r.result.summary.read === 'could-not-read' ? 'Could not read' : `${r.result.summary.passed} of ${r.result.summary.applicable}`),
            ...ITEM_IDS.map((id) => {
              const status = r.result!.items.find((i) => i.id === id)!.status;
              return el('td', { class: status }, STATUS_WORDS[status]);
            }),
            el('td', { class: 'outdated' }, r.result.outdated.map((o) => OUTDATED_LABELS[o.id].short).join(', ') || 'None'),
          ]
          : [el('td', { colspan: String(columns.length - 1) }, `Could not check: ${r.error ?? ''}`)])))),
    );
    for (const button of table.querySelectorAll('button[data-column]')) {
      button.addEventListener('click', () => {
        const index = Number((button as HTMLElement).dataset.column);
        ascending = index === sortBy ? !ascending : true;
        sortBy = index;
        render();
        (table.querySelector(`button[data-column="${index}"]`) as HTMLButtonElement).focus();
      });
    }
  };
  render();
  $('result')!.hidden = false;
  $('result-title')!.focus();
}

function download(rows: Row[]) {
  // Each row says when it was checked and against which data, and quotes the words behind each verdict.
  const checkedOn = new Date().toISOString().slice(0, 10);
  const header = ['Line', 'Name', 'ODS code', 'Postcode', 'Address', 'Checked', 'Checked on', 'Data version', 'Passed', 'Applicable',
    ...ITEM_IDS.flatMap((id) => [ITEM_LABELS[id].short, `${ITEM_LABELS[id].short}: words found`]), 'Out of date', 'Notes', 'Problem'];
  const lines = rows.map(({ site, result, error }) => [
    String(site.line), site.name, site.ods ?? '', site.postcode ?? '', site.url, result ? 'yes' : 'no', result ? checkedOn : '', result?.dataVersion ?? '',
    result ? String(result.summary.passed) : '', result ? String(result.summary.applicable) : '',
    ...ITEM_IDS.flatMap((id) => {
      const item = result?.items.find((i) => i.id === id);
      return item ? [STATUS_WORDS[item.status], item.evidence ?? ''] : ['', ''];
    }),
    result ? result.outdated.map((o) => `${OUTDATED_LABELS[o.id].full}: "${o.quote}"`).join('; ') : '',
    result ? result.notices.map((n) => n.message).join(' ') : '',
    error ?? '',
  ]);
  const url = URL.createObjectURL(new Blob([toCsv([header, ...lines])], { type: 'text/csv;charset=utf-8' }));
  const link = el('a', { href: url, download: 'complaints-page-check.csv', hidden: '' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

// ---- Start ---------------------------------------------------------------------------------------------------

const single = $<HTMLFormElement>('check-form');
const batch = $<HTMLFormElement>('batch-form');
if (single || batch) {
  fillChoices().catch(() => showProblems([{ field: 'service', message: 'We could not load the list of services. Reload the page to try again.' }]));
  if (single) setUpSinglePage(single);
  if (batch) setUpBatchPage(batch);
}
