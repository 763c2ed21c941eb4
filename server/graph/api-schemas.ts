// Request and response shapes of the public API. The engine's input and output types, request validation
// and the OpenAPI document all come from these schemas.
import { z } from 'zod';
import { BodyRoleSchema, CHOICE_VALUES, LOCAL_ROLES, NationSchema, PUBLIC_SOURCE_KINDS, QUESTION_IDS, SERVICES, StepKindSchema } from './contract.js';
import { IsoDateSchema, PROVIDER_KINDS } from './schemas.js';

const DateAnswer = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/, 'must be a date written YYYY-MM-DD, or a month written YYYY-MM')
  .refine((s) => s.length === 7 || IsoDateSchema.safeParse(s).success, 'must be a real calendar date');
const NotSure = z.literal('').describe('not sure / prefer not to say');

/** The providers directory's ids: an organisation's (an ODS code such as RR8, or a board's name in words), or one of
 *  its sites (RR8:st-jamess-university-hospital). */
export const ProviderIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*(:[a-z0-9][a-z0-9-]*)?$/, 'must be an id from GET /api/v1/providers').max(120);

const single = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values);
const multiple = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).min(1).max(values.length);

const OFFERED = 'Only the options GET /api/v1/questions offers for the other answers (for example, a dentist is not paid for by the council); another is a 400 value_not_offered, with the options that fit in `allowed`.';
const PAST_DATE = 'A real calendar date, YYYY-MM-DD, or a month, YYYY-MM, not after today (context.today); a future date is a 400 date_in_future.';

/** Answers keyed by question id. Unknown ids are refused; "" is allowed only for optional questions. */
export const AnswersSchema = z
  .strictObject({
    nation: single(CHOICE_VALUES.nation),
    service: single(CHOICE_VALUES.service),
    funding: single(CHOICE_VALUES.funding).describe(OFFERED),
    detained: single(CHOICE_VALUES.detained),
    concern: multiple(CHOICE_VALUES.concern).describe(OFFERED),
    child: z.union([single(CHOICE_VALUES.child), NotSure]).describe('Whether the person at risk of abuse or neglect is a child (under 18). Optional; asked only when abuse or neglect is a concern.'),
    professional: single(CHOICE_VALUES.professional).describe(OFFERED),
    stage: single(CHOICE_VALUES.stage),
    responded: z.union([DateAnswer, NotSure]).describe(`When the final response came. ${PAST_DATE}`),
    when: z.union([DateAnswer, NotSure]).describe(`When it happened, or when you found out. ${PAST_DATE}`),
    outcome: z.union([multiple(CHOICE_VALUES.outcome), z.array(z.never()).max(0), NotSure]),
    who: z.union([single(CHOICE_VALUES.who), NotSure]),
    postcode: z.union([z.string().trim().min(2).max(10), NotSure])
      .describe('A UK postcode, full (LS1 4AP) or its first part (LS1). Anything not shaped like a UK postcode is a 400 invalid_postcode; a well-formed one we do not know is a 404 postcode_not_found.'),
    area: z.union([z.string().regex(/^(E(06|08|09|10)|W06|S12)\d{6}$/, 'must be the ONS code of a council, such as E08000035'), NotSure]),
    trust: z.union([single(CHOICE_VALUES.trust), NotSure]).describe('Northern Ireland only: the health and social care trust area where the care was (asked instead of a postcode).'),
    provider: z.union([ProviderIdSchema, NotSure])
      .describe('The hospital or NHS organisation: an `id` from GET /api/v1/providers, in the nation answered. An id not in the directory is a 400 unknown_provider.'),
  })
  .partial()
  .meta({
    id: 'Answers',
    description: `Answers so far, keyed by question id. Each choice must be one of the options GET /api/v1/questions offers for the other answers given. Dates must be real and not in the future. The postcode must be shaped like a UK postcode.`,
  });
export type Answers = z.infer<typeof AnswersSchema>;

export const ProviderSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(120),
    phone: z.string().trim().max(30).optional(),
    email: z.email().max(120).optional(),
    website: z.url({ protocol: /^https?$/ }).max(300).optional(),
    service: z.enum(SERVICES).optional().describe('The service the provider gives; its details are used only for that service.'),
  })
  .meta({ id: 'Provider', description: 'The embedding organisation, named as the provider to complain to.' });
