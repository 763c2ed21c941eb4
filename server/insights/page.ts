// The /insights and /follow-up pages, rendered on the server: plain HTML that works without JavaScript, with an
// SVG bar chart and a data table beside it for every report. Pure: the caller reads the reports.
import { dateInWords } from '../graph/dates.js';
import type { Graph } from '../graph/graph.js';
import { DISCLOSURE_RULE } from './disclosure.js';
import { AGREEMENT, AGREEMENT_LABELS, RESULT_LABELS, RESULTS, STATEMENTS, type Report } from './schemas.js';

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Words for report tables, where the journey's own labels speak to the person ("I'm waiting"). */
const REPORT_LABELS: Record<string, Record<string, string>> = {
  stage: {
    'not-yet': 'Had not complained yet',
    waiting: 'Waiting for an answer',
    'final-response': 'Had a final answer and still unhappy',
    'no-response': 'Had no final answer after a long time',
  },
  who: { me: 'For themselves', 'someone-else': 'For someone else', 'someone-who-died': 'For someone who has died' },
  result: RESULT_LABELS,
};

/** Whole calendar months: the finest period published. */
export const PERIODS = [
  { id: '3-months', label: 'The last 3 months', months: 3 },
  { id: '12-months', label: 'The last 12 months', months: 12 },
  { id: '3-years', label: 'The last 3 years', months: 36 },
  { id: 'all', label: 'All time', months: 0 },
] as const;
export type PeriodId = (typeof PERIODS)[number]['id'];

/** The first month (YYYY-MM) of a period ending in today's month; undefined for all time. */
export function periodStart(period: PeriodId, today: string): string | undefined {
  const months = PERIODS.find((p) => p.id === period)!.months;
  if (!months) return undefined;
  const d = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - months, 1));
  return d.toISOString().slice(0, 7);
}

/** A readable name for a counted value. */
export function labelFor(graph: Graph, by: string, value: string): string {
  if (value === '') return 'Not known';
  const own = REPORT_LABELS[by]?.[value];
  if (own) return own;
  if (by === 'area') return graph.areas.councilName(value) ?? value;
  if (by === 'month') return dateInWords(`${value}-01`).replace(/^1 /, '');
  if (by === 'statement') {
    const [id, answer] = value.split(':');
    const statement = STATEMENTS.find((s) => s.id === id);
    return statement ? `${statement.text} ${AGREEMENT_LABELS[answer as (typeof AGREEMENT)[number]] ?? answer}` : value;
  }
  const question = graph.questions.find((q) => q.id === by);
  return question?.options.find((o) => o.value === value)?.label ?? value;
}

const NOT_SHOWN = 'Not shown (1 to 7)';

/** A horizontal bar chart. Each bar's label sits above it, so labels keep the full width on a narrow screen. */
function barChart(id: string, title: string, rows: { label: string; count: number | null }[]): string {
  const max = Math.max(1, ...rows.map((r) => r.count ?? 0));
  const rowHeight = 60;
  const bars = rows.map((r, i) => {
    const y = i * rowHeight;
    const width = r.count ? Math.max(2, Math.round((r.count / max) * 480)) : 0;
    return `<text x="0" y="${y + 20}" class="chart-label">${escapeHtml(r.label)}</text>`
      + (r.count === null
        ? `<text x="0" y="${y + 48}" class="chart-value">${NOT_SHOWN}</text>`
        : `<rect x="0" y="${y + 28}" width="${width}" height="24" class="chart-bar"/><text x="${width + 8}" y="${y + 48}" class="chart-value">${r.count}</text>`);
  }).join('');
  return `<svg id="${id}" class="chart" role="img" aria-labelledby="${id}-title" viewBox="0 0 600 ${Math.max(rowHeight, rows.length * rowHeight)}" preserveAspectRatio="xMinYMin meet">`
    + `<title id="${id}-title">${escapeHtml(title)}. Bar chart. The table gives the same numbers.</title>${bars}</svg>`;
}

