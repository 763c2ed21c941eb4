// "Copy summary": a plain-text record for a call handler's case notes. It holds the situation, the plan, its
// deadlines in words, its sources and the data version, and NO name or contact detail of the caller: the
// questions never ask for them, and a postcode is cut to its first half (the area), which is all the plan used.
import type { Answer, Answers, Plan, Question } from '../api.js';
import { dateInWords } from '../dates.js';
import { planLines } from '../plan-text.js';
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

export function caseSummary(questions: Question[], answers: Answers, plan: Plan): string {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const unknowns = plan.unknowns ?? [];
  const sources = new Map<string, string>();
  for (const step of plan.steps) for (const source of step.sources ?? []) sources.set(source.url, source.title);
  return [
    'Complaint signposting: case notes',
    `Plan made on ${plan.today ? dateInWords(plan.today) : 'an unknown date'}. Data version ${plan.dataVersion ?? 'not given'}.`,
    'This record holds no name or contact details of the caller.',
    '',
    'SITUATION',
    ...questions.map((q) => `- ${line(questionLabel(q), answerInWords(q, answers[q.id], plan))}`),
    '',
    ...(unknowns.length
      ? [
          "WHAT WE DON'T KNOW YET",
          ...unknowns.map((u) => {
            const q = byId.get(u.question);
            return `- ${q ? questionLabel(q) : u.question} ${u.text}${u.assumed ? ` Assumed for now: ${u.assumed}.` : ''}`;
          }),
          '',
        ]
      : []),
    'PLAN',
    ...planLines(plan),
    'SOURCES',
    ...[...sources].map(([url, title]) => `- ${title}: ${url}`),
  ].join('\n');
}