export type Provider = z.infer<typeof ProviderSchema>;

export const ContextSchema = z.strictObject({
  today: IsoDateSchema.optional().describe('The date deadlines count from (default: today in England).'),
  provider: ProviderSchema.optional(),
});
export type Context = z.infer<typeof ContextSchema>;

export const PlanRequestSchema = z.strictObject({
  answers: AnswersSchema.default({}),
  context: ContextSchema.optional(),
});
export type PlanRequest = z.infer<typeof PlanRequestSchema>;

export const PublicSourceSchema = z
  .object({
    title: z.string(),
    url: z.url(),
    kind: z.enum(PUBLIC_SOURCE_KINDS).describe('legislation; government (GOV.UK, NHS.UK, NHS England, devolved governments); official (the body\'s own site, an ombudsman or a regulator).'),
  })
  .meta({ id: 'Source', description: 'Where a fact comes from. Only primary sources are shown.' });
export type PublicSource = z.infer<typeof PublicSourceSchema>;

export const BodySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: BodyRoleSchema,
    description: z.string(),
    phone: z.string().optional(),
    phoneNote: z.string().optional(),
    textphone: z.string().optional(),
    email: z.string().optional(),
    website: z.string().optional(),
    websiteLabel: z.string().optional().describe('What the website link is, when it is not the body\'s own site (a finder).'),
    complaintPage: z.string().optional(),
    address: z.string().optional(),
    askFor: z.string().optional().describe('Set only when the phone is the organisation\'s switchboard: who to ask for, such as PALS.'),
    contactFrom: z.object({ name: z.string(), until: z.string() }).optional()
      .describe('The contact details are not the body\'s own: they are the last ones published by `name`, the board it replaced on `until` (a merger). Always shown with that label, and never verified.'),
    generic: z.boolean(),
    verified: z.boolean(),
    checked: z.string(),
    sources: z.array(PublicSourceSchema),
  })
  .meta({ id: 'Body' });
export type Body = z.infer<typeof BodySchema>;

export const ShortContactSchema = z
  .object({
    body: z.string().describe('The name of the body to contact.'),
    kind: z.enum(['phone', 'online', 'email', 'website']),
    value: z.string().describe('The phone number, email address or web address.'),
    label: z.string().describe('What the link does, in words, such as "Complain to them online".'),
    verified: z.boolean().describe('false: shown as "check this on their website", not as a fact.'),
  })
  .meta({ id: 'ShortContact', description: 'The single most useful way to reach the body named by a step.' });
export type ShortContact = z.infer<typeof ShortContactSchema>;

export const StepSchema = z
  .object({
    kind: StepKindSchema,
    rule: z.string().describe('The id of the rule that produced this step.'),
    title: z.string(),
    text: z.string(),
    body: BodySchema.optional(),
    alternatives: z.array(BodySchema),
    deadline: z.object({ by: z.string().optional(), text: z.string(), passed: z.boolean() }).optional(),
    expect: z.array(z.string()).optional().describe('What happens next, and what to expect.'),
    why: z.string(),
    sources: z.array(PublicSourceSchema),
    short: z
      .object({ text: z.string().describe('One sentence of at most 25 words.'), contact: ShortContactSchema.optional() })
      .describe('The step in brief, for a first screen, a phone call or a case note.'),
    forWho: z
      .literal(true)
      .optional()
      .describe('The step is in the plan because of who the complaint is for (a death brings the medical examiner and the coroner): show it with the first steps.'),
  })
  .meta({ id: 'Step' });
export type Step = z.infer<typeof StepSchema>;

export const PlanSchema = z
  .object({
    summary: z.string(),
    headline: z
      .object({ text: z.string(), rule: z.string().describe('The rule of the step it comes from.') })
      .optional()
      .describe('The one thing to do first: the short form of the most urgent step, or of the first complaint step.'),
    steps: z.array(StepSchema),
    warnings: z.array(z.object({ code: z.string(), text: z.string() })),
    unknowns: z
      .array(z.object({ question: z.enum(QUESTION_IDS), text: z.string(), assumed: z.string().optional() }))
      .describe('Questions not yet answered that could change the plan, and what was assumed.'),
    area: z.object({ code: z.string(), name: z.string() }).nullable(),
    dataVersion: z.string(),
    today: z.string(),
  })
  .meta({ id: 'Plan' });
