// The complaints page checker's request and response (shared/docs/api-contract.md, "Complaints page checker").
// Types, validation and the OpenAPI document all come from these.
import { z } from 'zod';
import { CHOICE_VALUES } from '../graph/contract.js';
import { SourceSchema } from '../graph/schemas.js';

export const ITEM_IDS = [
  'how-to-complain', 'contact-details', 'time-limit', 'commissioner-alternative', 'what-happens-next', 'advocacy',
  'ombudsman', 'healthwatch', 'care-not-affected', 'someone-else', 'accessible-formats',
] as const;
export type ItemId = (typeof ITEM_IDS)[number];

export const OUTDATED_IDS = [
  'ccg', 'nhs-england-primary-care', 'icas', 'six-month-limit', 'local-government-ombudsman', 'wrong-ombudsman',
  'community-health-council',
] as const;
export type OutdatedId = (typeof OUTDATED_IDS)[number];

/** The largest page the checker reads, pasted or fetched. */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

export const CheckContextSchema = z.strictObject({
  service: z.enum(CHOICE_VALUES.service).describe('The service the page is for.'),
  nation: z.enum(CHOICE_VALUES.nation).optional().describe('Where the service is (default: england).'),
  funding: z.enum(CHOICE_VALUES.funding).optional().describe('Who pays for the care, for services that can be paid for in more than one way.'),
  postcode: z.string().trim().min(2).max(10).optional().describe("The service's postcode: the local ICB, advocacy and Healthwatch are checked by name."),
});
export type CheckContext = z.infer<typeof CheckContextSchema>;

export const CheckRequestSchema = CheckContextSchema.extend({
  html: z.string().min(1).optional().describe("The page's HTML."),
  text: z.string().min(1).optional().describe("The page's words, copied from the browser."),
  url: z.string().min(1).max(2000).optional().describe('The address of the page; the service fetches it (public addresses only).'),
})
  .meta({
    id: 'ComplaintsPageCheckRequest',
    description: 'Exactly one of html, text or url, and the context the page is for.',
  });
export type CheckRequest = z.infer<typeof CheckRequestSchema>;

export const ItemStatusSchema = z.enum(['pass', 'fail', 'warn', 'not-applicable', 'not-checked'])
  .describe('not-checked: the page could not be read (see summary.read), so nothing was judged.');
export type ItemStatus = z.infer<typeof ItemStatusSchema>;

/** A local body the page should name, with its details from the directory, to copy onto the page. */
export const SuggestedBodySchema = z.object({
  id: z.string(),
  name: z.string(),
  phone: z.string().optional(),
  email: z.string().optional(),
  website: z.string().optional(),
  verified: z.boolean().describe('False when the directory could not confirm these details from a recent source: check them first.'),
});
export type SuggestedBody = z.infer<typeof SuggestedBodySchema>;

export const CheckItemSchema = z.object({
  id: z.enum(ITEM_IDS),
  status: ItemStatusSchema,
  title: z.string(),
  evidence: z.string().optional().describe('The words found on the page.'),
  advice: z.string().describe('What to add or change, in plain English.'),
  basis: z.array(SourceSchema).describe('The law or standard behind the item.'),
  bodies: z.array(SuggestedBodySchema).optional().describe('Bodies the page should name, with details to copy.'),
});
export type CheckItem = z.infer<typeof CheckItemSchema>;

export const OutdatedSchema = z.object({
  id: z.enum(OUTDATED_IDS),
  quote: z.string().describe('The words found on the page.'),
  advice: z.string(),
});
export type Outdated = z.infer<typeof OutdatedSchema>;

export const NoticeSchema = z.object({
  id: z.enum(['other-nation', 'built-by-script', 'pdf-only']),
  message: z.string(),
  quote: z.string().optional().describe('The words found on the page.'),
  link: z.string().optional().describe('The PDF the page links to, to check by hand.'),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const CheckResultSchema = z
  .object({
    items: z.array(CheckItemSchema),
    outdated: z.array(OutdatedSchema),
    notices: z.array(NoticeSchema).describe('Things to know about the page as a whole: it looks written for another nation, or it could not be read.'),
    summary: z.object({
      passed: z.number().int(),
      applicable: z.number().int(),
      read: z.enum(['read', 'could-not-read']).describe('could-not-read: the page is built by JavaScript, or only links to a PDF (see notices). Its items are not-checked.'),
    }),
    dataVersion: z.string().describe('The version of the routing data the page was checked against.'),
    page: z.object({
      kind: z.enum(['html', 'text', 'pdf']),
      url: z.string().optional().describe('The address the page was read from, after any redirects.'),
    }),
  })
  .meta({
    id: 'ComplaintsPageCheck',
    examples: [{
      items: [{
        id: 'advocacy', status: 'fail', title: 'Free help from an independent complaints advocate',
        advice: 'Say that free, independent NHS complaints advocacy can help, and name the local service with its phone number.',
        basis: [{ title: 'Local Government and Public Involvement in Health Act 2007, section 223A', url: 'https://www.legislation.gov.uk/ukpga/2007/28/section/223A' }],
        bodies: [{ id: 'advocacy-advonet-leeds', name: 'Advonet Health Complaints Advocacy (Leeds)', phone: '0113 244 0606', verified: false }],
      }],
      outdated: [{ id: 'ccg', quote: 'You can also complain to Leeds CCG.', advice: 'Clinical commissioning groups (CCGs) closed on 1 July 2022. Name the integrated care board (ICB) instead.' }],
      notices: [],
      summary: { passed: 7, applicable: 11, read: 'read' },
      dataVersion: '2026-11-27.1',
      page: { kind: 'html', url: 'https://www.riverside-surgery.example/complaints' },
    }],
  });
export type CheckResult = z.infer<typeof CheckResultSchema>;
