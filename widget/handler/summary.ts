// "Copy summary": a plain-text record for a call handler's case notes, short enough for a case system's note
// field (under 2,000 characters). It holds the situation, each step in a sentence with its one contact and date,
// the sources that are national or the caller's own bodies', and the data version, and NO name or contact detail
// of the caller: the questions never ask for them, and a postcode is cut to its first half (the area).
import type { Answer, Answers, Plan, Question, Source, Step } from '../api.js';
import { dateInWords } from '../dates.js';
import { answerValues } from './visibility.js';

/** The short label for a question: the API's short label where it gives one, else the question itself. */
export const questionLabel = (question: Question) => question.short ?? question.text;

/** "LS1 4AP" → "LS1": the area, not the address. */
export const postcodeArea = (postcode: string) => postcode.trim().split(/\s+/)[0]!.toUpperCase();

export function answerInWords(question: Question, answer: Answer | undefined, plan?: Plan): string {
  if (answer === '') return 'Not sure';
  const values = answerValues(answer);
  if (!values.length) return 'Not known yet';
  if (question.kind === 'date') return dateInWords(values[0]!);
  if (question.kind === 'postcode') return `${postcodeArea(values[0]!)}${plan?.area ? ` (${plan.area.name})` : ''}`;
  return values
    .map((value) => question.options.find((option) => option.value === value)?.label ?? (question.kind === 'area' && plan?.area?.code === value ? plan.area.name : value))
    .join(', ');
}

const line = (label: string, text: string) => (/[?:]$/.test(label) ? `${label} ${text}` : `${label}: ${text}`);

/** A step in a line: its sentence, its one contact, and its date when the sentence does not already say it. */
function stepLine(step: Step, number: number): string {
  const text = step.short?.text ?? `${step.title}.`;
  const contact = step.short?.contact;
  // No full stop after a link or number, so it is never copied as part of it.
  const reach = contact ? ` ${contact.body}: ${contact.value}${contact.verified ? '' : ' (not confirmed)'}` : '';
  const by = step.deadline?.by && !text.includes(dateInWords(step.deadline.by)) ? ` Time limit: ${dateInWords(step.deadline.by)}.` : '';
  return `${number}. ${text}${reach}${by}`;
}

/** A case system's note field: the note stays under it, with as many sources as fit. */
export const NOTE_LIMIT = 2000;

const host = (url: string | undefined) => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
};

/** National sources (law, government), and official pages only of bodies this plan names: never another area's. */
function noteSources(plan: Plan): Source[] {
  const sites = new Set(plan.steps.flatMap((step) => [step.body, ...(step.alternatives ?? [])]).flatMap((body) => [host(body?.website), host(body?.complaintPage)]).filter(Boolean));
  const sources = new Map<string, Source>();
  for (const step of plan.steps) {
    for (const source of step.sources ?? []) {
      if (source.kind === 'legislation' || source.kind === 'government' || sites.has(host(source.url))) sources.set(source.url, source);
    }
  }
  return [...sources.values()];
}

export function caseSummary(questions: Question[], answers: Answers, plan: Plan): string {
  const unknowns = plan.unknowns ?? [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const lines = [
    'Complaint signposting: case notes',
    `Plan made on ${plan.today ? dateInWords(plan.today) : 'an unknown date'}. Data version ${plan.dataVersion ?? 'not given'}.`,
    'This record holds no name or contact details of the caller.',
    '',
    'SITUATION',
    ...questions.map((q) => `- ${line(questionLabel(q), answerInWords(q, answers[q.id], plan))}`),
    ...(unknowns.length ? ['', `NOT KNOWN YET: ${unknowns.map((u) => { const q = byId.get(u.question); return q ? questionLabel(q) : u.question; }).join('; ')}`] : []),
    '',
    'PLAN',
    ...plan.steps.map((step, index) => stepLine(step, index + 1)),
    '',
    'SOURCES',
  ];
  // Sources in the plan's order, as many as fit; the rest are one tap away in the plan itself.
  let length = lines.join('\n').length + SOURCES_MORE.length + 1;
  for (const source of noteSources(plan)) {
    const entry = `- ${source.url}`;
    if (length + entry.length + 1 >= NOTE_LIMIT) return [...lines, SOURCES_MORE].join('\n');
    lines.push(entry);
    length += entry.length + 1;
  }
  return lines.join('\n');
}

const SOURCES_MORE = '- More sources are in the plan, under "Why am I seeing this?".';