export type Plan = z.infer<typeof PlanSchema>;

export const QuestionViewSchema = z
  .object({
    id: z.enum(QUESTION_IDS),
    kind: z.enum(['single', 'multiple', 'date', 'postcode', 'area', 'provider']),
    text: z.string(),
    hint: z.string().optional(),
    prompt: z.string(),
    whyItMatters: z.string(),
    optional: z.boolean(),
    options: z.array(z.object({
      value: z.string(), label: z.string(), hint: z.string().optional(),
      group: z.string().optional().describe('A heading to list the option under, with the options before it that share it.'),
    })),
  })
  .meta({ id: 'Question' });
export type QuestionView = z.infer<typeof QuestionViewSchema>;

export const JourneyResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('question'),
    question: QuestionViewSchema,
    progress: z.object({ answered: z.number().int(), remainingAtMost: z.number().int() }),
  }),
  z.object({
    status: z.literal('plan'),
    plan: PlanSchema,
    refinements: z
      .array(QuestionViewSchema)
      .optional()
      .describe('Optional questions not answered yet that could make the plan fit better. Send an answer to get the plan again.'),
  }),
]).meta({ id: 'JourneyResponse' });
export type JourneyResponse = z.infer<typeof JourneyResponseSchema>;

export const PlanResponseSchema = z.object({ status: z.literal('plan'), plan: PlanSchema });

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      question: z.string().optional(),
      allowed: z.array(z.string()).optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ApiError = z.infer<typeof ErrorSchema>['error'];

export const AreaLookupSchema = z
  .object({
    query: z.string(),
    nation: NationSchema,
    precision: z.enum(['postcode', 'sector', 'outcode']),
    area: z.object({ code: z.string(), name: z.string() }).nullable(),
    candidates: z.array(z.object({ code: z.string(), name: z.string(), share: z.number() })),
    otherNations: z.array(z.object({ nation: NationSchema, share: z.number() })).optional(),
    bodies: z.array(BodySchema),
  })
  .meta({ id: 'AreaLookup' });
export type AreaLookup = z.infer<typeof AreaLookupSchema>;

export const MetaSchema = z
  .object({
    dataVersion: z.string(),
    today: z.string(),
    counts: z.record(z.string(), z.number()),
    oldestChecked: z.string().describe('The oldest date on which any record was checked.'),
    localCoverage: z
      .object({
        councils: z.number().int(),
        roles: z.array(z.object({
          role: z.enum(LOCAL_ROLES),
          named: z.number().int().describe('Councils with a named body for this role.'),
          contactable: z.number().int().describe('Of those, how many have a phone, email or website.'),
          verified: z.number().int().describe('Of those, how many are confirmed by a primary source.'),
        })),
      })
      .describe('For each local role, how many of the councils with social services have a body we can name, contact and vouch for.'),
    files: z.array(z.object({ file: z.string(), records: z.number(), oldestChecked: z.string(), newestChecked: z.string() })),
    scheduled: z
      .array(z.object({ kind: z.string(), id: z.string(), name: z.string(), validFrom: z.string().optional(), validTo: z.string().optional() }))
      .describe('Changes already written into the data, with the date they take effect.'),
    notices: z.array(z.object({ code: z.string(), text: z.string(), sources: z.array(PublicSourceSchema) })),
  })
  .meta({ id: 'Meta' });
export type Meta = z.infer<typeof MetaSchema>;


export const ProviderResultSchema = z
  .object({
    id: ProviderIdSchema.describe('Send it as the plan answer `provider`.'),
    name: z.string(),
    kind: z.enum(['hospital', ...PROVIDER_KINDS]).describe('hospital for a site; otherwise the kind of organisation.'),
    nation: NationSchema,
    organisation: z.object({ id: z.string(), name: z.string() }).describe('The organisation that runs it: the body a complaint goes to.'),
    welshName: z.string().optional(),
    town: z.string().optional(),
    matched: z.string().optional().describe('The other name that matched, when it was not `name` (a short, former or Welsh name).'),
  })
  .meta({ id: 'ProviderResult' });
export type ProviderResult = z.infer<typeof ProviderResultSchema>;
