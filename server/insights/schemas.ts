// The shapes of insights events and reports (shared/docs/api-contract.md, "Insights"). Strict objects: an unknown
// field is refused, so nothing personal can slip in beside the answers.
import { z } from 'zod';
import { AnswersSchema } from '../graph/api-schemas.js';
import { CHOICE_VALUES } from '../graph/contract.js';

export const SOURCES = ['public', 'handler'] as const;

export const PlanShownEventSchema = z
  .strictObject({
    event: z.literal('plan-shown'),
    dataVersion: z.string().min(1).max(100).describe('The dataVersion of the plan that was shown.'),
    source: z.enum(SOURCES).default('public').describe('handler: shown in the call-handler console, counted apart.'),
    answers: AnswersSchema,
  })
  .meta({ id: 'PlanShownEvent', description: 'A plan was shown. Only categorical answers are counted; the postcode becomes a council area and is dropped.' });
export type PlanShownEvent = z.infer<typeof PlanShownEventSchema>;

/** How the complaint went. */
export const RESULTS = ['resolved', 'partly', 'not-resolved', 'still-waiting', 'gave-up'] as const;
export const RESULT_LABELS: Record<(typeof RESULTS)[number], string> = {
  resolved: 'It was sorted out',
  partly: 'It was partly sorted out',
  'not-resolved': 'It was not sorted out',
  'still-waiting': 'I am still waiting',
  'gave-up': 'I gave up',
};

/** Statements to agree or disagree with, in our own words, built on the outcomes of "My expectations for raising
 *  concerns and complaints" (PHSO, LGO and Healthwatch England, 2014). Not its official wording. */
export const STATEMENTS = [
  { id: 'confident-to-speak-up', text: 'I felt able to speak up about the problem.' },
  { id: 'simple', text: 'Making my complaint was simple.' },
  { id: 'told-about-help', text: 'I was told about free help to make my complaint.' },
  { id: 'listened-to', text: 'I felt listened to and understood.' },
  { id: 'kept-informed', text: 'I was kept up to date.' },
  { id: 'made-a-difference', text: 'My complaint made a difference.' },
  { id: 'would-complain-again', text: 'I would feel able to complain again.' },
] as const;
export type StatementId = (typeof STATEMENTS)[number]['id'];
export const AGREEMENT = ['agree', 'neither', 'disagree'] as const;
export const AGREEMENT_LABELS: Record<(typeof AGREEMENT)[number], string> = { agree: 'Agree', neither: 'Neither', disagree: 'Disagree' };

export const FollowUpEventSchema = z
  .strictObject({
    answers: z.strictObject({
      nation: z.enum(CHOICE_VALUES.nation),
      service: z.enum(CHOICE_VALUES.service),
      postcode: AnswersSchema.shape.postcode,
      area: AnswersSchema.shape.area,
    }),
    result: z.enum(RESULTS),
    experience: z
      .strictObject(Object.fromEntries(STATEMENTS.map((s) => [s.id, z.enum(AGREEMENT).optional()])) as Record<StatementId, z.ZodOptional<z.ZodEnum<{ agree: 'agree'; neither: 'neither'; disagree: 'disagree' }>>>)
      .default({}),
  })
  .meta({ id: 'FollowUpEvent', description: 'How a complaint went, told afterwards. Counted, never stored as a row.' });
export type FollowUpEvent = z.infer<typeof FollowUpEventSchema>;

export const PLAN_REPORTS = ['service', 'concern', 'stage', 'area', 'month', 'funding', 'who', 'outcome'] as const;
export const FOLLOW_UP_REPORTS = ['result', 'statement', 'service', 'area', 'month'] as const;

/** A real calendar day: 2026-02-31 is refused (400), not read as 3 March or passed to the database. */
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((day) => {
    const date = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
  }, 'must be a day that exists, such as 2026-02-28');
const reportQuery = <T extends readonly [string, ...string[]]>(by: T) => z.strictObject({
  by: z.enum(by),
  area: z.string().regex(/^E\d{8}$/, 'must be the ONS code of a council, such as E08000035').optional(),
  from: IsoDay.optional().describe('The first day counted (default: the earliest).'),
  to: IsoDay.optional().describe('The last day counted (default: today).'),
  source: z.enum(SOURCES).optional().describe('Only the public widget, or only call handlers (default: both).'),
});
export const PlanReportQuerySchema = reportQuery(PLAN_REPORTS);
export const FollowUpReportQuerySchema = reportQuery(FOLLOW_UP_REPORTS);
export type ReportQueryInput = z.infer<typeof PlanReportQuerySchema> | z.infer<typeof FollowUpReportQuerySchema>;

export const ReportSchema = z
  .object({
    by: z.string(),
    area: z.string().nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    rows: z.array(z.object({ value: z.string(), count: z.number().int().nullable().describe('null: 1 to 7, not shown.') })),
    total: z.number().int().describe('The sum of the rounded counts shown.'),
    rule: z.string(),
  })
  .meta({ id: 'InsightsReport' });
export type Report = z.infer<typeof ReportSchema>;
