// The shapes of insights events and reports (shared/docs/api-contract.md, "Insights"). Strict objects: an unknown
// field is refused, so nothing personal can slip in beside the answers.
import { z } from 'zod';
import { AnswersSchema } from '../graph/api-schemas.js';
import { CHOICE_VALUES } from '../graph/contract.js';

export const SOURCES = ['public', 'handler'] as const;

/** An NHS Organisation Data Service code: 3 to 7 capital letters and digits, with at least one letter
 *  (a trust RR8, a GP practice B86001, a pharmacy FA123, a dental practice V012345). */
export const ODS_CODE = /^(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,7}$/;
export const OdsCode = z.string().regex(ODS_CODE, 'must be an ODS code: 3 to 7 capital letters and digits, such as B86001');

export const PlanShownEventSchema = z
  .strictObject({
    event: z.literal('plan-shown'),
    dataVersion: z.string().min(1).max(100).describe('The dataVersion of the plan that was shown.'),
    source: z.enum(SOURCES).default('public').describe('handler: shown in the call-handler console, counted apart.'),
    answers: AnswersSchema,
    provider: OdsCode.optional().describe('The organisation the plan was about, as its ODS code, given by the embedding site (the widget\'s provider-ods attribute). Never free text.'),
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

export const PLAN_REPORTS = ['service', 'concern', 'stage', 'area', 'month', 'funding', 'who', 'outcome', 'provider'] as const;
export const FOLLOW_UP_REPORTS = ['result', 'statement', 'service', 'area', 'month'] as const;

/** Months are the finest period: with days, a count hidden by suppression could be found by taking one day's
 *  report from a longer one. */
const IsoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM');

const reportQuery = <T extends readonly [string, ...string[]]>(by: T) => z.strictObject({
  by: z.enum(by),
  area: z.string().regex(/^E\d{8}$/, 'must be the ONS code of a council, such as E08000035').optional(),
  from: IsoMonth.optional().describe('The first month counted, YYYY-MM (default: the earliest).'),
  to: IsoMonth.optional().describe('The last month counted, YYYY-MM (default: this month).'),
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
    extracted: z.string().describe('The day the counts were read, YYYY-MM-DD.'),
    dataVersion: z.string().describe('The version of the routing data being served.'),
  })
  .meta({ id: 'InsightsReport' });
export type Report = z.infer<typeof ReportSchema>;
