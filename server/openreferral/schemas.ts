// The part of Open Referral HSDS 3.0 that this service publishes, as zod schemas: the route validation and the
// OpenAPI document come from these. Field names and formats follow the HSDS 3.0 compiled schemas; the tests
// validate every service against the compiled schema itself (test/openreferral/hsds-3.0/).
import { z } from 'zod';

const Uuid = z.uuid();

export const HsdsPhoneSchema = z.object({
  id: Uuid,
  number: z.string(),
  type: z.enum(['voice', 'textphone']),
  description: z.string().optional(),
});

export const HsdsContactSchema = z.object({
  id: Uuid,
  name: z.string(),
  email: z.email(),
});

export const HsdsServiceAreaSchema = z.object({
  id: Uuid,
  name: z.string(),
  description: z.string(),
  uri: z.url().optional().describe('The area\'s persistent identifier: its ONS code on statistics.data.gov.uk.'),
});

export const HsdsOrganizationSummarySchema = z
  .object({
    id: Uuid,
    name: z.string(),
    description: z.string(),
    website: z.url().optional(),
    email: z.email().optional(),
  })
  .meta({ id: 'HsdsOrganizationSummary' });

/** A service with only its one-to-one fields, as in HSDS's service_list. */
export const HsdsServiceSummarySchema = z
  .object({
    id: Uuid,
    organization_id: Uuid,
    name: z.string(),
    description: z.string(),
    url: z.url().optional(),
    email: z.email().optional(),
    status: z.literal('active'),
    alert: z.string().optional().describe('Set when a detail could not be confirmed from a primary source.'),
    assured_date: z.string().optional().describe('The date the details were last checked against a primary source.'),
    last_modified: z.string().describe('The date the record was last checked, as a date-time.'),
  })
  .meta({ id: 'HsdsServiceSummary' });

export const HsdsServiceSchema = HsdsServiceSummarySchema.extend({
  organization: HsdsOrganizationSummarySchema,
  phones: z.array(HsdsPhoneSchema),
  contacts: z.array(HsdsContactSchema),
  service_areas: z.array(HsdsServiceAreaSchema),
}).meta({ id: 'HsdsService' });
export type HsdsService = z.infer<typeof HsdsServiceSchema>;

export const HsdsOrganizationSchema = HsdsOrganizationSummarySchema.extend({
  services: z.array(HsdsServiceSummarySchema),
}).meta({ id: 'HsdsOrganization' });
export type HsdsOrganization = z.infer<typeof HsdsOrganizationSchema>;

/** HSDS's Page: one page of a list, with the counts a client needs to walk the rest. */
export const hsdsPage = <T extends z.ZodType>(item: T) => z.object({
  total_items: z.number().int(),
  total_pages: z.number().int(),
  page_number: z.number().int(),
  size: z.number().int(),
  first_page: z.boolean(),
  last_page: z.boolean(),
  empty: z.boolean(),
  contents: z.array(item),
});

/** The filters Open Referral UK clients send to a list. An unknown one is a 400 that lists these. */
export const ListQuerySchema = z.strictObject({
  text: z.string().trim().min(1).max(100).optional()
    .describe('Words to find in the name or description (of a service, or of an organisation or any of its services), in any case and with or without accents.')
    .meta({ example: 'ombudsman' }),
  service_area: z.string().regex(/^[ENSW]\d{8}$/, 'must be the ONS code of a council, such as E08000035').optional()
    .describe('The ONS code of a council area (E06, E08, E09 or E10 in England, W06 in Wales, S12 in Scotland): only services serving it, national ones included.')
    .meta({ example: 'E08000035' }),
  page: z.coerce.number().int().min(1).default(1).describe('The page to return, from 1.'),
  per_page: z.coerce.number().int().min(1).max(500).default(50).describe('How many items a page holds (at most 500).'),
});
export type ListQuery = z.infer<typeof ListQuerySchema>;

export const HsdsRootSchema = z.object({
  version: z.string().describe('The HSDS version of this API.'),
  openapi_url: z.url().describe('The OpenAPI document of this service, the Open Referral endpoints included.'),
});