function dataTable(caption: string, heading: string, rows: { label: string; count: number | null }[], total: number): string {
  const body = rows.map((r) => `<tr><th scope="row">${escapeHtml(r.label)}</th><td class="number">${r.count ?? NOT_SHOWN}</td></tr>`).join('');
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr><th scope="col">${escapeHtml(heading)}</th><th scope="col" class="number">Number</th></tr></thead>`
    + `<tbody>${body}</tbody><tfoot><tr><th scope="row">Total of the numbers shown</th><td class="number">${total}</td></tr></tfoot></table>`;
}

export interface ReportView {
  id: string;
  title: string;
  heading: string;
  report: Report | null;
  /** Where the same report can be downloaded. */
  csv: string;
  json: string;
}

function reportSection(graph: Graph, view: ReportView, intro = ''): string {
  const { id, title, heading, report } = view;
  const head = `<section aria-labelledby="${id}-heading"><h2 id="${id}-heading">${escapeHtml(title)}</h2>${intro}`;
  if (!report) return `${head}<p>These counts cannot be read just now. Please try again later.</p></section>`;
  if (report.rows.length === 0) return `${head}<p>Nothing has been counted for this area and period yet.</p></section>`;
  const rows = report.rows.map((r) => ({ label: labelFor(graph, report.by, r.value), count: r.count }));
  return `${head}<div class="chart-and-table">${barChart(`${id}-chart`, title, rows)}${dataTable(title, heading, rows, report.total)}</div>`
    + `<p class="downloads">Download: <a href="${escapeHtml(view.csv)}" download>CSV</a> or <a href="${escapeHtml(view.json)}">JSON</a></p></section>`;
}

/** "No response" as a share of the stages counted, from the rounded cells, and never as 0% or 100%. */
export function noResponseSentence(stage: Report | null): string {
  if (!stage || stage.total === 0) return '';
  const cell = stage.rows.find((r) => r.value === 'no-response');
  if (!cell || cell.count === null) return '<p>Too few people had no answer to their complaint after a long time for us to show how many.</p>';
  const share = Math.round((cell.count / stage.total) * 100);
  if (share <= 0 || share >= 100) return '<p>We do not show this as a share, because the numbers are too small.</p>';
  return `<p class="headline">About <strong>${share}%</strong> of people had no final answer to their complaint after a long time (${cell.count} of ${stage.total}).</p>`;
}

function statementTable(report: Report | null): string {
  if (!report || report.rows.length === 0) return '';
  const cell = (id: string, answer: string) => {
    const row = report.rows.find((r) => r.value === `${id}:${answer}`);
    return row ? (row.count ?? NOT_SHOWN) : 0;
  };
  const rows = STATEMENTS.map((s) => `<tr><th scope="row">${escapeHtml(s.text)}</th>${AGREEMENT.map((a) => `<td class="number">${cell(s.id, a)}</td>`).join('')}</tr>`).join('');
  return `<table><caption>What people said about how their complaint was handled</caption><thead><tr><th scope="col">Statement</th>`
    + `${AGREEMENT.map((a) => `<th scope="col" class="number">${AGREEMENT_LABELS[a]}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`;
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)} – Complaints signpost</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/site.css">
  <link rel="stylesheet" href="/insights.css">
</head>
<body>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header"><div class="wrap"><p class="site-name">Complaints signpost</p>
  <p class="site-tagline">Learning from complaints about health and social care</p></div></header>
  <main id="main" class="wrap">
${body}
  </main>
</body>
</html>`;
}

export interface InsightsPageInput {
  graph: Graph;
  today: string;
  area?: string;
  period: PeriodId;
  reports: { month: ReportView; provider: ReportView; concern: ReportView; service: ReportView; stage: ReportView; result: ReportView; statement: ReportView };
  /** Who reads these counts locally: configurable, as local Healthwatch's role is moving to ICBs and councils. */
  audience: string;
}

export function insightsPage(input: InsightsPageInput): string {
  const { graph, area, period, reports } = input;
  const councils = [...graph.areas.councils.values()].sort((a, b) => a.name.localeCompare(b.name));
  const areaName = area ? graph.areas.councilName(area) : undefined;
  const options = [`<option value="">All areas</option>`, ...councils.map((c) =>
    `<option value="${c.code}"${c.code === area ? ' selected' : ''}>${escapeHtml(c.name)}</option>`)].join('');
  const periods = PERIODS.map((p) => `<option value="${p.id}"${p.id === period ? ' selected' : ''}>${p.label}</option>`).join('');
  const where = areaName ? `in ${escapeHtml(areaName)}` : 'in all areas';
  const when = PERIODS.find((p) => p.id === period)!.label.toLowerCase();
  return layout('What people need help to complain about', `
    <h1>What people need help to complain about</h1>
    <p>These are counts of the plans this service has shown, and of what people told us later about how their complaint went.
    They help services, commissioners and ${escapeHtml(input.audience)} to see where people struggle.</p>
    <p>We count answers, not people. We never keep a postcode, a name or anything typed.</p>
    <form method="get" action="/insights" class="filters">
      <div class="field"><label for="area">Area</label><select id="area" name="area">${options}</select></div>
      <div class="field"><label for="period">Period</label><select id="period" name="period">${periods}</select></div>
      <button type="submit" class="button">Show counts</button>
    </form>
    <p class="showing" aria-live="polite">Showing ${where}, ${when}, to ${escapeHtml(dateInWords(input.today))}.</p>
    ${reportSection(graph, reports.month, '<p>Plans shown each month: the trend.</p>')}
    ${reportSection(graph, reports.concern)}
    ${reportSection(graph, reports.service)}
    ${reportSection(graph, reports.stage, noResponseSentence(reports.stage.report))}
    ${reportSection(graph, reports.provider, '<p>By organisation, where the website that showed the plan gave its ODS code.</p>')}
    ${reportSection(graph, reports.result, '<p>People can tell us how it went, later, with a short form. They do not give their name.</p>')}
    <section aria-labelledby="statements-heading"><h2 id="statements-heading">How people felt their complaint was handled</h2>
    ${statementTable(reports.statement.report) || '<p>Nothing has been counted for this area and period yet.</p>'}
    ${reports.statement.report?.rows.length ? `<p class="downloads">Download: <a href="${escapeHtml(reports.statement.csv)}" download>CSV</a> or <a href="${escapeHtml(reports.statement.json)}">JSON</a></p>` : ''}
    <p>The statements are our own words, based on the outcomes in <a href="https://www.ombudsman.org.uk/publications/my-expectations-raising-concerns-and-complaints">My expectations for raising concerns and complaints</a>.</p>
    </section>
    <section aria-labelledby="rule-heading"><h2 id="rule-heading">How we keep people from being identified</h2>
    <p>${escapeHtml(DISCLOSURE_RULE)}</p>
    <p>This is the rule NHS England uses for counts in small areas.</p>
    <p>Counts are published by calendar month at the finest, so a hidden count cannot be worked out by taking one short period from a longer one.</p>
    <p>We count each plan once, by day, country, council area, kind of service, who paid, stage, and who the complaint is for. We also count each concern and each thing people want to happen.</p>
    </section>`);
}

export interface FollowUpPageInput {
  graph: Graph;
  values: { nation?: string; service?: string; area?: string; result?: string; experience: Record<string, string | undefined> };
  errors: { field: string; message: string }[];
}

function radios(name: string, legend: string, options: readonly { value: string; label: string }[], chosen: string | undefined, error?: string, small = false): string {
  const errorId = `${name}-error`;
  return `<div class="field${error ? ' field-error' : ''}"><fieldset${error ? ` aria-describedby="${errorId}"` : ''}>`
    + `<legend${small ? '' : ' class="legend-large"'}>${escapeHtml(legend)}</legend>`
    + (error ? `<p class="error-message" id="${errorId}"><span class="visually-hidden">Error:</span> ${escapeHtml(error)}</p>` : '')
    + `<div class="radios${small ? ' radios-inline' : ''}">${options.map((o, i) =>
      `<div class="radio"><input type="radio" id="${name}${i ? `-${i}` : ''}" name="${name}" value="${o.value}"${o.value === chosen ? ' checked' : ''}>`
      + `<label for="${name}${i ? `-${i}` : ''}">${escapeHtml(o.label)}</label></div>`).join('')}</div></fieldset></div>`;
}

function select(graph: Graph, id: 'nation' | 'service', label: string, chosen: string | undefined, error?: string): string {
  const q = graph.questions.find((x) => x.id === id)!;
  return `<div class="field${error ? ' field-error' : ''}"><label for="${id}">${escapeHtml(label)}</label>`
    + (error ? `<p class="error-message" id="${id}-error"><span class="visually-hidden">Error:</span> ${escapeHtml(error)}</p>` : '')
    + `<select id="${id}" name="${id}"${error ? ` aria-describedby="${id}-error"` : ''}><option value="">Choose one</option>`
    + q.options.map((o) => `<option value="${o.value}"${o.value === chosen ? ' selected' : ''}>${escapeHtml(o.label)}</option>`).join('')
    + '</select></div>';
}

export function followUpPage({ graph, values, errors }: FollowUpPageInput): string {
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const summary = errors.length
    ? `<div class="error-summary" role="alert" tabindex="-1"><h2>There is a problem</h2><ul>${errors.map((e) =>
      `<li><a href="#${e.field}">${escapeHtml(e.message)}</a></li>`).join('')}</ul></div>`
    : '';
  const area = values.area && graph.areas.councilName(values.area) ? values.area : undefined;
  return layout(`${errors.length ? 'Error: ' : ''}How did your complaint go?`, `
    ${summary}
    <h1>How did your complaint go?</h1>
    <p>Tell us what happened. It takes about a minute. We do not ask your name, and we keep no record of you.</p>
    <p>We only add your answers to counts. Services and local groups use them to make complaining better.</p>
    <form method="post" action="/follow-up" novalidate>
      ${area ? `<input type="hidden" name="area" value="${area}">` : ''}
      ${select(graph, 'nation', 'Which country was the care in?', values.nation, errorOf('nation'))}
      ${select(graph, 'service', 'What kind of care or service was it?', values.service, errorOf('service'))}
      ${radios('result', 'What happened with your complaint?', RESULTS.map((r) => ({ value: r, label: RESULT_LABELS[r] })), values.result, errorOf('result'))}
      <h2>How it felt</h2>
      <p>Do you agree with these? Answer only the ones you want to.</p>
      ${STATEMENTS.map((s) => radios(s.id, s.text, AGREEMENT.map((a) => ({ value: a, label: AGREEMENT_LABELS[a] })), values.experience[s.id], undefined, true)).join('')}
      <button type="submit" class="button">Send</button>
    </form>`);
}

export function followUpThanks(counted: boolean): string {
  return layout('Thank you', counted
    ? `<h1>Thank you</h1><p>Your answers have been added to the counts. Nothing else was kept.</p>
       <p>You can see the counts on the page <a href="/insights">What people need help to complain about</a>.</p>`
    : `<h1>Sorry, we could not count your answers</h1><p>Please try again later. Nothing you sent was kept.</p>
       <p><a href="/follow-up">Go back to the form</a></p>`);
}

export interface ScrutinyPageInput {
  graph: Graph;
  today: string;
  /** The council area (ONS code), known to the directory; undefined asks for one. */
  area?: string;
  /** The area's reports for the last 12 months, and the plans by month in all areas, to compare. */
  reports?: InsightsPageInput['reports'];
  allAreasByMonth?: Report | null;
}

/** The local scrutiny report for one council area: a board paper, printable to a dated PDF, that states the data
 *  version and the rules it was made under. */
export function scrutinyPage(input: ScrutinyPageInput): string {
  const { graph, today, area, reports } = input;
  const councils = [...graph.areas.councils.values()].sort((a, b) => a.name.localeCompare(b.name));
  const chooser = `<form method="get" action="/scrutiny" class="filters">
      <div class="field"><label for="area">Council area</label><select id="area" name="area">${councils.map((c) =>
    `<option value="${c.code}"${c.code === area ? ' selected' : ''}>${escapeHtml(c.name)}</option>`).join('')}</select></div>
      <button type="submit" class="button">Make the report</button></form>`;
  if (!area || !reports) {
    return layout('Local scrutiny report', `<h1>Local scrutiny report</h1>
    <p>Choose a council area. The report brings together what people needed help to complain about there, and how their complaints went.</p>${chooser}`);
  }
  const name = graph.areas.councilName(area) ?? area;
  const from = periodStart('12-months', today)!;
  const comparison = england(reports.month.report, input.allAreasByMonth ?? null);
  return layout(`Local scrutiny report, ${name}, ${dateInWords(today)}`, `
    <div class="no-print">${chooser}</div>
    <h1>Local scrutiny report: ${escapeHtml(name)}</h1>
    <dl class="report-facts">
      <dt>Prepared</dt><dd>${escapeHtml(dateInWords(today))}</dd>
      <dt>Period</dt><dd>${escapeHtml(dateInWords(`${from}-01`).replace(/^1 /, ''))} to ${escapeHtml(dateInWords(today).replace(/^\d+ /, ''))}, by calendar month</dd>
      <dt>Data version</dt><dd>${escapeHtml(graph.version)}</dd>
      <dt>Area</dt><dd>${escapeHtml(name)} (${escapeHtml(area)})</dd>
    </dl>
    <p>This report brings together the counts this service keeps for the area: the plans it showed people who needed help to complain, by month and by organisation, and what people told us later about how their complaint went. To save it as a PDF, use your browser's Print.</p>
    ${reportSection(graph, reports.month, comparison)}
    ${reportSection(graph, reports.provider, '<p>By organisation, where the website that showed the plan gave its ODS code.</p>')}
    ${reportSection(graph, reports.concern)}
    ${reportSection(graph, reports.stage, noResponseSentence(reports.stage.report))}
    ${reportSection(graph, reports.result, '<p>Follow-up: people can tell us later how it went, with a short form. They do not give their name.</p>')}
    <section aria-labelledby="rules-heading"><h2 id="rules-heading">The rules this report follows</h2>
    <p>${escapeHtml(DISCLOSURE_RULE)}</p>
    <p>Counts are by calendar month at the finest, so a hidden count cannot be worked out from a shorter period.</p>
    <p>We count answers, not people. We never keep a postcode, a name or anything typed.</p>
    <p>Who to complain to, and what a complaints page should say, come from the routing data, version ${escapeHtml(graph.version)}. Each fact in it cites its source.</p>
    </section>`);
}

/** The area's share of plans in all areas, from the rounded totals, never as 0% or 100%. */
function england(area: Report | null, all: Report | null): string {
  if (!area || !all || all.total === 0 || area.total === 0) return '<p>Plans shown each month: the trend.</p>';
  const share = (100 * area.total) / all.total;
  const words = share < 1 ? 'less than 1%' : share >= 99 ? 'almost all' : `${Math.round(share)}%`;
  return `<p>Plans shown each month: the trend. Over the period, this area had ${words} of the plans shown in all areas (${area.total} of ${all.total}).</p>`;
}
